package jp.espa.kikan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
// engine internals: a BPMN parse listener is the engine's only way to add listeners and due dates to every user task of
// every model; ClockUtil is the engine's clock, which tests move
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Prepares every user task of every model before the model's own listeners run (built-in task listeners):
 * <ul>
 * <li>Its form starts empty: the variables its Camunda Form lets the official edit are removed from the case when the
 * task is created, so an answer of an earlier round (the previous correction request at the next completeness check,
 * the extension's reason at the recommendation) never reappears as if already decided. What a step wants shown
 * beforehand its own create listener sets afterwards (e.g. the day of arrival as the proposed day of 受理).</li>
 * <li>Its card in Tasklist names the case: one task-local variable with the case number and the operator (or candidate
 * business), see {@link TaskCards}.</li>
 * <li>It has a due date: the model's (a statutory last day), or where the model gives none, or its expression none for
 * this case, the step's standard processing period ({@link StandardPeriods}). Set before the task is written, so it
 * costs no statement of its own.</li>
 * </ul>
 */
@Component
class TaskPreparation extends AbstractProcessEnginePlugin {

    private final StandardPeriods standardPeriods;

    TaskPreparation(StandardPeriods standardPeriods) {
        this.standardPeriods = standardPeriods;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                Set<String> answers = editableFields(definition.getFormDefinition());
                definition.setDueDateExpression(new OrStandardPeriod(definition.getDueDateExpression(), activity.getId()));
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
                    answers.forEach(task.getExecution()::removeVariable);
                    DelegateExecution execution = task.getExecution();
                    task.setVariableLocal(TaskCards.CARD, TaskCards.card(execution.getProcessBusinessKey(), execution::getVariable));
                });
            }
        });
    }

    /** The editable fields of the task's form (forms/&lt;form id&gt;.form, deployed beside the models). */
    static Set<String> editableFields(FormDefinition form) {
        Expression key = form == null ? null : form.getCamundaFormDefinitionKey();
        if (key == null || !key.isLiteralText()) {
            return Set.of();
        }
        String resource = "forms/" + key.getExpressionText() + ".form";
        try (InputStream in = TaskPreparation.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Set.of() : FormFields.read(in).editable();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The model's due date, or else the end of the step's standard period from today (by the engine clock). */
    private final class OrStandardPeriod implements Expression {

        private final Expression model;
        private final String taskKey;

        OrStandardPeriod(Expression model, String taskKey) {
            this.model = model;
            this.taskKey = taskKey;
        }

        @Override
        public Object getValue(VariableScope scope) {
            Object due = model == null ? null : model.getValue(scope);
            return due != null ? due : standardPeriods.due(taskKey, ClockUtil.getCurrentTime().toInstant());
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException("A due date is read, not written");
        }

        @Override
        public String getExpressionText() {
            return model == null ? "standard period of " + taskKey : model.getExpressionText();
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }
    }
}
