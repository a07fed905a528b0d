package jp.espa.kikan.overview;

import static jp.espa.kikan.overview.SupervisorOverview.CASE_PROCESSES;
import static jp.espa.kikan.overview.SupervisorOverview.japanese;
import static jp.espa.kikan.overview.SupervisorOverview.tokyoDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.CaseIndex;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.Procedure;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview's cases closed last, at most {@code shown} of those the viewer may see: one query over the engine's
 * history by end time, joined to the registry's index for the competent ministry and filtered by it in SQL (the
 * engine's own query with paging took 47 s for a ministry with few cases among 100,000). Each ends with its own
 * outcome, from the case file: a screening's process with the outcome it recorded (not that of a later Art 55 review
 * under the same number), an inspection with its result; other procedures with the end event they reached.
 */
final class ClosedCases {

    private static final Set<String> SCREENING_PROCESSES = CASE_PROCESSES.entrySet().stream()
            .filter(e -> e.getValue() == Procedure.SCREENING).map(Map.Entry::getKey).collect(Collectors.toSet());

    private final JdbcClient jdbc;
    private final CaseFile caseFile;
    private final int shown;

    ClosedCases(JdbcClient jdbc, CaseFile caseFile, int shown) {
        this.jdbc = jdbc;
        this.caseFile = caseFile;
        this.shown = shown;
    }

    /** A closed case process as the history has it, with the competent ministry's code. */
    private record Closed(String id, String caseNumber, Procedure procedure, String processName, LocalDate startedOn,
                          LocalDate closedOn, String ministryCode) {
    }

    List<Overview.ClosedCase> read(OpenCaseQueries.Scope scope, Function<String, Ministry> ministryOfCode) {
        List<Closed> closed = scope.everything() ? lastClosed() : lastClosedOf(scope);
        if (closed.isEmpty()) {
            return List.of();
        }
        Map<String, String> outcomes = screeningOutcomes(closed);
        outcomes.putAll(inspectionResults(closed));
        Map<String, String> endEvents = endEvents(closed.stream().map(Closed::id).toList());
        List<Overview.ClosedCase> result = new ArrayList<>();
        for (Closed c : closed) {
            Ministry ministry = c.ministryCode() == null ? null : ministryOfCode.apply(c.ministryCode());
            String outcome = outcomes.getOrDefault(c.id(), endEvents.getOrDefault(c.id(), "終了"));
            result.add(new Overview.ClosedCase(c.caseNumber(), c.processName(), ministry == null ? null : ministry.nameJa(),
                    outcome, c.startedOn(), japanese(c.startedOn()), c.closedOn(), japanese(c.closedOn()),
                    SupervisorOverview.documentsPath(c.procedure(), c.caseNumber())));
        }
        return result;
    }

    private static final String CLOSED = " from act_hi_procinst p left join act_re_procdef d on d.id_ = p.proc_def_id_";
    private static final String WHERE_CLOSED = " where p.end_time_ is not null and p.super_process_instance_id_ is null"
            + " and p.business_key_ is not null and p.proc_def_key_ in (:keys)";

    /**
     * Every ministry's: the last closed by the history's index on end time, then the registry's ministry of those
     * only (joining the registry first would read every case of ten years).
     */
    private List<Closed> lastClosed() {
        String procedure = OpenCaseQueries.procedureOf("p.proc_def_key_");
        List<Closed> closed = jdbc.sql("select p.id_, p.business_key_, " + procedure + ", d.name_, p.start_time_, p.end_time_"
                        + CLOSED + WHERE_CLOSED + " order by p.end_time_ desc, p.id_ desc limit " + shown)
                .param("keys", CASE_PROCESSES.keySet())
                .query((row, n) -> new Closed(row.getString(1), row.getString(2), Procedure.valueOf(row.getString(3)),
                        row.getString(4), tokyoDate(row.getTimestamp(5)), tokyoDate(row.getTimestamp(6)), null)).list();
        if (closed.isEmpty()) {
            return closed;
        }
        Map<String, String> ministries = new HashMap<>();
        jdbc.sql("select r.procedure, r.case_number, r.ministry from (" + CaseIndex.ENTRIES + ") r where r.case_number in (:numbers)")
                .param("numbers", closed.stream().map(Closed::caseNumber).collect(Collectors.toSet()))
                .query(row -> {
                    ministries.put(row.getString(1) + ":" + row.getString(2), row.getString(3));
                });
        return closed.stream().map(c -> new Closed(c.id(), c.caseNumber(), c.procedure(), c.processName(), c.startedOn(),
                c.closedOn(), ministries.get(c.procedure().name() + ":" + c.caseNumber()))).toList();
    }

