package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;

import java.util.HashMap;
import java.util.Map;

import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.sectoraddition.SectorReviewCase.MeetingRecord;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** What the sector review asks of the engine: starting a review's process and completing its meeting task over the API. */
@Component
class SectorReviewEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    SectorReviewEngine(RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Starts the process of a review registered over the API, under its review number, with what its forms show. */
    void start(String reviewNumber, Map<String, Object> variables) {
        runtime.createProcessInstanceByKey(PROCESS).businessKey(reviewNumber).setVariables(variables).execute();
    }

    /** Completes the review's meeting task as the caller, so that the meeting goes through the same step as in Tasklist. */
    void completeMeetingTask(Actor actor, String reviewNumber, MeetingRecord m) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reviewNumber)
                .taskDefinitionKey("Task_RecordCommitteeMeeting").singleResult();
        if (task == null) {
            throw new ConflictException("検討 " + reviewNumber + " は有識者会議の段階にありません。");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("meetingDate", m.heldOn().toString());
        values.put("agenda", m.agenda());
        values.put("minutesSummary", m.minutesSummary());
        values.put("interimReport", m.interimReport());
        values.put(COMMITTEE_CONCLUDED, m.concluded());
        values.put("committeeConclusion", m.conclusion());
        actor.actInEngine(identity, () -> tasks.complete(task.getId(), values));
    }
}
