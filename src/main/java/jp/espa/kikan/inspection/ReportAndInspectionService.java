package jp.espa.kikan.inspection;

import static jp.espa.kikan.inspection.InspectionVariables.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.inspection.ReportAndInspectionCase.Act;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Kind;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Purpose;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Result;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Status;
import jp.espa.kikan.inspection.ReportAndInspectionRepository.InspectionRequest;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.ScreeningRegistry;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.AccessPolicy.Role;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one authority over reports and on-site inspections (経済安全保障推進法 Art 58): the competent minister may, to
 * the extent needed to designate (Art 58(1)), require a business of a specified infrastructure sector to report or
 * submit materials; to the extent needed to enforce Art 51, 52(6) and (10) and 55(1) and (2) (Art 58(2)), require a
 * designated operator to report or submit materials, or have officials enter its premises and inspect. Every change goes through here, from the API, a form
 * or the model's own steps: the request (kind, legal purpose, matters, due date), the operator's report (through the
 * portal that represents it), the review of the report, the record of a missing report (a fact for the penalty of
 * Art 96, item 4 for Art 58(1), item 5 for Art 58(2)), the inspection with the identification card shown (Art 58(3))
 * and the result. The request for a report is a written document (報告徴収書) issued with its act. A case is named by its
 * request, {@code INSPECTION-<serial>}, the business key of its process. The power is not one of criminal
 * investigation (Art 58(4)): nothing here refers a case anywhere, it records facts. The rules are
 * {@link ReportAndInspectionCase}'s; this service checks access, loads the case, records its acts and hands the
 * report to the engine.
 */
@Service
public class ReportAndInspectionService {

    private static final Procedure INSPECTION = Procedure.INSPECTION;

    /** A request as the official or a ministry system makes it. */
    record Request(Kind kind, String corporateNumber, String sectorCode, String applicationNumber, Purpose purpose,
                   String matters, LocalDate dueOn) {
    }

    /** A case as its readers see it; the operator's portal sees only the acts addressed to or coming from the operator. */
    record View(String caseNumber, Kind kind, String corporateNumber, String operatorName, String sectorCode,
                String applicationNumber, Purpose purpose, String matters, LocalDate requestedOn, LocalDate dueOn,
                String status, String result, List<LegalAct> acts) {
    }

    record ReportReceipt(String caseNumber, LocalDate receivedOn, LocalDate dueOn, boolean late) {
    }

    /** The acts the operator itself is party to: the request and its own report. */
    private static final Set<LegalActType> OPERATOR_ACTS = EnumSet.of(LegalActType.REPORT_REQUESTED,
            LegalActType.INSPECTION_DECIDED, LegalActType.REPORT_SUBMITTED);

    private final ReportAndInspectionRepository requests;
    private final SectorRegistry sectors;
    private final DesignationRegistry designations;
    private final ScreeningRegistry screenings;
    private final CaseFile caseFile;
    private final AccessChecks access;
    private final StatutoryTime time;
    private final ReportAndInspectionEngine engine;

    ReportAndInspectionService(ReportAndInspectionRepository requests, SectorRegistry sectors, DesignationRegistry designations,
                               ScreeningRegistry screenings, CaseFile caseFile, AccessChecks access, StatutoryTime time,
                               ReportAndInspectionEngine engine) {
        this.requests = requests;
        this.sectors = sectors;
        this.designations = designations;
        this.screenings = screenings;
        this.caseFile = caseFile;
        this.access = access;
        this.time = time;
        this.engine = engine;
    }

    // ---- The request (API, or Tasklist's start form)

    /** Over the API: registers the request and starts its process. */
    @Transactional
    View start(Actor actor, Request request) {
        Map<String, Object> variables = register(actor, request);
        String caseNumber = (String) variables.get(CASE_NUMBER);
        engine.start(caseNumber, variables);
        return read(actor, caseNumber);
    }

