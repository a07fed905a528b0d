package jp.espa.kikan.platform;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
// engine internals: a parse listener is the engine's only way to add listeners to the models' steps without a new
// version of the models (which would have to move the running cases); the command context runs the service's own
// writes without the official's authorizations
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Where a case waits for the operator (a corrected plan, the reply to a recommendation, a report), the ministry that
 * waits sees it in Tasklist (事業者の対応待ち: security/TasklistFilter) as a task of its own with the operator's last day
 * as due date. The models do not change (their running cases stay where they are, the messages correlate as before):
 * the service opens the task when the case reaches the step that waits and closes it when the step ends, by built-in
 * listeners on those steps. The task is the service's, not the official's:
 * <ul>
 * <li>standalone (no execution), so no completion of it can move the case: only the operator's message does;</li>
 * <li>the competent ministry may read it, not work on it (a READ grant, no candidate group: the engine would give one
 * TASK_WORK); the engine surfaces' guard refuses every change of it to everyone (security/EngineRequestGuard);</li>
 * <li>it records nothing: the legal record is the operator's act in the case file, recorded by the service that
 * correlates the message, in the same transaction as the task's closing.</li>
 * </ul>
 * Cases already waiting when a release brings this in get their task at start ({@link #openForCasesAlreadyWaiting}).
 */
@Component
public class OperatorWaits extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorWaits.class);

    /** Task-local: the process instance that waits, to find its task again. */
    public static final String AWAITED_IN = "taskAwaitedIn";
    /**
     * Task-local: the wait's key (Await_…), what marks the task as a wait for the filter, the guard and the cards. Not
     * the task definition key: the engine takes a standalone task with one for a CMMN task.
     */
    public static final String AWAITING = "taskAwaiting";
    /** Matches {@link #AWAITING} of every wait (taskVariableValueLike). */
    public static final String ANY_WAIT = "Await%";

    /** How a wait ends: the operator acts (the task completes), the last day passes, or the step is cancelled. */
    enum End { ARRIVED, EXPIRED, CANCELLED }

    /**
     * One step that waits: the task's key and name, the ministry's group and due date as model expressions (no due
     * date: the key's standard period), and the steps whose start ends the wait besides the waiting step's own end.
     */
    record Wait(String processKey, String activityId, String taskKey, String name, String description,
                String groupExpression, String dueExpression, Map<String, End> endedBy) {
    }

    public static final List<Wait> WAITS = List.of(
            // APA Art 7: the correction request names no statutory last day; the card shows the standard period
            new Wait("EquipmentScreeningProcess", "Event_PlanCorrected", "Await_PlanCorrected",
                    "補正された計画書の提出待ち（事業者の対応待ち）",
                    "補正を求めた導入等計画書の再提出を待っています。期限は標準処理期間の末日（補正の目安）です。"
                            + "補正された計画書が到達すると、このタスクは自動で閉じ、記載事項の確認に戻ります。職員は完了できません。",
                    "${screeningSteps.reviewerGroup(execution)}", null, Map.of()),
            // Art 52(7): the reply within 10 days counted from delivery (施行令第十一条, 様式第六)
            new Wait("RecommendationProcess", "Gateway_AwaitReply", "Await_OperatorReply",
                    "勧告に対する回答待ち（事業者の対応待ち）",
                    "勧告を受けた事業者の回答（応諾する・応諾しない）を待っています（法第52条第7項）。期限は回答期限です。"
                            + "回答が到達すると、このタスクは自動で閉じます。職員は完了できません。",
                    "${screeningSteps.reviewerGroup(execution)}", "${recommendationSteps.replyDueAtEndOfDay(execution)}",
                    Map.of("Event_OperatorReplied", End.ARRIVED, "Event_ReplyPeriodExpired", End.EXPIRED)),
            // Art 58(1), (2): the report by the day the request set
            new Wait("ReportAndInspectionProcess", "Task_AwaitReport", "Await_Report",
                    "報告の提出待ち（事業者の対応待ち）",
                    "求めた報告（法第58条）の提出を待っています。期限は報告の期限です。報告が提出されると、このタスクは"
                            + "自動で閉じます。職員は完了できません。",
                    "${reportAndInspectionSteps.reviewerGroup(execution)}",
                    "${reportAndInspectionSteps.dueAtEndOfDueDay(execution)}",
                    Map.of("Event_ReportDue", End.EXPIRED)));

    private final StandardPeriods standardPeriods;
    /** The engine this plugin helps build: its services are read from it once built (a plugin cannot take them). */
    private ProcessEngineConfigurationImpl configuration;

    OperatorWaits(StandardPeriods standardPeriods) {
        this.standardPeriods = standardPeriods;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                WAITS.stream().filter(wait -> wait.processKey().equals(process.getKey())).forEach(wait -> listen(process, wait));
            }
        });
    }

    /** Built-in listeners: they run even where an administrator skips the models' own (deleting a case, migration). */
    private void listen(ProcessDefinitionEntity process, Wait wait) {
        ActivityImpl step = process.findActivity(wait.activityId());
        if (step == null) {
            return; // an earlier version of the model without that step
        }
        step.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> open(wait, execution));
        step.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                close(wait, execution.getProcessInstanceId(), End.ARRIVED);
                return;
            }
            // an event-based gateway and a step with a boundary timer end cancelled before the event that ended them
            // starts (the reply, the last day passed): what is left open when the transaction ends was cancelled
            String waiting = execution.getProcessInstanceId();
            Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
                @Override
                public void onCommandContextClose(CommandContext context) {
                    close(wait, waiting, End.CANCELLED);
                }

                @Override
                public void onCommandFailed(CommandContext context, Throwable failure) {
                    // rolled back: the task stays as it was
                }
            });
        });
        wait.endedBy().forEach((activityId, end) -> {
            ActivityImpl next = process.findActivity(activityId);
            if (next != null) {
                next.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
                        close(wait, execution.getProcessInstanceId(), end));
            }
        });
    }

    private void open(Wait wait, DelegateExecution execution) {
        String group = (String) evaluate(wait.groupExpression(), execution);
        Date due = wait.dueExpression() == null ? standardPeriods.due(wait.taskKey(), ClockUtil.getCurrentTime().toInstant())
                : (Date) evaluate(wait.dueExpression(), execution);
        TaskService tasks = configuration.getTaskService();
        Context.getCommandContext().runWithoutAuthorization(() -> {
            if (!openTasks(wait, execution.getProcessInstanceId()).isEmpty()) {
                return null; // opened already (a backfill that met the listener)
            }
            Task task = tasks.newTask();
            task.setName(wait.name());
            task.setDescription(wait.description());
            task.setDueDate(due);
            tasks.saveTask(task);
            tasks.setVariablesLocal(task.getId(), Map.of(AWAITED_IN, execution.getProcessInstanceId(), AWAITING, wait.taskKey(),
                    TaskCards.CARD, TaskCards.card(execution.getProcessBusinessKey(), execution::getVariable)));
            readOnly(task.getId(), group);
            return null;
        });
    }

    /**
     * The competent ministry reads the task; it is no candidate (which the engine would let claim and complete it, and
     * which would put the wait among the official's own work in 自分の担当 and 期限超過).
     */
    private void readOnly(String taskId, String group) {
        AuthorizationService authorizations = configuration.getAuthorizationService();
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.TASK);
        grant.setResourceId(taskId);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }

    private void close(Wait wait, String processInstanceId, End end) {
        TaskService tasks = configuration.getTaskService();
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (Task task : openTasks(wait, processInstanceId)) { // one; two only where two nodes backfilled at once
                if (end == End.ARRIVED) {
                    tasks.complete(task.getId());
                } else {
                    tasks.deleteTask(task.getId(), end == End.EXPIRED ? "期限の経過" : "手続の終了・取消");
                }
            }
            return null;
        });
    }

    private List<Task> openTasks(Wait wait, String processInstanceId) {
        return configuration.getTaskService().createTaskQuery().taskVariableValueEquals(AWAITING, wait.taskKey())
                .taskVariableValueEquals(AWAITED_IN, processInstanceId).list();
    }

    private Object evaluate(String expression, DelegateExecution execution) {
        return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(expression).getValue(execution);
    }

    /** Cases that waited for the operator before the release that opens these tasks get theirs, once. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(3) // after RunningInstanceUpgrade (1) and OpenTaskBackfill (2)
    public void openForCasesAlreadyWaiting() {
        RuntimeService runtime = configuration.getRuntimeService();
        int opened = 0;
        for (Wait wait : WAITS) {
            for (Execution waiting : runtime.createExecutionQuery().processDefinitionKey(wait.processKey())
                    .activityId(wait.activityId()).list()) {
                if (openTasks(wait, waiting.getProcessInstanceId()).isEmpty()) {
                    configuration.getCommandExecutorTxRequired().execute(context -> {
                        open(wait, context.getExecutionManager().findExecutionById(waiting.getId()));
                        return null;
                    });
                    opened++;
                }
            }
        }
        if (opened > 0) {
            LOG.info("Opened {} task(s) for cases waiting for the operator since an earlier release", opened);
        }
    }
}
