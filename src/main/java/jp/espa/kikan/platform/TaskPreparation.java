package jp.espa.kikan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jp.espa.kikan.legal.StatutoryPeriods;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
// engine internals: a BPMN parse listener is the engine's only way to add listeners to every user task of every model
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Prepares every user task of every model before the model's own listeners run (built-in task listeners):
 * <ul>
 * <li>Its form starts empty: the variables its Camunda Form lets the official edit are removed from the case when the
 * task is created, so an answer of an earlier round (the previous correction request at the next completeness check,
 * the extension's reason at the recommendation) never reappears as if already decided. What a step wants shown
 * beforehand its own create listener sets afterwards (e.g. the day of arrival as the proposed day of 受理).</li>
 * <li>Its card in Tasklist names the case: task-local copies of the case number, the operator (or candidate business)
 * and the statutory last day (the task's due date, in Tokyo), which the candidate group may read (the engine lets a
 * task's readers read its local variables, not the case's) and the shared filters show. Refreshed when the due date
 * moves (an extension).</li>
 * </ul>
 */
@Component
class TaskPreparation extends AbstractProcessEnginePlugin {

    /** Task-local variables the Tasklist filters show on each card (see security/TasklistFilter). */
    public static final String CARD_CASE_NUMBER = "taskCaseNumber";
    public static final String CARD_PARTY = "taskParty";
    public static final String CARD_LAST_DAY = "taskLastDay";

    /**
     * What names the operator or the business a case is about, first found wins: the screening's display object, and
     * the variables of the other procedures (and of screening cases of earlier releases).
     */
    static final List<String> PARTY_VARIABLES = List.of("case.operatorName", "operatorName", "businessName");

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
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
                    answers.forEach(task.getExecution()::removeVariable);
                    showCard(task);
                });
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, TaskPreparation::showLastDay);
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

    private static void showCard(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        task.setVariablesLocal(card(execution.getProcessBusinessKey(), execution::getVariable, task.getDueDate()));
    }

    /** A task's card variables: its case number, the party the case is about and the task's statutory last day. */
    static Map<String, Object> card(String businessKey, Function<String, Object> caseVariable, Date due) {
        Map<String, Object> card = new HashMap<>();
        card.put(CARD_CASE_NUMBER, businessKey);
        PARTY_VARIABLES.stream().map(path -> DisplayObject.read(caseVariable, path)).filter(value -> value != null).findFirst()
                .ifPresent(party -> card.put(CARD_PARTY, party.toString()));
        if (due != null) {
            card.put(CARD_LAST_DAY, StatutoryPeriods.today(due.toInstant()).toString());
        }
        return card;
    }

    private static void showLastDay(DelegateTask task) {
        if (task.getDueDate() != null) {
            task.setVariableLocal(CARD_LAST_DAY, StatutoryPeriods.today(task.getDueDate().toInstant()).toString());
        } else if (task.getVariableLocal(CARD_LAST_DAY) != null) {
            task.removeVariableLocal(CARD_LAST_DAY);
        }
    }
}
