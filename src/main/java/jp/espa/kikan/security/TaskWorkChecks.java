package jp.espa.kikan.security;

import static jp.espa.kikan.security.EngineRefusals.error;
import static jp.espa.kikan.security.EngineRefusals.invalid;
import static jp.espa.kikan.security.EngineRefusals.invalidBody;
import static jp.espa.kikan.security.EngineRefusals.refuse;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An official's work on a task besides its form, as {@link EngineRequestGuard} lets it through: a claim for the
 * caller, the release of one's own claim, a comment on the task's own case, Tasklist's follow-up date (and nothing
 * else of the task it sends back).
 */
final class TaskWorkChecks {

    private static final Logger log = LoggerFactory.getLogger(EngineRequestGuard.class);

    private final TaskDates dates;

    TaskWorkChecks(TaskDates dates) {
        this.dates = dates;
    }

    /**
     * A claim names the caller: the engine takes one without a user as an unclaim (anyone of the group could take a
     * claimed task away) and one for another user as an assignment. Returns the request with its body as read, or null
     * when it was refused.
     */
    HttpServletRequest claimForCaller(HttpServletRequest request, HttpServletResponse response, String path, Actor user)
            throws IOException {
        byte[] raw = request.getInputStream().readAllBytes();
        ObjectNode sent = CheckedBody.jsonObject(raw);
        if (sent == null) {
            invalidBody(response);
            return null;
        }
        JsonNode userId = sent.path("userId");
        if (!userId.isTextual() || userId.asText().isBlank()) {
            invalid(response, List.of(error("userId", "タスクを担当するには「userId」に自分のユーザーIDを指定してください。")));
            return null;
        }
        if (!userId.asText().equals(user.userId())) {
            refuse(request, response, path, user, "タスクは自分にのみ割り当てられます（他の職員への割当ては管理者が行います）。");
            return null;
        }
        return new CheckedBody(request, raw);
    }

    /** See {@link TaskDates}: the engine cannot read camundaFormRef back; a body it cannot parse goes on as it is. */
    HttpServletRequest withoutFormRef(HttpServletRequest request) throws IOException {
        byte[] raw = request.getInputStream().readAllBytes();
        try {
            if (raw.length > 0 && CheckedBody.JSON.readTree(raw) instanceof ObjectNode task && task.has(TaskDates.FORM_REF)) {
                task.remove(TaskDates.FORM_REF);
                return new CheckedBody(request, CheckedBody.JSON.writeValueAsBytes(task));
            }
        } catch (IOException e) {
            log.debug("Not a task in JSON: {}", e.getMessage());
        }
        return new CheckedBody(request, raw);
    }

    void followUp(String taskId, Actor user, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] raw = request.getInputStream().readAllBytes();
        ObjectNode task = raw.length == 0 ? null : CheckedBody.jsonObject(raw); // the task as Tasklist sends it, never empty
        if (task == null) {
            invalidBody(response);
            return;
        }
        TaskDates.Refusal refusal = dates.setFollowUp(taskId, user, task);
        if (refusal == null) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else if (refusal.forbidden()) {
            refuse(request, response, "task/" + taskId, user);
        } else {
            invalid(response, List.of(error(refusal.field(), refusal.message())));
        }
    }

    /** Tasklist's 担当を外す: the holder releases the task; another's claim stays (an administrator's to change). */
    void release(String taskId, Actor user, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getInputStream().readAllBytes(); // nothing is sent; what is, is read before the answer
        Task task = dates.workedOnBy(taskId, user);
        if (task == null || !user.userId().equals(task.getAssignee())) {
            refuse(request, response, "task/" + taskId + "/unclaim", user, "担当を外せるのは、自分が担当しているタスクだけです。");
            return;
        }
        dates.release(taskId);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /**
     * A claim or comment on a task the official works on (the claim names the caller: see claimForCaller): the engine
     * would store a comment on any process instance named in the body, so the comment is for the task's own case.
     */
    void ownWork(String taskId, Actor user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        byte[] raw = request.getInputStream().readAllBytes();
        ObjectNode sent = CheckedBody.jsonObject(raw);
        if (sent == null) {
            invalidBody(response);
            return;
        }
        Task task = dates.workedOnBy(taskId, user);
        boolean otherCase = task != null && sent.hasNonNull("processInstanceId")
                && !sent.get("processInstanceId").asText().equals(task.getProcessInstanceId());
        if (task == null || otherCase) {
            refuse(request, response, "task/" + taskId, user);
            return;
        }
        chain.doFilter(new CheckedBody(request, raw), response);
    }
}
