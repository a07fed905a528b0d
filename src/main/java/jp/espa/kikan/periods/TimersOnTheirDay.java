package jp.espa.kikan.periods;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.platform.BeforeItsDayException;

import jp.espa.kikan.platform.http.EarlyTimerAnswer;
import org.camunda.bpm.engine.BadUserRequestException;
// engine internals: when a timer fires and what its failure does are decided by job handlers and the failed-job command factory: no public API
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerCatchIntermediateEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler.TimerJobConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * A timer of the models fires on its day, whatever fires it. The timers that end a period (the public comment, a
 * report's due date, the operator's reply, the standstill of Art 52(3), a change's or an order's day in force, a
 * re-review) take their day from the registry through the model's expression ({@code ${screeningSteps.periodEnds(execution)}}
 * and the like). An administrator can execute such a job early ({@code POST /engine-rest/job/{id}/execute}, Cockpit) or
 * move its due date; the engine would then pass the period before it has run. So when one fires, its day is computed
 * again from the registry, not read from the job, and checked by {@link StatutoryTime#requireReached}. Before that day
 * the step rolls back and the job waits for the day: its due date is set to it and its retries stay as they were, so
 * an early execution raises no incident and the job runs once the day has come. Timers with a literal date or duration
 * (not a day on record) and the yearly review's cycle are left as the engine runs them.
 */
@Component
class TimersOnTheirDay extends AbstractProcessEnginePlugin {

    private final StatutoryTime time;

    TimersOnTheirDay(StatutoryTime time) {
        this.time = time;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FailedJobCommandFactory otherwise = configuration.getFailedJobCommandFactory() == null
                ? new DefaultFailedJobCommandFactory() : configuration.getFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, failure) -> {
            BeforeItsDayException early = beforeItsDay(failure);
            return early == null ? otherwise.getCommand(jobId, failure) : waitForTheDay(jobId, early);
        });
    }

    /** The engine's handlers of intermediate and boundary timers, each checking the day before it moves the case. */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        Map<String, JobHandler> handlers = configuration.getJobHandlers();
        for (String type : new String[] {TimerCatchIntermediateEventJobHandler.TYPE, TimerExecuteNestedActivityJobHandler.TYPE}) {
            handlers.put(type, new OnItsDay((TimerEventJobHandler) handlers.get(type)));
        }
    }

    private final class OnItsDay implements JobHandler<TimerJobConfiguration> {

        private final TimerEventJobHandler engines;

        OnItsDay(TimerEventJobHandler engines) {
            this.engines = engines;
        }

        @Override
        public String getType() {
            return engines.getType();
        }

        @Override
        public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
                            String tenantId) {
            requireDayOnRecord(configuration.getTimerElementKey(), execution);
            engines.execute(configuration, execution, commandContext, tenantId);
        }

        @Override
        public TimerJobConfiguration newConfiguration(String canonicalString) {
            return engines.newConfiguration(canonicalString);
        }

        @Override
        public void onDelete(TimerJobConfiguration configuration, JobEntity jobEntity) {
            engines.onDelete(configuration, jobEntity);
        }
    }

    /**
     * The timer's day as the model computes it from the registry now. A BadUserRequestException carries the refusal
     * out of the engine: the engine REST answers it as a client's error, not a server's.
     */
    private void requireDayOnRecord(String timerActivityId, ExecutionEntity execution) {
        ActivityImpl timer = execution.getProcessDefinition().findActivity(timerActivityId);
        TimerDeclarationImpl declaration = timer == null ? null
                : TimerDeclarationImpl.getDeclarationsForScope(timer.getEventScope()).get(timerActivityId);
        if (declaration == null) {
            return;
        }
        TimerEntity probe = new TimerEntity();
        if (declaration.resolveAndSetDuedate(execution, probe, false) != null) {
            return; // a literal date or duration, not a day from the registry
        }
        LocalDate day = StatutoryPeriods.today(probe.getDuedate().toInstant());
        try {
            time.requireReached(day, "「" + nameInTheModel(execution, timerActivityId) + "」の処理", "期日は登録簿の記録から算定");
        } catch (BeforeItsDayException e) {
            EarlyTimerAnswer.remember(e);
            throw new BadUserRequestException(e.getMessage(), e);
        }
    }

    /** The timer event's name as the diagram shows it (the parsed activity does not keep it). */
    private static String nameInTheModel(ExecutionEntity execution, String timerActivityId) {
        FlowElement event = execution.getProcessEngineServices().getRepositoryService()
                .getBpmnModelInstance(execution.getProcessDefinitionId()).getModelElementById(timerActivityId);
        return event == null || event.getName() == null ? timerActivityId : event.getName();
    }

    /** The failed job waits for its day, with its retries as they were and the refusal as its message. */
    private static Command<Object> waitForTheDay(String jobId, BeforeItsDayException early) {
        return commandContext -> {
            JobEntity job = commandContext.getJobManager().findJobById(jobId);
            if (job != null) {
                job.unlock();
                job.setDuedate(Date.from(StatutoryPeriods.startOfDay(early.firstDay())));
                job.setExceptionMessage(early.getMessage());
            }
            return null;
        };
    }

    static BeforeItsDayException beforeItsDay(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BeforeItsDayException early) {
                return early;
            }
        }
        return null;
    }
}
