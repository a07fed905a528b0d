package jp.espa.kikan.criteria;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.espa.kikan.criteria.CriteriaDraftRepository.Draft;
import jp.espa.kikan.criteria.CriteriaSimulation.Change;
import jp.espa.kikan.criteria.CriteriaSimulation.Parsed;
import jp.espa.kikan.criteria.CriteriaSimulation.Row;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.registry.BusinessFigures;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.springframework.stereotype.Component;

/**
 * Tries a draft on the registry: every operator that reported figures of the business, under the live table and the
 * draft side by side, as of a day's latest completed fiscal year. Tables are parsed once (by definition or draft id,
 * both immutable). Who may ask, and the record of it, are the callers'.
 */
@Component
class DraftSimulator {

    static final String SME_DECISION = "Decision_SmallOrMediumEnterprise";
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /**
     * A simulation: the counts of each change, every operator's row (the changes first), and how long it took: in all,
     * reading the figures, and the CPU time of the thread that ran it (on a shared machine the steadier figure).
     */
    record SimulationResult(String draftNumber, String sectorCode, String sectorNameJa, String liveTable, String draftTable,
                            LocalDate asOf, int latestFiscalYear, String latestFiscalYearJa, int operators, long newlyMeeting,
                            long noLongerMeeting, long stillMeeting, long stillNotMeeting, long elapsedMillis, long readMillis,
                            long cpuMillis, List<Row> rows) {

        List<String> corporateNumbers(Change change) {
            return rows.stream().filter(row -> row.change() == change).map(Row::corporateNumber).toList();
        }
    }

    private final CriteriaDraftRepository drafts;
    private final CriteriaSimulation simulation;
    private final BusinessFigures figures;
    private final LiveCriteriaTables liveTables;
    private final DecisionRecorder decisions;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    DraftSimulator(CriteriaDraftRepository drafts, CriteriaSimulation simulation, BusinessFigures figures,
                   LiveCriteriaTables liveTables, DecisionRecorder decisions) {
        this.drafts = drafts;
        this.simulation = simulation;
        this.figures = figures;
        this.liveTables = liveTables;
        this.decisions = decisions;
    }

    /** The draft against the sector's live table (none for a new sector) as of the day given. */
    SimulationResult run(Draft draft, LocalDate asOf) {
        return run(draft, liveTables.ofSector(draft.sectorCode()), asOf);
    }

    SimulationResult run(Draft draft, Optional<DecisionRecorder.Table> liveTable, LocalDate asOf) {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        Parsed draftTable = parsed.computeIfAbsent("draft:" + draft.id(),
                id -> simulation.parse(drafts.xml(draft.id()), draft.decisionKey()));
        Parsed live = liveTable.map(this::deployed).orElse(null);
        DmnDecision sme = deployed(decisions.latest(SME_DECISION)).decision();
        int latest = StatutoryPeriods.fiscalYearOf(asOf) - 1;
        long reading = System.nanoTime();
        List<BusinessFigures.OperatorFigures> operators = figures.ofBusiness(draft.sectorCode());
        long read = (System.nanoTime() - reading) / 1_000_000;
        List<Row> rows = simulation.run(operators, live, draftTable, sme, latest).stream()
                .sorted(Comparator.comparing(Row::change)).toList();
        Map<Change, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.change(), 1L, Long::sum));
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new SimulationResult(draft.draftNumber(), draft.sectorCode(), draft.sectorNameJa(),
                liveTable.map(DecisionRecorder.Table::version).orElse("なし（新たな対象事業）"), tableName(draft), asOf, latest,
                EraDates.yearOf(LocalDate.of(latest, 4, 1)) + "度", rows.size(), counts.getOrDefault(Change.NEWLY_MEETING, 0L),
                counts.getOrDefault(Change.NO_LONGER_MEETING, 0L), counts.getOrDefault(Change.STILL_MEETING, 0L),
                counts.getOrDefault(Change.STILL_NOT_MEETING, 0L), elapsed, read,
                (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000, rows);
    }

    static String tableName(Draft d) {
        return "特定社会基盤事業者の指定基準（" + d.sectorNameJa() + "）案 第" + d.version() + "版";
    }

    private Parsed deployed(DecisionRecorder.Table table) {
        return parsed.computeIfAbsent("deployed:" + table.definition().getId(),
                id -> simulation.parse(liveTables.xml(table), table.definition().getKey()));
    }
}
