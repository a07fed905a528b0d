package jp.espa.kikan.platform;

import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a case's open tasks show on their Tasklist cards besides the case, the party and the task's own last day
 * (TaskPreparation): the operator's reply's last day while a recommendation waits for it, so the deadline that runs
 * is in view on the task that stays open meanwhile (期間の延長（勧告手続中）).
 */
@Component
public class TaskCards {

    /** Task-local, so the task's candidate group may read it (see security/TasklistFilter). */
    public static final String CARD_REPLY_DUE_ON = "taskReplyDueOn";

    private final TaskService tasks;

    TaskCards(TaskService tasks) {
        this.tasks = tasks;
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
