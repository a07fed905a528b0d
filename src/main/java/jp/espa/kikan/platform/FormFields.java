package jp.espa.kikan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process variables a Camunda Form (form-js JSON) submits: the keys of its editable fields, which an official
 * may set, and the keys of its display fields (readonly or disabled), which Tasklist sends back unchanged and which
 * must never be written. Read from the form itself, so a changed form needs no change here.
 */
public record FormFields(Set<String> editable, Set<String> display, Map<String, String> labels) {

    /** What a task or start event without a Camunda Form accepts: nothing. */
    public static final FormFields NONE = new FormFields(Set.of(), Set.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    public FormFields {
        editable = Set.copyOf(editable);
        display = Set.copyOf(display);
        labels = Map.copyOf(labels);
    }

    public FormFields(Set<String> editable, Set<String> display) {
        this(editable, display, Map.of());
    }

    /** The label the official reads for a variable, or the variable's name. */
    public String label(String variable) {
        return labels.getOrDefault(variable, variable);
    }

    public static FormFields read(InputStream form) throws IOException {
        return read(JSON.readTree(form));
    }

    public static FormFields read(JsonNode form) {
        Set<String> editable = new HashSet<>();
        Set<String> display = new HashSet<>();
        Map<String, String> labels = new HashMap<>();
        Set<String> objects = new HashSet<>();
        collect(form.path("components"), null, false, editable, display, labels, objects);
        // an object comes back whole (Tasklist sends what the form shows of it): one display field makes it display
        objects.retainAll(display);
        editable.removeAll(objects);
        display.removeAll(editable); // a plain key also editable elsewhere on the form is the official's to set
        return new FormFields(editable, display, labels);
    }

    /**
     * Walks the components and nested groups. form-js writes a key "a.b", and every field under a group with the
     * path "a", into the variable "a" (an object); a group that is readonly or disabled makes its fields display fields.
     */
    private static void collect(JsonNode components, String variable, boolean displayOnly, Set<String> editable,
                                Set<String> display, Map<String, String> labels, Set<String> objects) {
        for (JsonNode component : components) {
            boolean isDisplay = displayOnly || isTrue(component, "readonly") || isTrue(component, "disabled");
            String key = component.path("key").asText("");
            if (!key.isEmpty() && !component.path("type").asText().equals("button")) {
                String name = variable != null ? variable : key.split("\\.")[0];
                (isDisplay ? display : editable).add(name);
                if (variable != null || key.contains(".")) {
                    objects.add(name); // its fields' labels do not name the object
                } else if (!component.path("label").asText("").isBlank()) {
                    labels.putIfAbsent(name, component.path("label").asText());
                }
            }
            String path = component.path("path").asText("");
            collect(component.path("components"), variable != null || path.isEmpty() ? variable : path.split("\\.")[0],
                    isDisplay, editable, display, labels, objects);
        }
    }

    /** Only a literal true; a FEEL expression ("=...") may make the field editable, so it counts as editable. */
    private static boolean isTrue(JsonNode component, String property) {
        return component.path(property).isBoolean() && component.path(property).booleanValue();
    }
}
