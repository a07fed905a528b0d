package jp.espa.kikan.criteria;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.espa.kikan.registry.BusinessFigures.OperatorFigures;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * Evaluates criteria tables over every operator of a business, in memory: each table parsed once by a DMN engine of
 * its own (nothing goes to the process engine's history: a simulation is recorded once, as a whole), each operator's
 * figures read as the live evaluation reads them ({@link CriteriaInputs}), for each of the years a table may look
 * back; the table's own yearsBack entries decide which years count.
 */
@Component
class CriteriaSimulation {

    /** How the draft changes an operator's standing. */
    enum Change {
        NEWLY_MEETING("新たに該当"), NO_LONGER_MEETING("該当しなくなる"), STILL_MEETING("引き続き該当"), STILL_NOT_MEETING("引き続き非該当");

        final String labelJa;

        Change(String labelJa) {
            this.labelJa = labelJa;
        }
    }

    /** One operator: the criteria each table found met, the figures the draft lacks, the SME finding (null: no size filed). */
    record Row(String corporateNumber, String name, Change change, String changeJa, List<String> liveCriteria,
               List<String> draftCriteria, List<String> missingFigures, Boolean sme) {
    }

    /** A table parsed for evaluation (and compiled, when it can be), with the inputs it reads and their labels. */
    record Parsed(DmnDecision decision, Optional<CompiledTable> compiled, List<String> inputs, Map<String, String> labels) {
    }

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    Parsed parse(String xml, String decisionKey) {
        DraftTable table = DraftTable.read(xml, decisionKey, "dmnXml");
        Map<String, String> labels = new HashMap<>();
        table.inputs().forEach(input -> labels.put(input, table.label(input)));
        DmnDecision decision = engine.parseDecision(decisionKey, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return new Parsed(decision, table.compiled(), table.inputs(), labels);
    }

    /**
     * Each operator under the live table (null for a sector not yet live) and the draft, as of the latest completed
     * fiscal year given; the SME test (null when not to be run) on the size the operator filed.
     */
    List<Row> run(List<OperatorFigures> operators, Parsed live, Parsed draft, DmnDecision smeTest, int latestCompleted) {
        List<Row> rows = new ArrayList<>(operators.size());
        for (OperatorFigures operator : operators) {
            Set<String> liveHits = new LinkedHashSet<>();
            Set<String> draftHits = new LinkedHashSet<>();
            List<String> missing = new ArrayList<>();
            for (int yearsBack = 1; yearsBack <= CriteriaInputs.YEARS; yearsBack++) {
                int fiscalYear = latestCompleted - yearsBack + 1;
                Map<String, Object> in = CriteriaInputs.forYear(operator.measures(), fiscalYear, latestCompleted);
                in.put("yearsBack", yearsBack);
                in.put("fiscalYear", fiscalYear);
                if (live != null) {
                    evaluate(live, in, liveHits);
                }
                if (yearsBack == 1) {
                    for (String input : draft.inputs()) {
                        if (in.get(input) == null && !input.equals("businessType")) {
                            missing.add(draft.labels().get(input));
                        }
                    }
                }
                evaluate(draft, in, draftHits);
            }
            boolean before = !liveHits.isEmpty();
            boolean after = !draftHits.isEmpty();
            Change change = before == after ? (after ? Change.STILL_MEETING : Change.STILL_NOT_MEETING)
                    : (after ? Change.NEWLY_MEETING : Change.NO_LONGER_MEETING);
            rows.add(new Row(operator.corporateNumber(), operator.name(), change, change.labelJa, List.copyOf(liveHits), List.copyOf(draftHits),
                    missing, sme(smeTest, operator)));
        }
        return rows;
    }

    void evaluate(Parsed table, Map<String, Object> in, Set<String> hits) {
        if (table.compiled().isPresent()) {
            table.compiled().get().evaluate(in, hits);
            return;
        }
        for (String input : table.inputs()) {
            in.putIfAbsent(input, null); // a figure not filed is read as null, never as an unknown name
        }
        for (DmnDecisionResultEntries hit : engine.evaluateDecision(table.decision(), in)) {
            hits.add(String.valueOf((Object) hit.getEntry("criterion")));
        }
    }

    private Boolean sme(DmnDecision smeTest, OperatorFigures operator) {
        if (smeTest == null || operator.industry() == null) {
            return null;
        }
        Map<String, Object> in = new HashMap<>();
        in.put("industry", operator.industry());
        in.put("capitalYen", operator.capitalYen() == null ? null : operator.capitalYen().doubleValue());
        in.put("employees", operator.employees() == null ? null : operator.employees().doubleValue());
        return !engine.evaluateDecision(smeTest, in).getResultList().isEmpty();
    }
}
