package jp.espa.kikan.criteria;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.criteria.CriteriaDraftRepository.Draft;
import jp.espa.kikan.criteria.CriteriaSimulation.Change;
import jp.espa.kikan.criteria.DraftSimulator.SimulationResult;
import jp.espa.kikan.criteria.DraftTable.FirstCriterion;
import jp.espa.kikan.criteria.DraftTable.Threshold;
import jp.espa.kikan.criteria.DraftTable.ThresholdChange;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.DecisionLog;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.platform.ProblemCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one authority over drafts of designation criteria: a ministry drafts the criteria of its sectors (the live
 * table with thresholds changed, a table from Camunda Modeler, or a new sector's first table), the ministry and the
 * Cabinet Office try a draft on the registry: every operator of the business with its figures, under the live table
 * and the draft side by side. A draft is never deployed, so no designation reads it until it is enacted ({@link CriteriaEnactment}).
 */
@Service
public class CriteriaDraftService {


    /** What a ministry asks for: exactly one of thresholds (of the live table), a whole table, or a new sector's criteria. */
    record NewDraft(String sectorCode, String sectorNameJa, String competentMinistry, String summary,
                    List<ThresholdChange> thresholds, String dmnXml, List<FirstCriterion> criteria) {
    }

    record DraftView(String draftNumber, String sectorCode, String sectorNameJa, String competentMinistry, int version,
                     String origin, String basedOn, String summary, String status, LocalDate enactedOn, String createdBy,
                     List<Threshold> thresholds) {
    }

    private final CriteriaDraftRepository drafts;
    private final DraftTables tables;
    private final DraftSimulator simulator;
    private final CriteriaEnactment enactment;
    private final LiveCriteriaTables liveTables;
    private final SectorRegistry sectors;
    private final DecisionLog log;
    private final AccessChecks access;
    private final StatutoryTime time;
    private final ObjectMapper json;

    CriteriaDraftService(CriteriaDraftRepository drafts, DraftTables tables, DraftSimulator simulator,
                         CriteriaEnactment enactment, LiveCriteriaTables liveTables, SectorRegistry sectors, DecisionLog log,
                         AccessChecks access, StatutoryTime time, ObjectMapper json) {
        this.drafts = drafts;
        this.tables = tables;
        this.simulator = simulator;
        this.enactment = enactment;
        this.liveTables = liveTables;
        this.sectors = sectors;
        this.log = log;
        this.access = access;
        this.time = time;
        this.json = json;
    }

    // ---- Drafting

    /** A sector whose live criteria the account may draft from, as the page lists it. */
    record DraftableSector(String code, String nameJa) {
    }

    /**
     * The sectors in the registry with live criteria whose competent ministry the account drafts for: none for an
     * account that only reads drafts (the Cabinet Office), whose page then offers no drafting form.
     */
    List<DraftableSector> draftableSectors(Actor actor) {
        access.requireSome(actor, Action.READ_CRITERIA_DRAFTS);
        return sectors.sectors().stream().filter(s -> s.active() && s.criteriaDecisionKey() != null)
                .filter(s -> permits(actor, Action.DRAFT_CRITERIA, s.competentMinistry()))
                .map(s -> new DraftableSector(s.code(), s.nameJa())).toList();
    }

    /** The live table's thresholds, from which a draft is made. */
    List<Threshold> liveThresholds(Actor actor, String sectorCode) {
        Sector sector = liveSector(sectorCode, "sectorCode");
        require(actor, Action.READ_CRITERIA_DRAFTS, sector.competentMinistry());
        return DraftTable.read(liveTables.xml(liveTables.of(sector)), sector.criteriaDecisionKey(), "sectorCode").thresholds();
    }

    @Transactional
    DraftView create(Actor actor, NewDraft d) {
        int ways = (d.thresholds() == null ? 0 : 1) + (d.dmnXml() == null ? 0 : 1) + (d.criteria() == null ? 0 : 1);
        if (ways != 1) {
            throw new InvalidInputException("thresholds", "thresholds、dmnXml、criteria のいずれか一つを指定してください。");
        }
        // one check for both doors, the API and the Cockpit page
        if (d.summary() == null || d.summary().isBlank()) {
            throw new InvalidInputException("summary", "案の概要を入力してください。");
        }
        if (d.thresholds() != null && (d.thresholds().isEmpty() || d.thresholds().stream()
                .anyMatch(t -> t == null || t.value() == null || t.value().signum() < 0))) {
            throw new InvalidInputException("thresholds", "基準値を0以上の数で入力してください。");
        }
        String ministry = tables.competentMinistry(d);
        require(actor, Action.DRAFT_CRITERIA, ministry);
        DraftTables.Made made = tables.make(d);
        try {
            Draft draft = drafts.create(d.sectorCode(), made.sectorNameJa().strip(), ministry, made.decisionKey(), made.origin(),
                    made.basedOn(), d.summary().strip(), made.xml(), actor.userId());
            return view(draft, made.xml());
        } catch (DuplicateKeyException e) {
            throw new ConflictException(ProblemCode.CONCURRENT_CHANGE,
                    "対象事業 " + d.sectorCode() + " の別の案が同時に作成されました。再度送信してください。");
        }
    }

    // ---- Reading

    List<DraftView> list(Actor actor) {
        access.requireSome(actor, Action.READ_CRITERIA_DRAFTS);
        return drafts.list(null).stream().filter(d -> permits(actor, Action.READ_CRITERIA_DRAFTS, d.competentMinistry()))
                .map(d -> view(d, null)).toList();
    }

    DraftView read(Actor actor, String draftNumber) {
        Draft draft = readable(actor, draftNumber);
        return view(draft, drafts.xml(draft.id()));
    }

    /** The draft's table, to open in Camunda Modeler. */
    String xml(Actor actor, String draftNumber) {
        return drafts.xml(readable(actor, draftNumber).id());
    }

    // ---- Simulation

    /**
     * Every operator that reported figures of the business, under the live table and the draft, as of today's latest
     * completed fiscal year; recorded in the decision log under the draft's number.
     */
    SimulationResult simulate(Actor actor, String draftNumber) {
        Draft draft = readable(actor, draftNumber);
        Optional<DecisionRecorder.Table> live = liveTables.ofSector(draft.sectorCode());
        SimulationResult result = simulator.run(draft, live, time.today());
        record(actor, draft, result, live.orElse(null));
        return result;
    }

    // ---- Enactment

    /**
     * The amended ordinance of an existing sector is in force: its draft becomes the live table, and the designation
     * procedure proposes or reviews whom the change concerns. Recorded on or after the enforcement day, by the
     * competent ministry; a new sector's draft is enacted by the sector addition (its cabinet order's enforcement).
     */
    @Transactional
    DraftView enact(Actor actor, String draftNumber, LocalDate enforcedOn) {
        Draft draft = readable(actor, draftNumber);
        require(actor, Action.DRAFT_CRITERIA, draft.competentMinistry());
        if (liveTables.ofSector(draft.sectorCode()).isEmpty()) {
            throw new InvalidInputException("draftNumber", "新たな対象事業の指定基準は、対象事業の追加（政令の施行）により施行されます。");
        }
        if (enforcedOn.isAfter(time.today())) {
            throw new InvalidInputException("enforcedOn", "施行日（" + enforcedOn + "）の到来後に記録してください。");
        }
        if (enactment.enact(draft, enforcedOn, actor.userId()).isEmpty()) {
            throw new ConflictException("指定基準の案 " + draftNumber + " は施行済みです（" + draft.enactedOn() + "）。");
        }
        return read(actor, draftNumber);
    }

    // ---- Helpers

    private void record(Actor actor, Draft draft, SimulationResult r, DecisionRecorder.Table live) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("trigger", "SIMULATION");
        inputs.put("by", actor.userId());
        inputs.put("liveTable", live == null ? null : live.definition().getKey() + ":" + live.definition().getVersion());
        inputs.put("asOf", r.asOf().toString());
        inputs.put("latestFiscalYear", r.latestFiscalYear());
        inputs.put("operators", r.operators());
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("newlyMeeting", r.newlyMeeting());
        outputs.put("noLongerMeeting", r.noLongerMeeting());
        outputs.put("stillMeeting", r.stillMeeting());
        outputs.put("stillNotMeeting", r.stillNotMeeting());
        // the changes by corporate number, as many as the log's column holds (the CSV has them all)
        for (Change change : List.of(Change.NEWLY_MEETING, Change.NO_LONGER_MEETING)) {
            outputs.put(change.name(), r.corporateNumbers(change).stream().limit(200).toList());
        }
        log.record(Procedure.DESIGNATION, draft.draftNumber(), draft.decisionKey(), draft.version(), "draft", write(inputs),
                write(outputs), "SIMULATED");
    }

    private Sector liveSector(String code, String field) {
        return sectors.sector(code).filter(s -> s.criteriaDecisionKey() != null)
                .orElseThrow(() -> new InvalidInputException(field, "対象事業 " + code + " には現行の指定基準がありません。"));
    }

    private Draft readable(Actor actor, String draftNumber) {
        access.requireSome(actor, Action.READ_CRITERIA_DRAFTS);
        return drafts.byNumber(draftNumber).filter(d -> permits(actor, Action.READ_CRITERIA_DRAFTS, d.competentMinistry()))
                .orElseThrow(() -> new NotFoundException("指定基準の案 " + draftNumber + " はないか、このアカウントからは参照できません。"));
    }

    private boolean permits(Actor actor, Action action, String ministry) {
        return access.permits(actor, action, Subject.ofMinistry(sectors.ministry(ministry).orElseThrow().reviewerGroup()));
    }

    private void require(Actor actor, Action action, String ministry) {
        if (!permits(actor, action, ministry)) {
            throw new NotPermittedException("指定基準の案はその対象事業の所管省庁が作成します。");
        }
    }

    private DraftView view(Draft d, String xml) {
        return new DraftView(d.draftNumber(), d.sectorCode(), d.sectorNameJa(), d.competentMinistry(), d.version(), d.origin(),
                d.basedOn(), d.summary(), d.status(), d.enactedOn(), d.createdBy(),
                xml == null ? null : DraftTable.read(xml, d.decisionKey(), "dmnXml").thresholds());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
