package jp.espa.kikan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** A case's open tasks as process tests find and complete them: by business key and task definition key. */
public final class OpenTasks {

    private final ProcessEngine engine;

    public OpenTasks(ProcessEngine engine) {
        this.engine = engine;
    }

    public Task task(String businessKey, String taskKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task " + taskKey + " of " + businessKey).isNotNull();
        return task;
    }

    /** Completes the task with values its form lets an official enter (each must be a field of the deployed form). */
    public void complete(String businessKey, String taskKey, Map<String, Object> formValues) {
        String taskId = task(businessKey, taskKey).getId();
        DeployedForms.assertOnTaskForm(engine, taskId, formValues.keySet());
        engine.getTaskService().complete(taskId, formValues);
    }

    /** Completes the task with whatever values, as a raw engine call could (the guard refuses them over HTTP). */
    public void completeWithForgedValues(String businessKey, String taskKey, Map<String, Object> values) {
        engine.getTaskService().complete(task(businessKey, taskKey).getId(), values);
    }
}
