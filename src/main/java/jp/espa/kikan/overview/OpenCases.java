package jp.espa.kikan.overview;

import static jp.espa.kikan.overview.SupervisorOverview.japanese;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.Procedure;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview's open cases for one reading: the workload from counts SQL makes over every open case of the scope, and
 * the cases listed (nearest their last day) with their steps, who holds them and the day a case waits for.
 */
final class OpenCases {

    private static final Set<String> STEPS = Set.of("userTask", "receiveTask", "intermediateMessageCatch",
            "eventBasedGateway", "intermediateTimer");
    private static final String OPERATOR = "事業者";
    private static final String CALENDAR = "期日の到来";

    private final OpenCaseQueries queries;
    private final IdentityService identity;
    private final JdbcClient jdbc;
    private final StatutoryTime time;
    private final List<Ministry> ministries;
    private final Map<String, Ministry> byCode;

    OpenCases(OpenCaseQueries queries, IdentityService identity, JdbcClient jdbc, StatutoryTime time, List<Ministry> ministries,
              Map<String, Ministry> byCode) {
        this.queries = queries;
        this.identity = identity;
        this.jdbc = jdbc;
        this.time = time;
        this.ministries = ministries;
        this.byCode = byCode;
    }

    /** The counts over every open case of the scope, and the first {@code limit} by last day with their steps. */
    record Read(List<OpenCaseQueries.Counts> counts, List<Overview.OpenCase> first) {
    }

    Read read(OpenCaseQueries.Scope scope, LocalDate today, int limit) {
        OpenCaseQueries.Read read = queries.read(scope, today, limit);
        return new Read(read.counts(), first(read.first()));
    }

    /** The cases listed, each with its steps, who holds them and the day it waits for. */
    private List<Overview.OpenCase> first(List<OpenCaseQueries.Row> rows) {
        List<String> ids = rows.stream().map(OpenCaseQueries.Row::instanceId).toList();
        Map<String, List<OpenCaseQueries.Step>> steps = queries.steps(ids, STEPS).stream()
                .collect(Collectors.groupingBy(OpenCaseQueries.Step::rootId));
        TaskHolders holders = new TaskHolders(jdbc, identity, ministries, steps.values().stream().flatMap(List::stream)
                .map(OpenCaseQueries.Step::taskId).filter(Objects::nonNull).toList());
        Map<String, LocalDate> awaitedDays = queries.awaitedDays(ids);
        List<Overview.OpenCase> result = new ArrayList<>();
        for (OpenCaseQueries.Row row : rows) {
            List<String> stepNames = new ArrayList<>();
            List<String> stepHolders = new ArrayList<>();
            List<String> heldBy = new ArrayList<>();
            for (OpenCaseQueries.Step step : steps.getOrDefault(row.instanceId(), List.of())) {
                stepNames.add(Objects.requireNonNullElse(step.name(), step.activityId()));
                if (step.taskId() != null && holders.open(step.taskId())) {
                    TaskHolders.Holder holder = holders.of(step.taskId());
                    stepHolders.add(holder.label());
                    heldBy.addAll(holder.ministries());
                } else if (OpenCaseQueries.OPERATOR_WAITS.contains(step.type())) {
                    stepHolders.add(OPERATOR);
                } else if (!"userTask".equals(step.type())) {
                    stepHolders.add(CALENDAR);
                }
            }
            Long daysLeft = row.lastDay() == null ? null : time.daysLeft(row.lastDay());
            Ministry ministry = row.ministryCode() == null ? null : byCode.get(row.ministryCode());
            LocalDate awaited = awaitedDays.get(row.instanceId());
            result.add(new Overview.OpenCase(row.caseNumber(), row.processName(), ministry == null ? null : ministry.nameJa(),
                    joined(stepNames), joined(stepHolders), heldBy.stream().distinct().toList(), row.awaiting(), row.lastDay(),
                    japanese(row.lastDay()), daysLeft, daysLeft != null && daysLeft <= 0, row.startedOn(), japanese(row.startedOn()),
                    awaited, japanese(awaited), row.instanceId(), SupervisorOverview.documentsPath(row.procedure(), row.caseNumber())));
        }
        return result;
    }

    /**
     * Per ministry: the open cases of its competence (waiting for operators, overdue) and those at its officials' desks;
     * for the Cabinet Office (shown to who sees everything), the sector reviews it conducts and those at its desk.
     */
    List<Overview.Workload> workload(List<OpenCaseQueries.Counts> counts, boolean everything) {
        List<String> holders = queries.holders();
        List<Overview.Workload> result = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            String name = holders.get(i);
            boolean cabinetOffice = name.equals(TaskHolders.CABINET_OFFICE);
            int open = 0;
            int awaiting = 0;
            int overdue = 0;
            int held = 0;
            for (OpenCaseQueries.Counts c : counts) {
                Ministry ministry = c.ministryCode() == null ? null : byCode.get(c.ministryCode());
                boolean own = cabinetOffice ? c.procedure() == Procedure.SECTOR_ADDITION
                        : ministry != null && name.equals(ministry.nameJa());
                if (own) {
                    open += c.open();
                    awaiting += c.awaiting();
                    overdue += c.overdue();
                }
                held += c.held()[i];
            }
            if (open > 0 || held > 0) {
                result.add(new Overview.Workload(name, open, held, awaiting, overdue));
            }
        }
        return result;
    }

    private static String joined(List<String> parts) {
        return parts.stream().filter(part -> !part.isBlank()).distinct().collect(Collectors.joining("、"));
    }
}
