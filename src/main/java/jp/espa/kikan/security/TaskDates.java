package jp.espa.kikan.security;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
// engine internals: a follow-up date saved without authorization checks yet logged as the official's operation needs a command context
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasklist's "Set follow-up date", "Set due date" and "Reset due date": a PUT of the whole task as GET returned it.
 * <ul>
 * <li>Camunda 7's REST API cannot read back a task that has a Camunda Form: the body carries {@code camundaFormRef},
 * an interface Jackson cannot construct (fixed in the Operaton fork, operaton/operaton#3659). The engine never
 * writes that property on an update, so it is dropped for everyone before the engine reads the body.</li>
 * <li>Officials may not re-route tasks (no UPDATE or TASK_ASSIGN), so the engine would refuse them any PUT. Their
 * follow-up date is their own reminder: the PUT is applied for them when it changes nothing but that date, on a
 * task of their group. The due date is the statutory last day the procedure set: not theirs to move.</li>
 * </ul>
 * Likewise their release of a task they hold ({@link #release}): TASK_ASSIGN would let them assign it to anyone.
 */
public class TaskDates {

    static final String FORM_REF = "camundaFormRef";
    /** The engine REST API's date format (e.g. 2027-03-25T23:59:59.000+0900). */
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** The outcome of an official's PUT: null fields when applied; else the refused field, or forbidden. */
    record Refusal(boolean forbidden, String field, String message) {
    }

    private final ProcessEngineConfigurationImpl configuration;
    private final TaskService tasks;

    public TaskDates(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.tasks = engine.getTaskService();
    }

    /** Sets the follow-up date of a task of the official's group if that is all the body changes; else the refusal. */
    Refusal setFollowUp(String taskId, Actor official, ObjectNode body) {
        Task task = workedOnBy(taskId, official);
        if (task == null) {
            return new Refusal(true, null, null);
        }
        Date followUp;
        try {
            followUp = date(body.get("followUp"));
            if (!Objects.equals(date(body.get("due")), task.getDueDate()) && body.has("due")) {
                return new Refusal(false, "due", "期限（法定の末日）は手続が定めるため、変更できません。");
            }
        } catch (DateTimeParseException e) {
            return new Refusal(false, "followUp", "フォローアップ日を日時として読み取れません。");
        }
        for (Map.Entry<String, Object> field : writable(task).entrySet()) {
            JsonNode sent = body.get(field.getKey());
            if (sent != null && !Objects.equals(sent.isNull() ? null : sent.asText(), field.getValue())) {
                return new Refusal(true, null, null); // a change of the task itself: administrators only
            }
        }
        forTheOfficial(() -> {
            Task current = tasks.createTaskQuery().taskId(taskId).singleResult();
            current.setFollowUpDate(followUp);
            tasks.saveTask(current);
        });
        return null;
    }

    /** Releases the task the official holds (Tasklist's 担当を外す), which the engine grants with TASK_ASSIGN only. */
    void release(String taskId) {
        forTheOfficial(() -> tasks.setAssignee(taskId, null));
    }

    /** A change the guard has checked, made without the engine's authorization checks, logged as the official's. */
    private void forTheOfficial(Runnable change) {
        configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            change.run();
            return null;
        }));
    }

    /**
     * The task if the official works on it (assignee, or a candidate group of theirs), read with their own rights;
     * else null. Reading every task (the Cabinet Office) is not working on it.
     */
    Task workedOnBy(String taskId, Actor official) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task != null && worksOn(task, official) ? task : null;
    }

    private boolean worksOn(Task task, Actor official) {
        if (official.userId().equals(task.getAssignee())) {
            return true;
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && official.groups().contains(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }

    /** What the engine's PUT task/{id} writes besides the dates, as the task has it now. */
    private static Map<String, Object> writable(Task task) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", task.getName());
        fields.put("description", task.getDescription());
        fields.put("assignee", task.getAssignee());
        fields.put("owner", task.getOwner());
        fields.put("priority", String.valueOf(task.getPriority()));
        fields.put("parentTaskId", task.getParentTaskId());
        fields.put("caseInstanceId", task.getCaseInstanceId());
        fields.put("tenantId", task.getTenantId());
        fields.put("delegationState", task.getDelegationState() == null ? null : task.getDelegationState().name());
        return fields;
    }

    private static Date date(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return Date.from(OffsetDateTime.parse(value.asText(), REST_DATE).toInstant());
    }
}
