package jp.espa.kikan.overview;

import static jp.espa.kikan.overview.SupervisorOverview.CASE_PROCESSES;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.CaseIndex;
import jp.espa.kikan.registry.Procedure;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview's open cases in SQL: counted per ministry and procedure, and the first {@code n} by last day, without
 * reading every open case into memory (8-11 s at 100,000 open cases when it did). One row per open case process (a
 * root instance with a business key) joined to the registry's index (ministry, statutory day), its open tasks (the
 * earliest due date, the holders' groups) and whether it waits for the operator. A case's last day is the earlier of
 * the registry's day and its tasks' due dates; due dates are the end of a day in Tokyo, stored as the JVM's wall time,
 * so the Tokyo day is the stored time moved by the zones' difference.
 */
final class OpenCaseQueries {

    /** Where a case waits for the operator (a message), besides officials' user tasks and timers. */
    static final Set<String> OPERATOR_WAITS = Set.of("receiveTask", "intermediateMessageCatch", "eventBasedGateway");

    /** Whose cases are counted: every case, or those of these ministries (codes). */
    record Scope(boolean everything, Set<String> ministryCodes) {
    }

    /** Open cases of one ministry (null: none on record) and procedure; {@code held[i]}: those at holder i's desk. */
    record Counts(String ministryCode, Procedure procedure, int open, int awaiting, int overdue, int[] held) {
    }

    /** A listed open case as SQL finds it. */
    record Row(String instanceId, String caseNumber, String processName, Procedure procedure, String ministryCode,
               LocalDate lastDay, boolean awaiting, LocalDate startedOn) {
    }

    private final JdbcClient jdbc;
    /** The holders (a ministry's name, 内閣府) and the candidate groups that put a task at each one's desk. */
    private final Map<String, List<String>> holderGroups;

    OpenCaseQueries(JdbcClient jdbc, Map<String, List<String>> holderGroups) {
        this.jdbc = jdbc;
        this.holderGroups = new LinkedHashMap<>(holderGroups);
    }

    List<String> holders() {
        return List.copyOf(holderGroups.keySet());
    }

    /** The counts over every open case of the scope, and the first {@code limit} of them by last day. */
    record Read(List<Counts> counts, List<Row> first) {
    }

    /**
     * One statement for both: the open cases are joined once (a common table, which PostgreSQL materializes as it is
     * read twice), then counted per ministry and procedure and, beside the counts, the first {@code limit} by last
     * day (undated last), then case number. Rows of the two kinds come in one result, told apart by {@code kind}.
     */
    Read read(Scope scope, LocalDate today, int limit) {
        StringBuilder counted = new StringBuilder();
        StringBuilder none = new StringBuilder();
        for (int i = 0; i < holderGroups.size(); i++) {
            counted.append(", sum(coalesce(o.h").append(i).append(", 0))");
            none.append(", 0");
        }
        String sql = "with o as (" + cases(scope) + ")"
                + " select 'C', o.ministry, o.procedure, count(*), sum(o.awaiting), sum(case when o.last_day < :today then 1 else 0 end)"
                + counted + ", cast(null as varchar(64)), cast(null as varchar(255)), cast(null as varchar(255)),"
                + " cast(null as date), cast(null as timestamp) from o group by o.ministry, o.procedure"
                + " union all select 'R', f.ministry, f.procedure, 0, f.awaiting, 0" + none
                + ", f.id, f.case_number, f.name, f.last_day, f.started from (select o.id, o.case_number, d.name_ as name,"
                + " o.procedure, o.ministry, o.last_day, o.awaiting, o.started from o left join act_re_procdef d on d.id_ = o.def_id"
                + " order by case when o.last_day is null then 1 else 0 end, o.last_day, o.case_number, o.id limit " + limit + ") f";
        int holders = holderGroups.size();
        List<Counts> counts = new ArrayList<>();
        List<Row> first = new ArrayList<>();
        parameters(jdbc.sql(sql), scope).param("today", today).query(rs -> {
            Procedure procedure = Procedure.valueOf(rs.getString(3));
            if ("C".equals(rs.getString(1))) {
                int[] held = new int[holders];
                for (int i = 0; i < holders; i++) {
                    held[i] = rs.getInt(7 + i);
                }
                counts.add(new Counts(rs.getString(2), procedure, rs.getInt(4), rs.getInt(5), rs.getInt(6), held));
            } else {
                int at = 7 + holders;
                first.add(new Row(rs.getString(at), rs.getString(at + 1), rs.getString(at + 2), procedure, rs.getString(2),
                        rs.getObject(at + 3, LocalDate.class), rs.getInt(5) == 1, SupervisorOverview.tokyoDate(rs.getTimestamp(at + 4))));
            }
        });
        // a union's rows come in no particular order
        first.sort(Comparator.comparing(Row::lastDay, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::caseNumber).thenComparing(Row::instanceId));
        return new Read(counts, first);
    }

    /** An open step of a listed case: its activity, its task (null for a wait) and the timer's day of a timer. */
    record Step(String rootId, String activityId, String name, String type, String taskId) {
    }