    /**
     * Checks and records a request of the competent ministry of the operator's sector: the operator must be designated
     * in that sector today (Art 58 reaches 特定社会基盤事業者), a related plan must be that operator's in that sector, a
     * report is due after today and an inspection is planned for today or later. Returns what the forms show.
     */
    Map<String, Object> register(Actor actor, Request r) {
        Sector sector = sectors.sector(r.sectorCode()).filter(Sector::active)
                .orElseThrow(() -> new InvalidInputException(SECTOR_CODE, "対象事業 " + r.sectorCode() + " は登録されていないか、施行されていません。"));
        if (!access.permits(actor, Action.REQUEST_REPORT_OR_INSPECTION, Subject.ofMinistry(sector.reviewerGroup()))) {
            throw new NotPermittedException("報告の求め及び立入検査は、対象事業 " + sector.code() + " の所管省庁のみが行えます。");
        }
        LocalDate today = time.today();
        ReportAndInspectionCase.requireKindAllowed(r.kind(), r.purpose());
        // Art 58(1) reaches 特定社会基盤事業を行う者 (a designation is yet to come); Art 58(2) 特定社会基盤事業者
        boolean forDesignation = r.purpose().paragraph() == 1;
        Operator operator = sectors.operatorByCorporateNumber(r.corporateNumber())
                .filter(o -> forDesignation || designations.current(o.id(), sector.code()).filter(d -> d.activeOn(today)).isPresent())
                .orElseThrow(() -> new InvalidInputException(CORPORATE_NUMBER, "法人番号 " + r.corporateNumber() + " の事業者は"
                        + (forDesignation ? "登録されていません。" : sector.nameJa()
                        + "の特定社会基盤事業者に指定されていません（法第58条第2項の対象は特定社会基盤事業者です）。")));
        String applicationNumber = blankToNull(r.applicationNumber());
        if (applicationNumber != null && !screenings.isPlanOf(applicationNumber, operator.id(), sector.code())) {
            throw new InvalidInputException(APPLICATION_NUMBER, "受付番号 " + applicationNumber + " はこの事業者の"
                    + sector.nameJa() + "の導入等計画書ではありません。");
        }
        ReportAndInspectionCase.checkRequest(r.kind(), r.matters(), r.dueOn(), today);
        InspectionRequest request = requests.create(r.kind().name(), operator.id(), sector.code(), applicationNumber,
                r.purpose().name(), r.matters().strip(), today, r.dueOn(), ReportAndInspectionCase.firstStatus(r.kind()).name(),
                actor.userId());
        record(request.caseNumber(), actor.userId(), new ReportAndInspectionCase(request, List.of(), time).requested());
        return InspectionVariables.registered(request, sector);
    }

    /** A case the actor may read; anyone else is told it does not exist. */
    View read(Actor actor, String caseNumber) {
        InspectionRequest r = readable(actor, caseNumber);
        boolean operatorSide = !actor.isSystem() && Role.of(actor).equals(EnumSet.of(Role.OPERATOR_PORTAL));
        List<LegalAct> acts = caseFile.acts(INSPECTION, r.caseNumber()).stream()
                .filter(act -> !operatorSide || OPERATOR_ACTS.contains(act.actType())).toList();
        return new View(r.caseNumber(), Kind.valueOf(r.kind()), r.corporateNumber(), r.operatorName(), r.sectorCode(),
                r.applicationNumber(), Purpose.valueOf(r.purpose()), r.matters(), r.requestedOn(), r.dueOn(), r.status(),
                operatorSide ? null : r.result(), acts);
    }

    // ---- The operator's report (through the portal)

    /**
     * 報告の提出: the portal that represents the operator files the report while the request is open; a report after
     * the due date is accepted and recorded as late, until the ministry has recorded that none came.
     */
    @Transactional
    ReportReceipt submitReport(Actor actor, String caseNumber, String summary) {
        InspectionRequest r = readable(actor, caseNumber);
        if (!access.permits(actor, Action.SUBMIT_REPORT, subject(r))) {
            throw new NotPermittedException(actor.userId() + " は、事案 " + caseNumber + " の報告を行うアカウントではありません。");
        }
        ReportAndInspectionCase.checkReport(summary);
        // copies sent at once wait here for the first, then find its report filed (409)
        requests.lock(r.id());
        String waiting = engine.awaitingReport(caseNumber);
        ReportAndInspectionCase inspection = load(r);
        Act report = inspection.reportSubmitted(summary);
        record(caseNumber, actor.userId(), report);
        requests.updateStatus(r.id(), Status.REPORT_RECEIVED.name());
        boolean late = "LATE".equals(report.decision());
        engine.deliverReport(waiting, summary.strip(), report.on(), late);
        return new ReportReceipt(caseNumber, report.on(), r.dueOn(), late);
    }

