package jp.espa.kikan.inspection;

import static jp.espa.kikan.inspection.InspectionVariables.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.InspectionRegistry;
import jp.espa.kikan.registry.InspectionRegistry.InspectionRequest;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.AccessPolicy.Role;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
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
 * investigation (Art 58(4)): nothing here refers a case anywhere, it records facts.
 */
@Service
public class ReportAndInspectionService {

    private static final Procedure INSPECTION = Procedure.INSPECTION;

    enum Kind {
        REPORT("報告又は資料の提出の求め"),
        INSPECTION("立入検査");

        final String labelJa;

        Kind(String labelJa) {
            this.labelJa = labelJa;
        }
    }

    /**
     * What the request serves (必要な限度において), and so the paragraph of Art 58 it rests on: a designation (Art 58(1),
     * reports only), or a provision Art 58(2) lists (Art 51; Art 52(6) and (10), including as Art 54(2) and 55(3)
     * apply them, which Art 56(1) extends to Art 58(2); Art 55(1) and (2)).
     */
    public enum Purpose {
        PLAN_REVIEW("導入等計画書に係る勧告・命令（法第52条第6項・第10項）", 2),
        PLAN_CHANGE("変更の案に係る勧告・命令（法第54条第2項において準用する法第52条第6項・第10項）", 2),
        POST_INTRODUCTION("導入後の勧告・命令（法第55条第1項・第2項、同条第3項において準用する法第52条第10項）", 2),
        COMPLIANCE("勧告・命令の履行状況（法第52条第6項・第10項、法第55条第1項・第2項）", 2),
        DESIGNATION("特定社会基盤事業者の指定（法第50条第1項）", 1),
        REVOCATION("特定社会基盤事業者の指定の解除（法第51条）", 2);

        final String labelJa;
        /** The paragraph of Art 58 the request rests on. */
        final int paragraph;

        Purpose(String labelJa, int paragraph) {
            this.labelJa = labelJa;
            this.paragraph = paragraph;
        }

        public String labelJa() {
            return labelJa;
        }

        public int paragraph() {
            return paragraph;
        }

        /** The key of Art 58(1) or (2) in the citations table (documents/citations.tsv). */
        public String citation() {
            return "ACT_58_" + paragraph;
        }

        /** The item of Art 96 that punishes a report not made or false: item 4 for Art 58(1), item 5 for Art 58(2). */
        public String penalty() {
            return paragraph == 1 ? "ACT_96_4" : "ACT_96_5";
        }

        String basisJa() {
            return "法第58条第" + paragraph + "項";
        }

        String penaltyJa() {
            return "法第96条第" + (paragraph == 1 ? 4 : 5) + "号";
        }
    }

    enum Status { AWAITING_REPORT, REPORT_OVERDUE, REPORT_RECEIVED, INSPECTION_SCHEDULED, CLOSED }

    /** The result a case ends with, from the act the last step recorded. */
    enum Result {
        REPORT_SUFFICIENT("報告を受領（内容は十分）"),
        REPORT_INSUFFICIENT("報告を受領（内容は不十分）"),
        NO_REPORT("期限までに報告なし（法第96条第4号又は第5号の対象となり得る事実を記録）"),
        INSPECTED("立入検査を実施"),
        INSPECTION_REFUSED("立入検査の拒否・妨害・忌避（法第96条第5号の対象となり得る事実を記録）");

        final String labelJa;

        Result(String labelJa) {
            this.labelJa = labelJa;
        }
    }

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

    private final InspectionRegistry requests;
    private final SectorRegistry sectors;
    private final DesignationRegistry designations;
    private final CaseRepository screenings;
    private final CaseFile caseFile;
    private final AccessChecks access;
    private final StatutoryTime time;
    private final RuntimeService runtime;

    ReportAndInspectionService(InspectionRegistry requests, SectorRegistry sectors, DesignationRegistry designations,
                               CaseRepository screenings, CaseFile caseFile, AccessChecks access, StatutoryTime time,
                               RuntimeService runtime) {
        this.requests = requests;
        this.sectors = sectors;
        this.designations = designations;
        this.screenings = screenings;
        this.caseFile = caseFile;
        this.access = access;
        this.time = time;
        this.runtime = runtime;
    }

