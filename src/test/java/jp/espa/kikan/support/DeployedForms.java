package jp.espa.kikan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import jp.espa.kikan.platform.FormFields;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Process tests submit what an official's form would: every value a test completes a task or starts a process with
 * must be an editable field of the deployed form, so a renamed form field or a step reading a key its form lacks
 * fails the test (tests of forged values complete tasks without this check, on purpose). The form's display text
 * fields are checked on the way to show no codes ({@link ReadableForms}).
 */
public final class DeployedForms {

    private DeployedForms() {
    }

    public static void assertOnTaskForm(ProcessEngine engine, String taskId, Set<String> keys) {
        ReadableForms.assertReadable(engine, taskId); // what the official read before answering
        assertEditable(engine.getFormService().getDeployedTaskForm(taskId), keys, "task " + taskId);
    }

    public static void assertOnStartForm(ProcessEngine engine, String processKey, Set<String> keys) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        assertEditable(engine.getFormService().getDeployedStartForm(definition), keys, "start form of " + processKey);
    }

    /** Every field of the task's deployed form, editable or shown: what Tasklist loads and an official reads. */
    public static java.util.List<String> fieldsOf(ProcessEngine engine, String taskId) {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
            FormFields fields = FormFields.read(form);
            java.util.List<String> all = new java.util.ArrayList<>(fields.editable());
            all.addAll(fields.display());
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertEditable(InputStream form, Set<String> keys, String what) {
        try (form) {
            assertThat(FormFields.read(form).editable()).as("editable fields of the form of " + what).containsAll(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