    // ---- The ministry's steps

    /** 報告期限の経過: the due date passed without a report; the official is asked to record it. */
    void reportOverdue(String caseNumber) {
        ReportAndInspectionCase inspection = load(request(caseNumber));
        inspection.requireDuePassed();
        requests.updateStatus(inspection.request().id(), Status.REPORT_OVERDUE.name());
    }

    void reviewReport(Actor actor, String caseNumber, boolean sufficient, String note) {
        record(caseNumber, actor.userId(), ministryStep(actor, caseNumber).reportReviewed(sufficient, note));
    }

    void recordMissingReport(Actor actor, String caseNumber, String note) {
        record(caseNumber, actor.userId(), ministryStep(actor, caseNumber).reportMissing(note));
    }

    void recordInspection(Actor actor, String caseNumber, LocalDate inspectedOn, String inspectors, String places,
                          boolean idCardShown, boolean refusedOrObstructed, String result) {
        record(caseNumber, actor.userId(), ministryStep(actor, caseNumber)
                .inspected(inspectedOn, inspectors, places, idCardShown, refusedOrObstructed, result));
    }

    /** 結果の記録: the case ends with the result of the act its last step recorded, in the name of its official. */
    Result conclude(String caseNumber) {
        ReportAndInspectionCase inspection = load(request(caseNumber));
        Result result = inspection.result();
        requests.close(inspection.request().id(), Status.CLOSED.name(), result.name());
        record(caseNumber, inspection.lastStep().official(), inspection.concluded(result));
        return result;
    }

    // ---- What the model reads: kind, candidate group and due date, from the registry

    Kind kind(String caseNumber) {
        return Kind.valueOf(request(caseNumber).kind());
    }

    String reviewerGroup(String caseNumber) {
        return reviewerGroup(request(caseNumber));
    }

    LocalDate dueOn(String caseNumber) {
        return request(caseNumber).dueOn();
    }

    // ---- Helpers

    private ReportAndInspectionCase load(InspectionRequest r) {
        return new ReportAndInspectionCase(r, caseFile.acts(INSPECTION, r.caseNumber()), time);
    }

    private void record(String caseNumber, String official, Act act) {
        caseFile.recordDecision(INSPECTION, caseNumber, act.type(), act.on(), official, act.decision(), act.effectiveOn(),
                act.content());
    }

    private InspectionRequest readable(Actor actor, String caseNumber) {
        InspectionRequest r = requests.byCaseNumber(caseNumber)
                .orElseThrow(() -> new NotFoundException("事案 " + caseNumber + " はないか、このアカウントからは参照できません。"));
        if (!access.permits(actor, Action.READ_INSPECTION, subject(r))) {
            throw new NotFoundException("事案 " + caseNumber + " はないか、このアカウントからは参照できません。");
        }
        return r;
    }

    private ReportAndInspectionCase ministryStep(Actor actor, String caseNumber) {
        InspectionRequest r = request(caseNumber);
        if (!access.permits(actor, Action.REQUEST_REPORT_OR_INSPECTION, subject(r))) {
            throw new NotPermittedException(sectors.notCompetentJa(r.sectorCode()));
        }
        return load(r);
    }

    private InspectionRequest request(String caseNumber) {
        return requests.byCaseNumber(caseNumber).orElseThrow(() -> new IllegalStateException("No case " + caseNumber));
    }

    private Subject subject(InspectionRequest r) {
        return new Subject(reviewerGroup(r), r.operatorId());
    }

    private String reviewerGroup(InspectionRequest r) {
        return sectors.sector(r.sectorCode()).orElseThrow().reviewerGroup();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
