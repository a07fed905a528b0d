package jp.espa.kikan.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/** How evaluations of decision tables are put on record: inputs and findings as JSON, the table by key and version. */
@Component
public class DecisionRecords {

    private final ObjectMapper json;

    DecisionRecords(ObjectMapper json) {
        this.json = json;
    }

    public String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record " + value, e);
        }
    }

    /** "Decision_X v3 (1.0.0)": the version an official sees beside the findings. */
    public static String versionOf(DecisionDefinition table) {
        return table.getKey() + " v" + table.getVersion() + (table.getVersionTag() == null ? "" : " (" + table.getVersionTag() + ")");
    }
}
