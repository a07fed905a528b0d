package jp.espa.kikan.platform;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.registry.DecisionLog;
import jp.espa.kikan.registry.Procedure;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The one way the procedures use their decision tables: evaluate the latest version of a table, then put the
 * evaluation on record with the case (inputs, table and version, outputs, outcome) so an official can see why.
 */
@Component
public class DecisionRecorder {

    /** A decision table in the version that is evaluated. */
    public record Table(DecisionDefinition definition) {

        /**
         * "供給者等のリスク要因 第3版（1.0.0）": the table by its Japanese name and the version an official sees beside the
         * findings (the key and version stay in the decision log and Cockpit).
         */
        public String version() {
            String name = definition.getName() == null ? definition.getKey() : definition.getName();
            return name + " 第" + definition.getVersion() + "版"
                    + (definition.getVersionTag() == null ? "" : "（" + definition.getVersionTag() + "）");
        }
    }

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final DecisionLog log;
    private final ObjectMapper json;

    DecisionRecorder(DecisionService decisions, RepositoryService repository, DecisionLog log, ObjectMapper json) {
        this.decisions = decisions;
        this.repository = repository;
        this.log = log;
        this.json = json;
    }

    public Table latest(String decisionKey) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision table " + decisionKey + " is not deployed");
        }
        return new Table(definition);
    }

    public boolean isDeployed(String decisionKey) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).count() > 0;
    }

    /**
     * The matched rules' outputs, one map per rule. The engine keeps every input in its decision history, a string in
     * at most {@link DisplayText#ENGINE_STRING_LIMIT} characters: a longer one is refused, naming the input.
     */
    public List<Map<String, Object>> evaluate(Table table, Map<String, Object> inputs) {
        inputs.forEach((name, value) -> {
            if (value instanceof String text && text.length() > DisplayText.ENGINE_STRING_LIMIT) {
                throw new InvalidInputException(name, DisplayText.ENGINE_STRING_LIMIT + "文字以内で入力してください。");
            }
        });
        return decisions.evaluateDecisionById(table.definition().getId()).variables(inputs).evaluate().getResultList();
    }

    public void record(Procedure procedure, String caseNumber, Table table, Object inputs, Object outputs, String outcome) {
        DecisionDefinition d = table.definition();
        log.record(procedure, caseNumber, d.getKey(), d.getVersion(), d.getVersionTag(), json(inputs), json(outputs), outcome);
    }

    /** Evaluates and records in one step, for tables asked one question per case. */
    public List<Map<String, Object>> evaluateAndRecord(Procedure procedure, String caseNumber, String decisionKey,
                                                        Map<String, Object> inputs, java.util.function.Function<List<Map<String, Object>>, String> outcome) {
        Table table = latest(decisionKey);
        List<Map<String, Object>> results = evaluate(table, inputs);
        record(procedure, caseNumber, table, inputs, results, outcome.apply(results));
        return results;
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record " + value, e);
        }
    }
}
