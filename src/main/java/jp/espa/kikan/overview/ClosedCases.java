package jp.espa.kikan.overview;

import static jp.espa.kikan.overview.SupervisorOverview.CASE_PROCESSES;
import static jp.espa.kikan.overview.SupervisorOverview.japanese;
import static jp.espa.kikan.overview.SupervisorOverview.key;
import static jp.espa.kikan.overview.SupervisorOverview.tokyoDate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.espa.kikan.registry.CaseIndex;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.Procedure;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview's cases closed last, at most {@code shown} of those the viewer may see. Found in the engine's history
 * by end time, a page of ids and case numbers at a time ({@code page}), until enough are visible: a ministry with few
 * closed cases may need all of ten years, and the engine's own query with paging took 47 s for that (100,000 closed
 * cases); then the engine reads only the instances shown.
 */
final class ClosedCases {

    private final HistoryService history;
    private final JdbcClient jdbc;
    private final int shown;
    private final int page;

    ClosedCases(HistoryService history, JdbcClient jdbc, int shown, int page) {
        this.history = history;
        this.jdbc = jdbc;
        this.shown = shown;
        this.page = page;
    }

    List<Overview.ClosedCase> read(Map<String, CaseIndex.Entry> index, Function<String, Ministry> ministryOf,
                                   Function<String, Boolean> visible) {
        List<String> ids = new ArrayList<>();
        Finished last = null;
        while (ids.size() < shown) {
            List<Finished> finished = finishedCases(last);
            finished.stream().filter(f -> visible.apply(key(CASE_PROCESSES.get(f.definitionKey()), f.caseNumber())))
                    .limit(shown - ids.size()).forEach(f -> ids.add(f.id()));
            if (finished.size() < page) {
                break;
            }
            last = finished.get(finished.size() - 1);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(Set.copyOf(ids)).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        Map<String, String> endEvents = endEvents(ids);
        List<Overview.ClosedCase> result = new ArrayList<>();
        for (String id : ids) {
            HistoricProcessInstance p = instances.get(id);
            CaseIndex.Entry entry = index.get(key(p));
            String outcome = entry != null && entry.procedure() == Procedure.SCREENING && entry.outcome() != null
                    ? Outcome.valueOf(entry.outcome()).labelJa() : endEvents.getOrDefault(p.getId(), "終了");
            Ministry ministry = ministryOf.apply(key(p));
            LocalDate startedOn = tokyoDate(p.getStartTime());
            LocalDate closedOn = tokyoDate(p.getEndTime());
            result.add(new Overview.ClosedCase(p.getBusinessKey(), p.getProcessDefinitionName(),
                    ministry == null ? null : ministry.nameJa(), outcome, startedOn, japanese(startedOn), closedOn, japanese(closedOn)));
        }
        return result;
    }

    /** A finished case process (a root instance): its id, case number and model, as the history lists them. */
    private record Finished(String id, String caseNumber, String definitionKey, Timestamp endTime) {
    }

    /** The next page of finished case processes, the last ended first, after {@code last} (null: from the start). */
    private List<Finished> finishedCases(Finished last) {
        String after = last == null ? "" : " and (p.end_time_ < :end or p.end_time_ = :end and p.id_ < :id)";
        var statement = jdbc.sql("select p.id_, p.business_key_, p.proc_def_key_, p.end_time_ from act_hi_procinst p"
                        + " where p.end_time_ is not null and p.super_process_instance_id_ is null"
                        + " and p.business_key_ is not null and p.proc_def_key_ in (:keys)"
                        + after + " order by p.end_time_ desc, p.id_ desc limit " + page)
                .param("keys", CASE_PROCESSES.keySet());
        if (last != null) {
            statement = statement.param("end", last.endTime()).param("id", last.id());
        }
        return statement.query((row, n) -> new Finished(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4)))
                .list();
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