    // ---- The request (API, or Tasklist's start form)

    /** Over the API: registers the request and starts its process. */
    @Transactional
    View start(Actor actor, Request request) {
        Map<String, Object> variables = register(actor, request);
        String caseNumber = (String) variables.get(CASE_NUMBER);
        runtime.createProcessInstanceByKey(PROCESS).businessKey(caseNumber).setVariables(variables).execute();
        return read(actor, caseNumber);
    }

    /**
     * Checks and records a request of the competent ministry of the operator's sector: the operator must be designated
     * in that sector today (Art 58 reaches 特定社会基盤事業者), a related plan must be that operator's in that sector, a
     * report is due after today and an inspection is planned for today or later. Returns what the forms show.
     */
    Map<String, Object> register(Actor actor, Request r) {
        Sector sector = sectors.sector(r.sectorCode()).filter(Sector::active)
                .orElseThrow(() -> new InvalidInputException(SECTOR_CODE, "Unknown or inactive sector '" + r.sectorCode() + "'."));
        if (!access.permits(actor, Action.REQUEST_REPORT_OR_INSPECTION, Subject.ofMinistry(sector.reviewerGroup()))) {
            throw new NotPermittedException("Only the competent ministry of sector " + sector.code() + " requests reports or inspects.");
        }
        LocalDate today = time.today();
        if (r.purpose().paragraph == 1 && r.kind() == Kind.INSPECTION) {
            throw new InvalidInputException(PURPOSE, "指定のための求めは報告又は資料の提出に限られます（法第58条第1項）。"
                    + "立入検査は同条第2項に掲げる規定の施行に必要な限度においてのみ行うことができます。");
        }
        // Art 58(1) reaches 特定社会基盤事業を行う者 (a designation is yet to come); Art 58(2) 特定社会基盤事業者
        Operator operator = sectors.operatorByCorporateNumber(r.corporateNumber())
                .filter(o -> r.purpose().paragraph == 1
                        || designations.current(o.id(), sector.code()).filter(d -> d.activeOn(today)).isPresent())
                .orElseThrow(() -> new InvalidInputException(CORPORATE_NUMBER, "法人番号 " + r.corporateNumber() + " の事業者は"
                        + (r.purpose().paragraph == 1 ? "登録されていません。" : sector.nameJa()
                        + "の特定社会基盤事業者に指定されていません（法第58条第2項の対象は特定社会基盤事業者です）。")));
        String applicationNumber = blankToNull(r.applicationNumber());
        if (applicationNumber != null && screenings.findByApplicationNumber(applicationNumber)
                .filter(c -> c.operatorId().equals(operator.id()) && c.sectorCode().equals(sector.code())).isEmpty()) {
            throw new InvalidInputException(APPLICATION_NUMBER, "受付番号 " + applicationNumber + " はこの事業者の"
                    + sector.nameJa() + "の導入等計画書ではありません。");
        }
        if (blankToNull(r.matters()) == null || r.matters().length() > 4000) {
            throw new InvalidInputException(MATTERS, "「求める事項・検査する事項」を4000字以内で入力してください。");
        }
        if (r.kind() == Kind.REPORT && !r.dueOn().isAfter(today)) {
            throw new InvalidInputException(DUE_ON, "報告の期限は明日以降の日付にしてください。");
        }
        if (r.kind() == Kind.INSPECTION && r.dueOn().isBefore(today)) {
            throw new InvalidInputException(DUE_ON, "立入検査の予定日は本日以降の日付にしてください。");
        }
        InspectionRequest request = requests.create(r.kind().name(), operator.id(), sector.code(), applicationNumber,
                r.purpose().name(), r.matters().strip(), today, r.dueOn(),
                (r.kind() == Kind.REPORT ? Status.AWAITING_REPORT : Status.INSPECTION_SCHEDULED).name(), actor.userId());
        caseFile.recordDecision(INSPECTION, request.caseNumber(),
                r.kind() == Kind.REPORT ? LegalActType.REPORT_REQUESTED : LegalActType.INSPECTION_DECIDED, today,
                actor.userId(), r.kind().name(), r.dueOn(), r.kind().labelJa + "（" + r.purpose().basisJa() + "）。目的: " + r.purpose().labelJa
                        + (applicationNumber == null ? "" : "（受付番号 " + applicationNumber + "）") + "。事項: " + r.matters().strip());

        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_NUMBER, request.caseNumber());
        variables.put(KIND, r.kind().name());
        variables.put(KIND_LABEL, r.kind().labelJa + "（" + r.purpose().basisJa() + "）");
        variables.put(CORPORATE_NUMBER, operator.corporateNumber());
        variables.put(OPERATOR_NAME, operator.name());
        variables.put(SECTOR_CODE, sector.code());
        variables.put(SECTOR_NAME, sector.nameJa());
        variables.put(APPLICATION_NUMBER, applicationNumber == null ? "" : applicationNumber);
        variables.put(PURPOSE, r.purpose().name());
        variables.put(PURPOSE_LABEL, r.purpose().labelJa);
        variables.put(MATTERS, r.matters().strip());
        variables.put(REQUESTED_ON, today.toString());
        variables.put(DUE_ON, r.dueOn().toString());
        return variables;
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
            throw new NotPermittedException(actor.userId() + " may not report for case " + caseNumber + ".");
        }
        if (blankToNull(summary) == null || summary.length() > 4000) {
            throw new InvalidInputException("summary", "The report's summary is required (at most 4000 characters).");
        }
        // copies sent at once wait here for the first, then find its report filed (409)
        requests.lock(r.id());
        Execution waiting = runtime.createExecutionQuery().messageEventSubscriptionName(REPORT_MESSAGE)
                .processInstanceBusinessKey(caseNumber).list().stream().findFirst()
                .orElseThrow(() -> new ConflictException("No report is awaited for " + caseNumber + ": it was not a "
                        + "request for a report, the report was filed already, or the case is closed."));
        LocalDate today = time.today();
        boolean late = today.isAfter(r.dueOn());
        caseFile.recordDecision(INSPECTION, caseNumber, LegalActType.REPORT_SUBMITTED, today, actor.userId(),
                late ? "LATE" : "ON_TIME", null, summary.strip());
        requests.updateStatus(r.id(), Status.REPORT_RECEIVED.name());
        runtime.createMessageCorrelation(REPORT_MESSAGE).processInstanceId(waiting.getProcessInstanceId())
                .setVariables(Map.of(REPORT_SUMMARY, summary.strip(), REPORT_RECEIVED_ON, today.toString(), REPORT_LATE, late))
                .correlate();
        return new ReportReceipt(caseNumber, today, r.dueOn(), late);
    }

    // ---- The ministry's steps

    /** 報告期限の経過: the due date passed without a report; the official is asked to record it. */
    void reportOverdue(String caseNumber) {
        InspectionRequest r = request(caseNumber);
        requireDuePassed(r);
        requests.updateStatus(r.id(), Status.REPORT_OVERDUE.name());
    }

    /** A report is missing only from the day after its due date: the operator may report on that day itself. */
    private void requireDuePassed(InspectionRequest r) {
        time.requireReached(r.dueOn().plusDays(1), "報告がない旨の記録", "報告の期限 " + r.dueOn());
    }

    /** 報告の確認: whether the report answers what was asked. */
    void reviewReport(Actor actor, String caseNumber, boolean sufficient, String note) {
        ministryStep(actor, caseNumber);
        requireLength(REPORT_REVIEW_NOTE, note, 4000);
        caseFile.recordDecision(INSPECTION, caseNumber, LegalActType.REPORT_REVIEWED, time.today(), actor.userId(),
                sufficient ? "SUFFICIENT" : "INSUFFICIENT", null, note);
    }

    /** 期限までに報告なし: the official records the non-compliance, a fact relevant to the penalty of Art 96. */
    void recordMissingReport(Actor actor, String caseNumber, String note) {
        InspectionRequest r = ministryStep(actor, caseNumber);
        requireDuePassed(r);
        Purpose purpose = Purpose.valueOf(r.purpose());
        requireLength(NON_COMPLIANCE_NOTE, note, 3000);
        caseFile.record(INSPECTION, caseNumber, LegalActType.REPORT_NOT_SUBMITTED, time.today(), actor.userId(),
                "期限（" + r.dueOn() + "）までに" + purpose.basisJa() + "の規定による報告がない（" + purpose.penaltyJa()
                        + "の罰則の対象となり得る事実）。" + note);
    }

    /**
     * 立入検査の記録: on a day from the request to today, by the officials named, who carried and showed their
     * identification card (Art 58(3)); whether the operator let them inspect, and what they found.
     */
    void recordInspection(Actor actor, String caseNumber, LocalDate inspectedOn, String inspectors, String places,
                          boolean idCardShown, boolean refusedOrObstructed, String result) {
        InspectionRequest r = ministryStep(actor, caseNumber);
        if (inspectedOn.isBefore(r.requestedOn()) || inspectedOn.isAfter(time.today())) {
            throw new InvalidInputException(INSPECTED_ON, "検査日は立入検査の決定日（" + r.requestedOn() + "）以後、本日以前にしてください。");
        }
        requireLength(INSPECTORS, inspectors, 500);
        requireLength(PLACES_INSPECTED, places, 500);
        requireLength(INSPECTION_RESULT, result, 2500);
        if (!idCardShown) {
            throw new InvalidInputException(ID_CARD_SHOWN,
                    "立入検査をする職員は、その身分を示す証明書を携帯し、関係人の請求があったときは、これを提示しなければなりません（法第58条第3項）。");
        }
        caseFile.recordDecision(INSPECTION, caseNumber, LegalActType.INSPECTION_CONDUCTED, time.today(), actor.userId(),
                refusedOrObstructed ? "REFUSED_OR_OBSTRUCTED" : "COMPLETED", inspectedOn,
                "検査職員: " + inspectors + "（身分証明書を提示）。場所: " + places + "。結果: " + result
                        + (refusedOrObstructed ? "（検査の拒否・妨害・忌避: 法第96条第5号の罰則の対象となり得る事実）" : ""));
    }

    /** 結果の記録: the case ends with the result of the act its last step recorded. */
    Result conclude(String caseNumber) {
        InspectionRequest r = request(caseNumber);
        LegalAct last = caseFile.latest(INSPECTION, caseNumber, LegalActType.REPORT_REVIEWED, LegalActType.REPORT_NOT_SUBMITTED,
                LegalActType.INSPECTION_CONDUCTED).orElseThrow(() -> new IllegalStateException("Nothing to conclude in " + caseNumber));
        Result result = switch (last.actType()) {
            case REPORT_REVIEWED -> "SUFFICIENT".equals(last.decision()) ? Result.REPORT_SUFFICIENT : Result.REPORT_INSUFFICIENT;
            case REPORT_NOT_SUBMITTED -> Result.NO_REPORT;
            default -> "COMPLETED".equals(last.decision()) ? Result.INSPECTED : Result.INSPECTION_REFUSED;
        };
        requests.close(r.id(), Status.CLOSED.name(), result.name());
        caseFile.recordDecision(INSPECTION, caseNumber, LegalActType.INSPECTION_CONCLUDED, time.today(), last.official(),
                result.name(), null, result.labelJa);
        return result;
    }

    // ---- What the model reads: candidate group and due date, from the registry

    String reviewerGroup(String caseNumber) {
        return reviewerGroup(request(caseNumber));
    }

    LocalDate dueOn(String caseNumber) {
        return request(caseNumber).dueOn();
    }

    // ---- Helpers

    private InspectionRequest readable(Actor actor, String caseNumber) {
        InspectionRequest r = requests.byCaseNumber(caseNumber)
                .orElseThrow(() -> new NotFoundException("No case " + caseNumber + " visible to this account."));
        if (!access.permits(actor, Action.READ_INSPECTION, subject(r))) {
            throw new NotFoundException("No case " + caseNumber + " visible to this account.");
        }
        return r;
    }

    private InspectionRequest ministryStep(Actor actor, String caseNumber) {
        InspectionRequest r = request(caseNumber);
        if (!access.permits(actor, Action.REQUEST_REPORT_OR_INSPECTION, subject(r))) {
            throw new NotPermittedException(sectors.notCompetentJa(r.sectorCode()));
        }
        return r;
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

    /** The case file keeps at most 8,000 characters an act; each field has its share. */
    private static void requireLength(String field, String text, int max) {
        if (text.length() > max) {
            throw new InvalidInputException(field, max + "字以内で入力してください。");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