    List<Step> steps(Collection<String> rootIds, Set<String> types) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select a.root_proc_inst_id_, a.act_id_, a.act_name_, a.act_type_, a.task_id_ from act_hi_actinst a"
                        + " where a.end_time_ is null and a.act_type_ in (:types) and a.root_proc_inst_id_ in (:roots)"
                        + " order by a.start_time_, a.id_")
                .param("types", types).param("roots", rootIds)
                .query((rs, n) -> new Step(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The day each listed case waits for at a timer (enforcement, the end of a public comment, a re-review), if any. */
    Map<String, LocalDate> awaitedDays(Collection<String> rootIds) {
        if (rootIds.isEmpty()) {
            return Map.of();
        }
        Map<String, LocalDate> days = new HashMap<>();
        jdbc.sql("select a.root_proc_inst_id_, j.duedate_ from act_hi_actinst a join act_ru_job j on j.execution_id_ = a.execution_id_"
                        + " where a.end_time_ is null and a.act_type_ = 'intermediateTimer' and j.type_ = 'timer'"
                        + " and j.duedate_ is not null and a.root_proc_inst_id_ in (:roots)")
                .param("roots", rootIds)
                .query((rs, n) -> Map.entry(rs.getString(1), SupervisorOverview.tokyoDate(rs.getTimestamp(2)))).list()
                .forEach(e -> days.merge(e.getKey(), e.getValue(), (a, b) -> a.isBefore(b) ? a : b));
        return days;
    }

    /** The procedure whose numbers a case process's business keys are, in SQL, from its definition key's column. */
    static String procedureOf(String definitionKeyColumn) {
        return CASE_PROCESSES.entrySet().stream()
                .map(e -> "when '" + e.getKey() + "' then '" + e.getValue().name() + "'")
                .collect(Collectors.joining(" ", "case " + definitionKeyColumn + " ", " end"));
    }

    /** One row per open case process of the scope, with its last day, whether it waits for the operator and its holders. */
    private String cases(Scope scope) {
        String procedure = procedureOf("p.proc_def_key_");
        StringBuilder held = new StringBuilder();
        StringBuilder heldColumns = new StringBuilder();
        for (int i = 0; i < holderGroups.size(); i++) {
            held.append(", max(case when l.group_id_ in (:g").append(i).append(") then 1 else 0 end) as h").append(i);
            heldColumns.append(", k.h").append(i);
        }
        String dueDay = "cast(k.due + interval '" + minutesToTokyo() + "' minute as date)";
        String inner = "select p.id_ as id, p.business_key_ as case_number, p.proc_def_id_ as def_id, p.start_time_ as started,"
                + " " + procedure + " as procedure, r.ministry as ministry, r.deadline as deadline, " + dueDay + " as due_day,"
                + " coalesce(k.awaiting, 0) as awaiting" + heldColumns
                + " from act_hi_procinst p"
                + " left join (" + CaseIndex.ENTRIES + ") r on r.case_number = p.business_key_ and r.procedure = " + procedure
                // the open steps of every case, in one pass over the open activities (the history's index on end time):
                // the earliest due date of its tasks, whether it waits for the operator, whose desks its tasks are at
                + " left join (select a.root_proc_inst_id_ as root, min(t.due_date_) as due, max(case when a.act_type_ in"
                + " ('receiveTask', 'intermediateMessageCatch', 'eventBasedGateway') then 1 else 0 end) as awaiting" + held
                + " from act_hi_actinst a left join act_ru_task t on t.id_ = a.task_id_"
                + " left join act_ru_identitylink l on l.task_id_ = a.task_id_ and l.type_ = 'candidate'"
                + " where a.end_time_ is null and a.act_type_ in ('userTask', 'receiveTask', 'intermediateMessageCatch',"
                + " 'eventBasedGateway') group by a.root_proc_inst_id_) k on k.root = p.id_"
                + " where p.end_time_ is null and p.super_process_instance_id_ is null and p.business_key_ is not null"
                + " and p.proc_def_key_ in (:keys)" + (scope.everything() ? "" : " and r.ministry in (:ministries)");
        return "select c.*, case when c.due_day is null then c.deadline when c.deadline is null or c.due_day < c.deadline"
                + " then c.due_day else c.deadline end as last_day from (" + inner + ") c";
    }

    private JdbcClient.StatementSpec parameters(JdbcClient.StatementSpec statement, Scope scope) {
        statement = statement.param("keys", CASE_PROCESSES.keySet());
        if (!scope.everything()) {
            // an empty list is no SQL: a code no ministry has
            statement = statement.param("ministries", scope.ministryCodes().isEmpty() ? List.of("-") : scope.ministryCodes());
        }
        List<List<String>> groups = new ArrayList<>(holderGroups.values());
        for (int i = 0; i < groups.size(); i++) {
            statement = statement.param("g" + i, groups.get(i));
        }
        return statement;
    }

    /**
     * Minutes from the JVM's wall time (how the engine stores a timestamp) to Tokyo's. A whole number of this JVM's
     * making, so written into the SQL: an interval cannot be a parameter in both H2 and PostgreSQL.
     */
    private static int minutesToTokyo() {
        Instant now = Instant.now();
        return (StatutoryPeriods.TOKYO.getRules().getOffset(now).getTotalSeconds()
                - ZoneId.systemDefault().getRules().getOffset(now).getTotalSeconds()) / 60;
    }
}
