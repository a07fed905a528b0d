package jp.espa.kikan.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a task's Tasklist card shows besides the task itself. Task-local variables, which the task's candidate group
 * may read (the engine lets a task's readers read its local variables, not the case's) and the shared filters show
 * (security/TasklistFilter):
 * <ul>
 * <li>{@link #CARD}: the case number and the operator (or candidate business) in one value, written when the task
 * opens (TaskPreparation). One row, not three: each task-local row costs PostgreSQL two foreign-key checks. The last
 * day is the task's own due date, which Tasklist has; the webapps' task-cards.js shows it as a 令和 date with the days
 * left, counted in the browser on the day it is read.</li>
 * <li>{@link #CARD_REPLY_DUE_ON}: the operator's reply's last day while a recommendation waits for it, on the case's
 * tasks open meanwhile (the wait for the reply itself, {@link OperatorWaits}, is due on that day).</li>
 * </ul>
 */
@Component
public class TaskCards {

    public static final String CARD = "taskCard";
    public static final String CARD_REPLY_DUE_ON = "taskReplyDueOn";
    /** Between the case number and the party in {@link #CARD}; task-cards.js splits there. */
    static final String SEPARATOR = "\u3000";
    /** The card variables of earlier releases: replaced by {@link #CARD} on the tasks they left open (OpenTaskBackfill). */
    static final List<String> EARLIER_CARDS = List.of("taskCaseNumber", "taskParty", "taskLastDay");

    /**
     * What names the operator or the business a case is about, first found wins: the screening's display object, and
     * the variables of the other procedures (and of screening cases of earlier releases).
     */
    static final List<String> PARTY_VARIABLES = List.of("case.operatorName", "operatorName", "businessName");

    private final TaskService tasks;

    TaskCards(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The card of a task of the case {@code businessKey}: "DEMO-RAILWAY-0001　デモ鉄道株式会社", or null without a case. */
    static String card(String businessKey, Function<String, Object> caseVariable) {
        if (businessKey == null) {
            return null;
        }
        return PARTY_VARIABLES.stream().map(path -> DisplayObject.read(caseVariable, path)).filter(party -> party != null)
                .findFirst().map(party -> businessKey + SEPARATOR + party).orElse(businessKey);
    }

    /** Shows the reply's last day on the case's open tasks; {@code null} once no reply is awaited. */
    public void showReplyDueOn(String businessKey, LocalDate replyDueOn) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
            if (replyDueOn != null) {
                tasks.setVariableLocal(task.getId(), CARD_REPLY_DUE_ON, replyDueOn.toString());
            } else {
                tasks.removeVariableLocal(task.getId(), CARD_REPLY_DUE_ON);
            }
        }
    }
}
