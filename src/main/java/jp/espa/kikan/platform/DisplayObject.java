package jp.espa.kikan.platform;

import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A display copy as one object variable, which a Camunda Form binds by path ({@code "key": "case.operatorName"}):
 * a Json variable (Spin), which Tasklist parses before it hands the variables to the form. The engine writes one row
 * and its byte array instead of one row per field, and PostgreSQL checks the foreign keys of one row.
 */
public final class DisplayObject {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DisplayObject() {
    }

    /** The fields (strings, or null for none) as a Json variable; their order is the one the map iterates in. */
    public static TypedValue of(Map<String, ?> fields) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(fields)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A display object holds plain values", e);
        }
    }

    /** A variable, or a field of a display object ("case.operatorName"), read with the engine's look-up; or null. */
    static Object read(Function<String, Object> variables, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return variables.apply(path);
        }
        String field = path.substring(dot + 1);
        // the engine gives a Json variable as Spin's node
        return variables.apply(path.substring(0, dot)) instanceof SpinJsonNode object && object.isObject()
                && object.hasProp(field) && object.prop(field).isString() ? object.prop(field).stringValue() : null;
    }
}
