package jp.espa.kikan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What an official reads on a form is Japanese: the values of a task's display text fields (read-only textfields and
 * textareas, which show a value as it is, unlike selects and radios, which show their labels) carry no codes or ids:
 * no enum constants (HIGH, CHANGE_PLAN), group ids (ministry-mlit), decision keys (Decision_…, v1) or English act
 * texts. Free text may quote an acronym (TOS, VPN); a value that is nothing but a code may not.
 */
public final class ReadableForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Codes and ids an official should never have to decode. */
    static final List<Pattern> CODES = List.of(
            Pattern.compile("^[A-Z][A-Z0-9_]{2,}$"),                  // a value that is only a code: HIGH, NONE, RAILWAY
            Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"),       // an enum constant or code: CHANGE_PLAN, PORT_TOS
            Pattern.compile("\\b(ministry|senior)-[a-z]+|cabinet-office"), // candidate-group ids
            Pattern.compile("Decision_\\w+|\\bv\\d+\\b"),              // decision keys and versions
            Pattern.compile("(?i)\\b(extended to|shortened to|claimed|filed by|grace until|due \\d|received \\d|comments\\.)"));

    private ReadableForms() {
    }

    /** Fails naming the field and the value if a display text field of the task's form shows a code. */
    public static void assertReadable(ProcessEngine engine, String taskId) {
        String form = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getTaskDefinitionKey();
        for (String key : displayTextFields(engine, taskId)) {
            if (value(engine, taskId, key) instanceof String text) {
                assertThat(CODES).as("display field %s of %s shows \"%s\"", key, form, text)
                        .noneMatch(code -> code.matcher(text).find());
            }
        }
    }

    /** A variable, or a field of an object variable the form binds by path (case.operatorName). */
    private static Object value(ProcessEngine engine, String taskId, String key) {
        String[] path = key.split("\\.");
        Object value = engine.getTaskService().getVariable(taskId, path[0]);
        for (int i = 1; i < path.length; i++) {
            value = value instanceof SpinJsonNode node && node.isObject() && node.hasProp(path[i]) ? node.prop(path[i]) : null;
        }
        return value instanceof SpinJsonNode node && node.isString() ? node.stringValue() : value;
    }

    static List<String> displayTextFields(ProcessEngine engine, String taskId) {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
            List<String> keys = new ArrayList<>();
            collect(JSON.readTree(form).path("components"), false, keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode components, boolean readOnly, List<String> keys) {
        for (JsonNode c : components) {
            boolean display = readOnly || c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
            String type = c.path("type").asText();
            if (display && (type.equals("textfield") || type.equals("textarea")) && c.hasNonNull("key")) {
                keys.add(c.path("key").asText());
            }
            collect(c.path("components"), display, keys);
        }
    }
}