    /** A ministry's: the history joined to the registry and filtered by its ministries in SQL. */
    private List<Closed> lastClosedOf(OpenCaseQueries.Scope scope) {
        String procedure = OpenCaseQueries.procedureOf("p.proc_def_key_");
        return jdbc.sql("select p.id_, p.business_key_, " + procedure + ", d.name_, p.start_time_, p.end_time_, r.ministry"
                        + CLOSED + " join (" + CaseIndex.ENTRIES + ") r on r.case_number = p.business_key_ and r.procedure = "
                        + procedure + WHERE_CLOSED + " and r.ministry in (:ministries) order by p.end_time_ desc, p.id_ desc limit " + shown)
                .param("keys", CASE_PROCESSES.keySet())
                .param("ministries", scope.ministryCodes().isEmpty() ? List.of("-") : scope.ministryCodes())
                .query((row, n) -> new Closed(row.getString(1), row.getString(2), Procedure.valueOf(row.getString(3)),
                        row.getString(4), tokyoDate(row.getTimestamp(5)), tokyoDate(row.getTimestamp(6)), row.getString(7))).list();
    }

    /**
     * A screening's processes (the screening, then any Art 55 review, under one number) each record one OUTCOME act
     * when they close: the n-th closed process, by start, ended with the n-th OUTCOME act of the case file.
     */
    private Map<String, String> screeningOutcomes(List<Closed> closed) {
        Set<String> numbers = closed.stream().filter(c -> c.procedure() == Procedure.SCREENING).map(Closed::caseNumber)
                .collect(Collectors.toSet());
        if (numbers.isEmpty()) {
            return new HashMap<>();
        }
        Map<String, List<LegalAct>> acts = caseFile.acts(Procedure.SCREENING, numbers, LegalActType.OUTCOME);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> outcomes = new HashMap<>();
        jdbc.sql("select id_, business_key_ from act_hi_procinst where business_key_ in (:numbers) and proc_def_key_ in (:keys)"
                        + " and super_process_instance_id_ is null and end_time_ is not null order by start_time_, id_")
                .param("numbers", numbers).param("keys", SCREENING_PROCESSES)
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list()
                .forEach(instance -> {
                    int rank = seen.merge(instance.getValue(), 1, Integer::sum) - 1;
                    List<LegalAct> recorded = acts.getOrDefault(instance.getValue(), List.of());
                    if (rank < recorded.size()) {
                        outcomes.put(instance.getKey(), outcomeLabel(recorded.get(rank)));
                    }
                });
        return outcomes;
    }

    /**
     * The label of the outcome an OUTCOME act records as its decision. Acts recorded before the decision was kept have
     * only their text, the code then the label ("NO_CONCERNS 勧告しない（懸念なし）"): its label part.
     */
    private static String outcomeLabel(LegalAct act) {
        if (act.decision() != null) {
            return Outcome.valueOf(act.decision()).labelJa();
        }
        String[] codeAndLabel = act.text().split(" ", 2);
        return codeAndLabel.length == 2 ? codeAndLabel[1] : act.text();
    }

    /** An inspection case ends with the result its conclusion recorded (報告を受領, 立入検査を実施, …), not just 「終結」. */
    private Map<String, String> inspectionResults(List<Closed> closed) {
        Map<String, List<String>> ids = closed.stream().filter(c -> c.procedure() == Procedure.INSPECTION)
                .collect(Collectors.groupingBy(Closed::caseNumber, Collectors.mapping(Closed::id, Collectors.toList())));
        Map<String, String> results = new HashMap<>();
        caseFile.acts(Procedure.INSPECTION, ids.keySet(), LegalActType.INSPECTION_CONCLUDED).forEach((number, acts) ->
                ids.get(number).forEach(id -> results.put(id, acts.get(acts.size() - 1).text())));
        return results;
    }

    /** The name of the end event each of these (root) instances ended at. */
    private Map<String, String> endEvents(List<String> instanceIds) {
        return jdbc.sql("select proc_inst_id_, act_name_ from act_hi_actinst where act_type_ = 'noneEndEvent'"
                        + " and act_name_ is not null and end_time_ is not null and proc_inst_id_ in (:ids) order by id_")
                .param("ids", instanceIds)
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, later) -> later));
    }
}
