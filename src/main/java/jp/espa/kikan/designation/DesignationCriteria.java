package jp.espa.kikan.designation;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.espa.kikan.criteria.CriteriaInputs;
import jp.espa.kikan.criteria.LiveCriteriaTables;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.registry.Measure;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Sector;

import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.stereotype.Service;

/**
 * Applies a sector's designation criteria (its decision table) to an operator's measures, and records the evaluation.
 * The table sees, for each of the last 3 completed fiscal years (yearsBack 1..3): that year's figures, the standing
 * facts, and the 3-year averages ({@code <code>Avg3}); the operator meets the criteria if any evaluation hits a rule.
 * How far each criterion looks back is the table's to say, as each ordinance's Art 2 does: every table has a
 * {@code yearsBack} column and every rule states its entry ({@code 1}: the latest figures, or the previous year where
 * the text says 前年度/前年; {@code [1..3]}: 「直前の三年度のいずれかの末日」, credit cards; {@code 1} with {@code Avg3}
 * inputs: 「直近の三事業年度…の平均」, finance). A table
 * that leaves the look-back open would silently count a match of 3 years ago, delaying a mandatory revocation
 * (Art 51), so it is refused. An ordinance amendment is a new table version, not a code change.
 */
@Service
class DesignationCriteria {

    record Hit(int yearsBack, int fiscalYear, String criterion, String description) {
    }

    /** {@code figures}: the latest completed year's figures and the standing facts the table read, with their sources. */
    record Evaluation(boolean meets, List<Hit> hits, String ruleVersion, List<String> figures) {

        /** What the table found; when no criterion is met, the figures that no criterion reached (a revocation's reasons). */
        String findingsJa() {
            if (hits.isEmpty()) {
                return "指定基準に該当する項目はありません。"
                        + (figures.isEmpty() ? "" : "\n判定に用いた数値等:\n" + String.join("\n", figures));
            }
            StringBuilder text = new StringBuilder();
            for (Hit hit : hits) {
                text.append(hit.description()).append("（").append(fiscalYearJa(hit.fiscalYear())).append("）\n");
            }
            return text.toString().strip();
        }
    }

    /** A fiscal year by the era year it begins in: 令和7年度 runs from April 2025 to March 2026. */
    static String fiscalYearJa(int fiscalYear) {
        return EraDates.yearOf(LocalDate.of(fiscalYear, 4, 1)) + "度";
    }

    /** The input every criteria table must have, with an explicit entry in every rule. */
    static final String LOOK_BACK_INPUT = "yearsBack";

    private final DesignationRepository registry;
    private final DecisionRecorder decisions;
    private final LiveCriteriaTables liveTables;

    DesignationCriteria(DesignationRepository registry, DecisionRecorder decisions, LiveCriteriaTables liveTables) {
        this.registry = registry;
        this.decisions = decisions;
        this.liveTables = liveTables;
    }

    /**
     * Evaluates with the sector's live table (its enacted draft, else the latest deployed version); recorded with the
     * case (proposal or designation) and the trigger.
     */
    Evaluation evaluate(UUID operatorId, Sector sector, LocalDate asOf, String trigger, String caseNumber) {
        DecisionRecorder.Table table = liveTables.of(sector);
        DecisionTable model = model(table);
        requireLookBackStated(table, model);
        List<Measure> measures = registry.measures(operatorId, sector.code());
        int latestCompleted = StatutoryPeriods.fiscalYearOf(asOf) - 1;
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<Hit> hits = new ArrayList<>();
        for (int yearsBack = 1; yearsBack <= CriteriaInputs.YEARS; yearsBack++) {
            int fiscalYear = latestCompleted - yearsBack + 1;
            Map<String, Object> in = CriteriaInputs.forYear(measures, fiscalYear, latestCompleted);
            in.put("yearsBack", yearsBack);
            in.put("fiscalYear", fiscalYear);
            inputs.add(in);
            int back = yearsBack;
            decisions.evaluate(table, in).forEach(hit -> {
                // a rule on standing facts hits in every year: keep its most recent hit only
                if (hits.stream().noneMatch(earlier -> earlier.criterion().equals(hit.get("criterion")))) {
                    hits.add(new Hit(back, fiscalYear, (String) hit.get("criterion"), (String) hit.get("description")));
                }
            });
        }
        Evaluation evaluation = new Evaluation(!hits.isEmpty(), hits, table.version(), figures(model, measures, latestCompleted));
        decisions.record(Procedure.DESIGNATION, caseNumber, table, Map.of("trigger", trigger, "years", inputs), hits,
                evaluation.meets() ? "MEETS" : "DOES_NOT_MEET");
        return evaluation;
    }

    private DecisionTable model(DecisionRecorder.Table table) {
        return (DecisionTable) liveTables.model(table).getModelElementsByType(Decision.class).stream()
                .filter(d -> d.getId().equals(table.definition().getKey())).findFirst().orElseThrow().getExpression();
    }

    /**
     * The figures of the latest completed fiscal year and the standing facts (numbers and yes/no facts), each under
     * its column's label in the table (営業キロ（km）), with the year, the value and the source the ministry filed.
     */
    private static List<String> figures(DecisionTable model, List<Measure> measures, int latestCompleted) {
        Map<String, String> labels = new HashMap<>();
        model.getInputs().forEach(input -> labels.put(input.getInputExpression().getText().getTextContent().strip(),
                input.getLabel()));
        return measures.stream()
                .filter(m -> m.fiscalYear() == null || m.fiscalYear() == latestCompleted)
                .filter(m -> m.textValue() == null) // a business type is a code of the table, not a figure
                .map(m -> labels.getOrDefault(m.measureCode(), m.measureCode())
                        + (m.fiscalYear() == null ? "" : "（" + fiscalYearJa(m.fiscalYear()) + "）") + ": " + shown(m)
                        + (m.source() == null || m.source().isBlank() ? "" : "（出典: " + m.source() + "）"))
                .toList();
    }

    private static String shown(Measure m) {
        if (m.numberValue() != null) {
            return new DecimalFormat("#,##0.###").format(m.numberValue());
        }
        return Boolean.TRUE.equals(m.booleanValue()) ? "該当" : "非該当";
    }

    /** Refuses a table (version) whose rules do not each say how many fiscal years they look back. */
    private void requireLookBackStated(DecisionRecorder.Table table, DecisionTable model) {
        List<Input> columns = List.copyOf(model.getInputs());
        int column = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (LOOK_BACK_INPUT.equals(columns.get(i).getInputExpression().getText().getTextContent().strip())) {
                column = i;
            }
        }
        if (column < 0) {
            throw new IllegalStateException(table.version() + " does not state its look-back (no " + LOOK_BACK_INPUT + " column)");
        }
        int lookBack = column;
        model.getRules().forEach(rule -> {
            String entry = List.copyOf(rule.getInputEntries()).get(lookBack).getTextContent();
            if (entry == null || entry.isBlank() || entry.strip().equals("-")) {
                throw new IllegalStateException(table.version() + ": rule " + rule.getId() + " does not state its look-back");
            }
        });
    }
}
