package jp.espa.kikan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process variables a Camunda Form (form-js JSON) submits: the keys of its editable fields, which an official
 * may set, and the keys of its display fields (readonly or disabled), which Tasklist sends back unchanged and which
 * must never be written. Read from the form itself, so a changed form needs no change here.
 */
public record FormFields(Set<String> editable, Set<String> display) {

    /** What a task or start event without a Camunda Form accepts: nothing. */
    public static final FormFields NONE = new FormFields(Set.of(), Set.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    public FormFields {
        editable = Set.copyOf(editable);
        display = Set.copyOf(display);
    }

    public static FormFields read(InputStream form) throws IOException {
        return read(JSON.readTree(form));
    }

    public static FormFields read(JsonNode form) {
        Set<String> editable = new HashSet<>();
        Set<String> display = new HashSet<>();
        collect(form.path("components"), null, false, editable, display);
        display.removeAll(editable); // a key also editable elsewhere on the form is the official's to set
        return new FormFields(editable, display);
    }

    /**
     * Walks the components and nested groups. form-js writes a key "a.b", and every field under a group with the
     * path "a", into the variable "a"; a group that is readonly or disabled makes its fields display fields.
     */
    private static void collect(JsonNode components, String variable, boolean displayOnly,
                                Set<String> editable, Set<String> display) {
        for (JsonNode component : components) {
            boolean isDisplay = displayOnly || isTrue(component, "readonly") || isTrue(component, "disabled");
            String key = component.path("key").asText("");
            if (!key.isEmpty() && !component.path("type").asText().equals("button")) {
                String name = variable != null ? variable : key.split("\\.")[0];
                (isDisplay ? display : editable).add(name);
            }
            String path = component.path("path").asText("");
            collect(component.path("components"), variable != null || path.isEmpty() ? variable : path.split("\\.")[0],
                    isDisplay, editable, display);
        }
    }

    /** Only a literal true; a FEEL expression ("=...") may make the field editable, so it counts as editable. */
    private static boolean isTrue(JsonNode component, String property) {
        return component.path(property).isBoolean() && component.path(property).booleanValue();
    }
}
