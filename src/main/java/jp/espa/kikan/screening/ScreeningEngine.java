package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.ProblemCode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The engine's side of the screening: where a case's processes wait for the operator, the messages that move them,
 * the period's timer and the due dates that follow the period, and the variables the forms show. A case's processes
 * run under its application number (their business key). Nothing here decides: the service records the act first.
 */
@Component
class ScreeningEngine {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final StatutoryTime time;

    ScreeningEngine(RuntimeService runtime, ManagementService management, TaskService tasks, StatutoryTime time) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.time = time;
    }

    /** The process of the case waiting for this message, if one is. */
    Optional<String> waitingFor(String applicationNumber, String message) {
        return runtime.createExecutionQuery().messageEventSubscriptionName(message)
                .processInstanceBusinessKey(applicationNumber).list().stream().findFirst()
                .map(Execution::getProcessInstanceId);
    }

    /** The process of the case waiting for this message; otherwise a conflict that says why. */
    String waitingFor(String applicationNumber, String message, String otherwise) {
        return waitingFor(applicationNumber, message).orElseThrow(() -> new ConflictException(ProblemCode.CASE_NOT_AWAITING_FILING, otherwise));
    }

    /** Whether the case's recommendation procedure (RecommendationProcess) runs. */
    boolean recommendationRuns(String applicationNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(RECOMMENDATION_PROCESS)
                .processInstanceBusinessKey(applicationNumber).count() > 0;
    }

    /** Delivers the message to the process waiting for it, with the display copy of what arrived. */
    void deliver(String processInstanceId, String message, Map<String, Object> shown) {
        runtime.createMessageCorrelation(message).processInstanceId(processInstanceId).setVariables(shown).correlate();
    }

    /** Shows a variable on the forms of every running process of the case. */
    void show(String applicationNumber, String name, Object value) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationNumber).list()
                .forEach(instance -> runtime.setVariable(instance.getId(), name, value));
    }

    /** The period's new last day: its timer, the due dates of the case's open tasks and the case object move with it. */
    void movePeriod(String applicationNumber, LocalDate lastDay, TypedValue shown) {
        show(applicationNumber, CASE, shown);
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationNumber).list()
                .forEach(instance -> management.createJobQuery().processInstanceId(instance.getId())
                        .activityId(TIMER_PERIOD_ENDED).timers().list()
                        .forEach(timer -> management.recalculateJobDuedate(timer.getId(), false)));
        tasks.createTaskQuery().processInstanceBusinessKey(applicationNumber).list().stream()
                .filter(task -> task.getDueDate() != null)
                .forEach(task -> tasks.setDueDate(task.getId(), time.endOf(lastDay.toString())));
    }

    /** Starts a process of the case with the variables its forms show. */
    void start(String processKey, String applicationNumber, Map<String, Object> shown) {
        runtime.createProcessInstanceByKey(processKey).businessKey(applicationNumber).setVariables(shown).execute();
    }
}
