package jp.espa.kikan.overview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.CaseIndex;
import jp.espa.kikan.registry.DecisionLog;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.AccessPolicy.Reach;
import jp.espa.kikan.security.AccessPolicy.Role;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The supervisors' overview (the Cabinet Office: every case; a ministry's reviewers: the cases of its sectors) read
 * across procedures from the engine (where each open case stands, closed cases and how they ended) and the registry
 * (competent ministry, statutory days, decision evaluations). Who sees which case is {@link AccessPolicy}'s
 * READ_OVERVIEW; the engine is read as the system, since the viewer's own engine permissions cover less than it may see.
 */
@Service
public class SupervisorOverview {

    /**
     * The processes that are cases (a yearly re-evaluation schedule is not one), with the procedure whose numbers their
     * business keys are: numbers are unique within a procedure only, so a case is looked up by both.
     */
    static final Map<String, Procedure> CASE_PROCESSES = Map.of(
            "EquipmentScreeningProcess", Procedure.SCREENING, "PostIntroductionReviewProcess", Procedure.SCREENING,
            "DesignationProcess", Procedure.DESIGNATION, "RevocationProcess", Procedure.DESIGNATION,
            "ChangeNoticeProcess", Procedure.DESIGNATION, "SectorAdditionProcess", Procedure.SECTOR_ADDITION,
            "ReportAndInspectionProcess", Procedure.INSPECTION);
    /** Where a case waits for the operator (a message) or for a day (a timer), besides officials' user tasks. */
    private static final Set<String> OPERATOR_WAITS = Set.of("receiveTask", "intermediateMessageCatch", "eventBasedGateway");
    private static final Set<String> STEPS = Set.of("userTask", "receiveTask", "intermediateMessageCatch",
            "eventBasedGateway", "intermediateTimer");
    private static final String OPERATOR = "事業者";
    private static final String CALENDAR = "期日の到来";
    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPANESE);

    /** The Japanese words of the outcome codes decision evaluations record. */
    private static final Map<String, String> EVALUATION_OUTCOMES = Map.ofEntries(
            Map.entry("NONE", "リスク要因なし"), Map.entry("LOW", "リスク低"), Map.entry("MEDIUM", "リスク中"),
            Map.entry("HIGH", "リスク高"), Map.entry("IMPORTANT", "重要な変更"), Map.entry("REPORT", "報告を要する変更"),
            Map.entry("MINOR", "軽微な変更"), Map.entry("MEETS", "指定基準に該当"), Map.entry("DOES_NOT_MEET", "指定基準に該当しない"),
            Map.entry("SME", "中小企業者に該当"), Map.entry("NOT_SME", "中小企業者に該当しない"),
            Map.entry("EXCLUDED", "除外基準に該当"), Map.entry("NOT_EXCLUDED", "除外基準に該当しない"),
            Map.entry("LIST", "対象事業に追加する方向"), Map.entry("DO_NOT_LIST", "対象としない方向"),
            Map.entry("KEEP_STUDYING", "引き続き検討"));
    private static final Map<Procedure, String> PROCEDURES = Map.of(
            Procedure.SCREENING, "導入等計画書の審査", Procedure.DESIGNATION, "特定社会基盤事業者の指定",
            Procedure.SECTOR_ADDITION, "対象事業の追加の検討", Procedure.INSPECTION, "報告徴収及び立入検査");

    private final HistoryService history;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final CaseIndex cases;
    private final DecisionLog decisions;
    private final SectorRegistry sectors;
    private final AccessChecks access;
    private final StatutoryTime time;
    private final JdbcClient jdbc;
    private final Listed listed;
    private final ClosedCases closedCases;

    /**
     * How many rows each list shows at most: the open cases nearest their last day (the workload counts them all), the
     * cases closed last, the latest decision evaluations. Ten years of cases would otherwise make one page of
     * hundreds of thousands of rows. {@code historyPage}: how many closed cases are read at a time to find those.
     */
    record Listed(int openCases, int closedCases, int evaluations, int historyPage) {
        static final Listed DEFAULT = new Listed(500, 200, 500, 5000);
    }

    @Autowired
    SupervisorOverview(HistoryService history, TaskService tasks, RepositoryService repository, IdentityService identity,
                       CaseIndex cases, DecisionLog decisions, SectorRegistry sectors, AccessChecks access, StatutoryTime time,
                       JdbcClient jdbc) {
        this(history, tasks, repository, identity, cases, decisions, sectors, access, time, jdbc, Listed.DEFAULT);
    }

    SupervisorOverview(HistoryService history, TaskService tasks, RepositoryService repository, IdentityService identity,
                       CaseIndex cases, DecisionLog decisions, SectorRegistry sectors, AccessChecks access, StatutoryTime time,
                       JdbcClient jdbc, Listed listed) {
        this.history = history;
        this.tasks = tasks;
        this.repository = repository;
        this.identity = identity;
        this.cases = cases;
        this.decisions = decisions;
        this.sectors = sectors;
        this.access = access;
        this.time = time;
        this.jdbc = jdbc;
        this.listed = listed;
        this.closedCases = new ClosedCases(history, jdbc, listed.closedCases(), listed.historyPage());
    }

    /** The overview as {@code actor} may read it today; refused to an actor with no right to it at all. */
    public Overview read(Actor actor) {
        boolean everything = actor.isSystem() || Role.of(actor).stream()
                .anyMatch(role -> AccessPolicy.reach(role, Action.READ_OVERVIEW) == Reach.ALL);
        if (!everything && Role.of(actor).stream().allMatch(role -> AccessPolicy.reach(role, Action.READ_OVERVIEW) == null)) {
            throw new NotPermittedException(actor.userId() + " may not read the overview.");
        }
        List<Ministry> ministries = sectors.ministries();
        Map<String, Ministry> byCode = ministries.stream().collect(Collectors.toMap(Ministry::code, Function.identity()));
        Map<String, CaseIndex.Entry> index = cases.all().stream()
                .collect(Collectors.toMap(entry -> key(entry.procedure(), entry.caseNumber()), Function.identity()));
        Function<String, Ministry> ministryOf = key -> {
            CaseIndex.Entry entry = index.get(key);
            return entry == null ? null : byCode.get(entry.ministryCode());
        };
        Function<String, Boolean> visible = key -> everything || (ministryOf.apply(key) != null
                && access.permits(actor, Action.READ_OVERVIEW, Subject.ofMinistry(ministryOf.apply(key).reviewerGroup())));
        LocalDate today = time.today();

        // read as the service: the viewer's engine grants are narrower than what READ_OVERVIEW lets it see
        List<Overview.OpenCase> open = Actor.asTheService(identity,
                () -> openCases(index, ministryOf, visible, ministries, today));
        List<Overview.ClosedCase> closed = Actor.asTheService(identity, () -> closedCases.read(index, ministryOf, visible));
        List<Overview.Evaluation> evaluations = Actor.asTheService(identity, () -> evaluations(visible));
        List<Overview.Workload> workload = workload(open, ministries, everything);
        String scope = everything ? "全府省" : ministries.stream()
                .filter(m -> access.permits(actor, Action.READ_OVERVIEW, Subject.ofMinistry(m.reviewerGroup())))
                .map(Ministry::nameJa).collect(Collectors.joining("、"));
        return new Overview(today, japanese(today), scope, open.size(), open.subList(0, Math.min(open.size(), listed.openCases())),
                closed, workload, evaluations);
    }

    private List<Overview.OpenCase> openCases(Map<String, CaseIndex.Entry> index, Function<String, Ministry> ministryOf,
                                              Function<String, Boolean> visible, List<Ministry> ministries, LocalDate today) {
        List<HistoricProcessInstance> running = history.createHistoricProcessInstanceQuery().unfinished().rootProcessInstances()
                .list().stream().filter(p -> CASE_PROCESSES.containsKey(p.getProcessDefinitionKey()) && p.getBusinessKey() != null)
                .filter(p -> visible.apply(key(p))).toList();
        if (running.isEmpty()) {
            return List.of();
        }
        Set<String> roots = running.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        Map<String, List<HistoricActivityInstance>> waits = history.createHistoricActivityInstanceQuery().unfinished().list()
                .stream().filter(a -> roots.contains(a.getRootProcessInstanceId()) && STEPS.contains(a.getActivityType()))
                .collect(Collectors.groupingBy(HistoricActivityInstance::getRootProcessInstanceId));
        Map<String, Task> openTasks = tasks.createTaskQuery().list().stream()
                .collect(Collectors.toMap(Task::getId, Function.identity()));
        TaskHolders holders = new TaskHolders(jdbc, identity, ministries);
        List<Overview.OpenCase> result = new ArrayList<>();
        for (HistoricProcessInstance p : running) {
            String caseNumber = p.getBusinessKey();
            List<HistoricActivityInstance> steps = waits.getOrDefault(p.getId(), List.of());
            List<String> stepNames = new ArrayList<>();
            List<String> stepHolders = new ArrayList<>();
            List<String> heldBy = new ArrayList<>();
            List<LocalDate> lastDays = new ArrayList<>();
            boolean awaitingOperator = false;
            for (HistoricActivityInstance step : steps) {
                stepNames.add(Objects.requireNonNullElse(step.getActivityName(), step.getActivityId()));
                Task task = step.getTaskId() == null ? null : openTasks.get(step.getTaskId());
                if (task != null) {
                    TaskHolders.Holder holder = holders.of(task);
                    stepHolders.add(holder.label());
                    heldBy.addAll(holder.ministries());
                    if (task.getDueDate() != null) {
                        lastDays.add(StatutoryPeriods.today(task.getDueDate().toInstant()));
                    }
                } else if (OPERATOR_WAITS.contains(step.getActivityType())) {
                    awaitingOperator = true;
                    stepHolders.add(OPERATOR);
                } else if (!"userTask".equals(step.getActivityType())) {
                    stepHolders.add(CALENDAR);
                }
            }
            CaseIndex.Entry entry = index.get(key(p));
            if (entry != null && entry.deadline() != null) {
                lastDays.add(entry.deadline());
            }
            LocalDate lastDay = lastDays.stream().min(Comparator.naturalOrder()).orElse(null);
            Long daysLeft = lastDay == null ? null : time.daysLeft(lastDay);
            Ministry ministry = ministryOf.apply(key(p));
            LocalDate startedOn = tokyoDate(p.getStartTime());
            result.add(new Overview.OpenCase(caseNumber, p.getProcessDefinitionName(), ministry == null ? null : ministry.nameJa(),
                    joined(stepNames), joined(stepHolders), heldBy.stream().distinct().toList(), awaitingOperator, lastDay, japanese(lastDay), daysLeft,
                    daysLeft != null && daysLeft <= 0, startedOn, japanese(startedOn)));
        }
        result.sort(Comparator.comparing(Overview.OpenCase::lastDay, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Overview.OpenCase::caseNumber));
        return result;
    }

    static String key(Procedure procedure, String caseNumber) {
        return procedure + ":" + caseNumber;
    }

    static String key(HistoricProcessInstance p) {
        return key(CASE_PROCESSES.get(p.getProcessDefinitionKey()), p.getBusinessKey());
    }

    private List<Overview.Evaluation> evaluations(Function<String, Boolean> visible) {
        Map<String, String> names = new LinkedHashMap<>();
        return decisions.all().stream().filter(e -> visible.apply(key(e.procedure(), e.caseNumber())))
                .limit(listed.evaluations()).map(e -> {
            String name = names.computeIfAbsent(e.decisionKey() + ":" + e.decisionVersion(), key -> {
                DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(e.decisionKey())
                        .decisionDefinitionVersion(e.decisionVersion()).singleResult();
                return definition == null || definition.getName() == null ? e.decisionKey() : definition.getName();
            });
            LocalDate on = StatutoryPeriods.today(e.evaluatedAt().toInstant());
            return new Overview.Evaluation(e.caseNumber(), PROCEDURES.get(e.procedure()), name, e.decisionVersion(),
                    EVALUATION_OUTCOMES.getOrDefault(e.outcome(), e.outcome()), on, japanese(on));
        }).toList();
    }

    /** Per ministry: the open cases of its competence (waiting for operators, overdue) and the cases at its officials' desks. */
    private static List<Overview.Workload> workload(List<Overview.OpenCase> open, List<Ministry> ministries, boolean everything) {
        List<String> names = new ArrayList<>(ministries.stream().map(Ministry::nameJa).toList());
        if (everything) {
            names.add(TaskHolders.CABINET_OFFICE);
        }
        List<Overview.Workload> result = new ArrayList<>();
        for (String name : names) {
            List<Overview.OpenCase> own = open.stream().filter(c -> name.equals(c.ministry())).toList();
            int held = (int) open.stream().filter(c -> c.heldBy().contains(name)).count();
            int awaiting = (int) own.stream().filter(Overview.OpenCase::awaitingOperator).count();
            int overdue = (int) own.stream().filter(Overview.OpenCase::overdue).count();
            if (!own.isEmpty() || held > 0) {
                result.add(new Overview.Workload(name, own.size(), held, awaiting, overdue));
            }
        }
        return result;
    }

    private static String joined(List<String> parts) {
        return parts.stream().filter(part -> !part.isBlank()).distinct().collect(Collectors.joining("、"));
    }

    static LocalDate tokyoDate(Date instant) {
        return instant == null ? null : StatutoryPeriods.today(instant.toInstant());
    }

    static String japanese(LocalDate date) {
        return date == null ? null : JAPANESE_DATE.format(date);
    }
}
