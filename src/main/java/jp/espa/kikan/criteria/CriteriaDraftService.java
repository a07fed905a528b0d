package jp.espa.kikan.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.criteria.CriteriaDraftRepository.Draft;
import jp.espa.kikan.criteria.CriteriaSimulation.Change;
import jp.espa.kikan.criteria.CriteriaSimulation.Parsed;
import jp.espa.kikan.criteria.CriteriaSimulation.Row;
import jp.espa.kikan.criteria.DraftTable.FirstCriterion;
import jp.espa.kikan.criteria.DraftTable.Threshold;
import jp.espa.kikan.criteria.DraftTable.ThresholdChange;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.BusinessFigures;
import jp.espa.kikan.registry.DecisionLog;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one authority over drafts of designation criteria: a ministry drafts the criteria of its sectors (the live
 * table with thresholds changed, a table from Camunda Modeler, or a new sector's first table), the ministry and the
 * Cabinet Office try a draft on the registry: every operator of the business with its figures, under the live table
 * and the draft side by side. A draft is never deployed, so no designation reads it until it is enacted.
 */
@Service
public class CriteriaDraftService {

    static final String SME_DECISION = "Decision_SmallOrMediumEnterprise";
    private static final String KEY_PREFIX = "Decision_DesignationCriteria";

    /** What a ministry asks for: exactly one of thresholds (of the live table), a whole table, or a new sector's criteria. */
    record NewDraft(String sectorCode, String sectorNameJa, String competentMinistry, String summary,
                    List<ThresholdChange> thresholds, String dmnXml, List<FirstCriterion> criteria) {
    }

    record DraftView(String draftNumber, String sectorCode, String sectorNameJa, String competentMinistry, int version,
                     String origin, String basedOn, String summary, String status, LocalDate enactedOn, String createdBy,
                     List<Threshold> thresholds) {
    }

    /** A simulation: the counts of each change, every operator's row (the changes first), and how long it took. */
    record SimulationResult(String draftNumber, String sectorCode, String sectorNameJa, String liveTable, String draftTable,
                            LocalDate asOf, int latestFiscalYear, String latestFiscalYearJa, int operators, long newlyMeeting,
                            long noLongerMeeting, long stillMeeting, long stillNotMeeting, long elapsedMillis, List<Row> rows) {
    }

    private final CriteriaDraftRepository drafts;
    private final CriteriaSimulation simulation;
    private final BusinessFigures figures;
    private final SectorRegistry sectors;
    private final DecisionRecorder decisions;
    private final DecisionLog log;
    private final RepositoryService repository;
    private final AccessChecks access;
    private final StatutoryTime time;
    private final ObjectMapper json;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    CriteriaDraftService(CriteriaDraftRepository drafts, CriteriaSimulation simulation, BusinessFigures figures,
                         SectorRegistry sectors, DecisionRecorder decisions, DecisionLog log, RepositoryService repository,
                         AccessChecks access, StatutoryTime time, ObjectMapper json) {
        this.drafts = drafts;
        this.simulation = simulation;
        this.figures = figures;
        this.sectors = sectors;
        this.decisions = decisions;
        this.log = log;
        this.repository = repository;
        this.access = access;
        this.time = time;
        this.json = json;
    }

    // ---- Drafting

    /** The live table's thresholds, from which a draft is made. */
    List<Threshold> liveThresholds(Actor actor, String sectorCode) {
        Sector sector = liveSector(sectorCode, "sectorCode");
        require(actor, Action.READ_CRITERIA_DRAFTS, sector.competentMinistry());
        return DraftTable.read(liveXml(sector), sector.criteriaDecisionKey(), "sectorCode").thresholds();
    }

    @Transactional
    DraftView create(Actor actor, NewDraft d) {
        int ways = (d.thresholds() == null ? 0 : 1) + (d.dmnXml() == null ? 0 : 1) + (d.criteria() == null ? 0 : 1);
        if (ways != 1) {
            throw new InvalidInputException("thresholds", "Give exactly one of thresholds, dmnXml or criteria.");
        }
        // one check for both doors, the API and the Cockpit page
        if (d.summary() == null || d.summary().isBlank()) {
            throw new InvalidInputException("summary", "案の概要を入力してください。");
        }
        if (d.thresholds() != null && (d.thresholds().isEmpty() || d.thresholds().stream()
                .anyMatch(t -> t == null || t.value() == null || t.value().signum() < 0))) {
            throw new InvalidInputException("thresholds", "基準値を0以上の数で入力してください。");
        }
        Optional<Sector> live = sectors.sector(d.sectorCode()).filter(s -> s.criteriaDecisionKey() != null);
        String ministry;
        String nameJa;
        String key;
        String origin;
        String basedOn = null;
        String xml;
        if (live.isPresent()) {
            Sector sector = live.get();
            require(actor, Action.DRAFT_CRITERIA, sector.competentMinistry());
            ministry = sector.competentMinistry();
            nameJa = sector.nameJa();
            key = sector.criteriaDecisionKey();
            basedOn = decisions.latest(key).version();
            DraftTable liveTable = DraftTable.read(liveXml(sector), key, "sectorCode");
            if (d.criteria() != null) {
                throw new InvalidInputException("criteria", "既存の対象事業には現行の指定基準があります: 閾値の変更（thresholds）か決定表（dmnXml）で案を作成してください。");
            }
            origin = d.thresholds() != null ? "LIVE_CHANGED" : "UPLOADED";
            xml = d.thresholds() != null ? liveTable.withThresholds(d.thresholds()).xml() : d.dmnXml();
            DraftTable.read(xml, key, "dmnXml").requireContract(liveTable.inputs(), "dmnXml");
        } else {
            Optional<Draft> first = drafts.firstOf(d.sectorCode());
            ministry = first.map(Draft::competentMinistry).orElse(d.competentMinistry());
            nameJa = first.map(Draft::sectorNameJa).orElse(d.sectorNameJa());
            if (ministry == null || sectors.ministry(ministry).isEmpty()) {
                throw new InvalidInputException("competentMinistry", "新たな対象事業の案には所管省庁を指定してください（"
                        + sectors.ministries().stream().map(Ministry::code).toList() + "）。");
            }
            if (nameJa == null || nameJa.isBlank()) {
                throw new InvalidInputException("sectorNameJa", "新たな対象事業の案にはその名称を指定してください。");
            }
            require(actor, Action.DRAFT_CRITERIA, ministry);
            if (d.thresholds() != null) {
                throw new InvalidInputException("thresholds", "対象事業 " + d.sectorCode() + " には現行の指定基準がありません。");
            }
            key = KEY_PREFIX + camelCase(d.sectorCode());
            origin = d.criteria() != null ? "NEW_SECTOR" : "UPLOADED";
            xml = d.criteria() != null ? DraftTable.firstTable(key, nameJa, d.criteria()) : d.dmnXml();
            DraftTable.read(xml, key, "dmnXml").requireContract(null, "dmnXml");
        }
        requireEvaluable(xml, key);
        try {
            Draft draft = drafts.create(d.sectorCode(), nameJa.strip(), ministry, key, origin, basedOn, d.summary().strip(), xml,
                    actor.userId());
            return view(draft, xml);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Another draft of " + d.sectorCode() + " was made at the same moment: send it again.");
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
        long started = System.nanoTime();
        Parsed draftTable = parsed.computeIfAbsent("draft:" + draft.id(),
                id -> simulation.parse(drafts.xml(draft.id()), draft.decisionKey()));
        Optional<Sector> sector = sectors.sector(draft.sectorCode()).filter(s -> s.criteriaDecisionKey() != null
                && decisions.isDeployed(s.criteriaDecisionKey()));
        DecisionRecorder.Table liveTable = sector.map(s -> decisions.latest(s.criteriaDecisionKey())).orElse(null);
        Parsed live = liveTable == null ? null : deployed(liveTable.definition());
        DmnDecision sme = deployed(decisions.latest(SME_DECISION).definition()).decision();
        LocalDate today = time.today();
        int latest = StatutoryPeriods.fiscalYearOf(today) - 1;
        List<Row> rows = simulation.run(figures.ofBusiness(draft.sectorCode()), live, draftTable, sme, latest).stream()
                .sorted(Comparator.comparing(Row::change)).toList();
        Map<Change, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.change(), 1L, Long::sum));
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        SimulationResult result = new SimulationResult(draft.draftNumber(), draft.sectorCode(), draft.sectorNameJa(),
                liveTable == null ? "なし（新たな対象事業）" : liveTable.version(), draftTableName(draft), today, latest,
                EraDates.yearOf(LocalDate.of(latest, 4, 1)) + "度", rows.size(), counts.getOrDefault(Change.NEWLY_MEETING, 0L),
                counts.getOrDefault(Change.NO_LONGER_MEETING, 0L), counts.getOrDefault(Change.STILL_MEETING, 0L),
                counts.getOrDefault(Change.STILL_NOT_MEETING, 0L), elapsed, rows);
        record(actor, draft, result, liveTable);
        return result;
    }

    /** The simulation as the committee reads it: CSV in UTF-8 with a byte-order mark (Excel opens it as UTF-8). */
    static byte[] csv(SimulationResult r) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line("指定基準の案", r.draftNumber() + " " + r.draftTable()));
        csv.append(line("現行の指定基準", r.liveTable()));
        csv.append(line("基準とした事業年度", r.latestFiscalYearJa() + "（直近の終了事業年度）"));
        csv.append(line("事業者数", String.valueOf(r.operators()), "新たに該当", String.valueOf(r.newlyMeeting()),
                "該当しなくなる", String.valueOf(r.noLongerMeeting()), "引き続き該当", String.valueOf(r.stillMeeting()),
                "引き続き非該当", String.valueOf(r.stillNotMeeting())));
        csv.append(line("法人番号", "事業者名", "変化", "現行の基準で該当する基準", "案で該当する基準", "不足している数値等", "中小企業者"));
        for (Row row : r.rows()) {
            csv.append(line(row.corporateNumber(), row.name(), row.changeJa(), String.join(" ", row.liveCriteria()),
                    String.join(" ", row.draftCriteria()), String.join(" ", row.missingFigures()),
                    row.sme() == null ? "不明" : row.sme() ? "該当" : "非該当"));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
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
            outputs.put(change.name(), r.rows().stream().filter(row -> row.change() == change).limit(200)
                    .map(Row::corporateNumber).toList());
        }
        log.record(Procedure.DESIGNATION, draft.draftNumber(), draft.decisionKey(), draft.version(), "draft", write(inputs),
                write(outputs), "SIMULATED");
    }

    private Parsed deployed(DecisionDefinition definition) {
        return parsed.computeIfAbsent("deployed:" + definition.getId(), id -> {
            try (InputStream in = repository.getDecisionModel(definition.getId())) {
                return simulation.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), definition.getKey());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A table must not only parse but evaluate: a broken expression shows in its first evaluation. */
    private void requireEvaluable(String xml, String key) {
        try {
            for (String probe : DraftTable.read(xml, key, "dmnXml").probes()) {
                simulation.run(List.of(new BusinessFigures.OperatorFigures(null, "", "", null, null, null, List.of())), null,
                        simulation.parse(probe, key), null, 2000);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException("dmnXml", "決定表を評価できません: " + firstLine(e.getMessage()));
        }
    }

    private String liveXml(Sector sector) {
        DecisionDefinition definition = decisions.latest(sector.criteriaDecisionKey()).definition();
        try (InputStream in = repository.getDecisionModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Sector liveSector(String code, String field) {
        return sectors.sector(code).filter(s -> s.criteriaDecisionKey() != null)
                .orElseThrow(() -> new InvalidInputException(field, "対象事業 " + code + " には現行の指定基準がありません。"));
    }

    private Draft readable(Actor actor, String draftNumber) {
        access.requireSome(actor, Action.READ_CRITERIA_DRAFTS);
        return drafts.byNumber(draftNumber).filter(d -> permits(actor, Action.READ_CRITERIA_DRAFTS, d.competentMinistry()))
                .orElseThrow(() -> new NotFoundException("No draft " + draftNumber + " visible to this account."));
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

    private static String draftTableName(Draft d) {
        return "特定社会基盤事業者の指定基準（" + d.sectorNameJa() + "）案 第" + d.version() + "版";
    }

    static String camelCase(String sectorCode) {
        StringBuilder name = new StringBuilder();
        for (String part : sectorCode.toLowerCase().split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String line(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            // a cell Excel would read as a formula is quoted as text
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            line.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
