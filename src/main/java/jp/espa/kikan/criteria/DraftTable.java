package jp.espa.kikan.criteria;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.espa.kikan.platform.InvalidInputException;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A criteria table as a draft handles it (DMN XML): its contract (the inputs it reads, the outputs every criteria
 * table gives, a stated look-back in every rule), its thresholds, a copy with thresholds changed, and a first table
 * for a new sector. No engine: parsing and evaluating is {@link CriteriaSimulation}'s.
 */
final class DraftTable {

    /** The outputs every criteria table gives (DesignationCriteria reads them). */
    static final List<String> OUTPUTS = List.of("criterion", "description");
    static final String LOOK_BACK = "yearsBack";

    /** A threshold of a rule: a comparison with a number ({@code >= 1000}) in a column. */
    record Threshold(String ruleId, String input, String label, String comparator, BigDecimal value, String description) {
    }

    /** A new threshold for a rule's column. */
    record ThresholdChange(String ruleId, String input, BigDecimal value) {
    }

    /** A criterion of a new sector's first table: a figure at or above a value in the latest completed year. */
    record FirstCriterion(String measureCode, String labelJa, BigDecimal atLeast, String descriptionJa) {
    }

    private static final Pattern COMPARISON = Pattern.compile("\\s*(>=|>|<=|<|)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

    private final DmnModelInstance model;
    private final DecisionTable table;

    private DraftTable(DmnModelInstance model, DecisionTable table) {
        this.model = model;
        this.table = table;
    }

    /** Reads a table, refusing (naming {@code field}) what is not a DMN decision table under the key given. */
    static DraftTable read(String xml, String decisionKey, String field) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "DMNとして読み込めません。");
        }
        if (!(model.getModelElementById(decisionKey) instanceof Decision decision)
                || !(decision.getExpression() instanceof DecisionTable table)) {
            throw new InvalidInputException(field, "決定 " + decisionKey + " の決定表がありません。");
        }
        return new DraftTable(model, table);
    }

    /** The table as plain comparisons, when it is simple enough (see {@link CompiledTable}). */
    java.util.Optional<CompiledTable> compiled() {
        return CompiledTable.of(table, inputs());
    }

    String xml() {
        return Dmn.convertToString(model);
    }

    /** The input expressions, in the order of the columns. */
    List<String> inputs() {
        return table.getInputs().stream().map(DraftTable::expression).toList();
    }

    /** The Japanese label of each input (its expression where it has none). */
    String label(String input) {
        return table.getInputs().stream().filter(i -> expression(i).equals(input)).findFirst()
                .map(i -> i.getLabel() == null ? input : i.getLabel()).orElse(input);
    }

    /**
     * Refuses a table that breaks the contract of the criteria tables: the outputs criterion and description, a
     * {@code yearsBack} column stated in every rule, and (for a sector that has a live table) the live table's inputs,
     * no more and no fewer: the figures filed are those it reads.
     */
    void requireContract(List<String> liveInputs, String field) {
        List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
        if (!outputs.equals(OUTPUTS)) {
            throw new InvalidInputException(field, "出力は criterion と description の2列にしてください（" + outputs + "）。");
        }
        List<String> inputs = inputs();
        int lookBack = inputs.indexOf(LOOK_BACK);
        if (lookBack < 0) {
            throw new InvalidInputException(field, "遡及年数の列（yearsBack）がありません。");
        }
        for (Rule rule : table.getRules()) {
            String entry = List.copyOf(rule.getInputEntries()).get(lookBack).getTextContent();
            if (entry == null || entry.isBlank() || entry.strip().equals("-")) {
                throw new InvalidInputException(field, "規則 " + rule.getId() + " に遡及年数がありません。");
            }
        }
        if (liveInputs != null && !new LinkedHashSet<>(inputs).equals(new LinkedHashSet<>(liveInputs))) {
            throw new InvalidInputException(field, "入力の列が現行の決定表と異なります（現行: " + liveInputs + "、案: " + inputs + "）。");
        }
        for (String input : inputs) {
            if (!input.matches("[a-z][A-Za-z0-9]*")) {
                throw new InvalidInputException(field, "入力 " + input + " は数値等のコード（routeKm など）にしてください。");
            }
        }
    }

    /**
     * Copies of the table in which every rule reaches one column (the other columns' entries read "-"), and one in
     * which every rule matches: evaluated, they evaluate every entry, so a broken expression shows before the draft
     * is stored (the engine evaluates a column's entries only for the rules its earlier columns matched).
     */
    List<String> probes() {
        String xml = xml();
        List<String> probes = new ArrayList<>();
        for (int column = -1; column < table.getInputs().size(); column++) {
            DraftTable copy = read(xml, ((Decision) table.getParentElement()).getId(), "dmnXml");
            for (Rule rule : copy.table.getRules()) {
                List<InputEntry> entries = List.copyOf(rule.getInputEntries());
                for (int i = 0; i < entries.size(); i++) {
                    if (i != column) {
                        entries.get(i).getText().setTextContent("-");
                    }
                }
            }
            probes.add(copy.xml());
        }
        return probes;
    }

    /** Every numeric threshold of every rule (look-back and codes left out). */
    List<Threshold> thresholds() {
        List<String> inputs = inputs();
        List<Threshold> thresholds = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            List<InputEntry> entries = List.copyOf(rule.getInputEntries());
            for (int i = 0; i < entries.size(); i++) {
                Matcher m = COMPARISON.matcher(text(entries.get(i)));
                if (!inputs.get(i).equals(LOOK_BACK) && m.matches()) {
                    thresholds.add(new Threshold(rule.getId(), inputs.get(i), label(inputs.get(i)),
                            m.group(1).isEmpty() ? "=" : m.group(1), new BigDecimal(m.group(2)),
                            rule.getDescription() == null ? "" : rule.getDescription().getTextContent()));
                }
            }
        }
        return thresholds;
    }

    /** This table with the thresholds changed (the comparison kept); each change must name an existing threshold. */
    DraftTable withThresholds(List<ThresholdChange> changes) {
        List<String> inputs = inputs();
        for (int c = 0; c < changes.size(); c++) {
            ThresholdChange change = changes.get(c);
            String field = "thresholds[" + c + "]";
            if (!(model.getModelElementById(change.ruleId()) instanceof Rule rule) || !table.getRules().contains(rule)) {
                throw new InvalidInputException(field + ".ruleId", "規則 " + change.ruleId() + " は現行の決定表にありません。");
            }
            int column = inputs.indexOf(change.input());
            Matcher m = column < 0 || change.input().equals(LOOK_BACK) ? null
                    : COMPARISON.matcher(text(List.copyOf(rule.getInputEntries()).get(column)));
            if (m == null || !m.matches()) {
                throw new InvalidInputException(field + ".input", "規則 " + change.ruleId() + " の " + change.input() + " に数値の基準がありません。");
            }
            InputEntry entry = List.copyOf(rule.getInputEntries()).get(column);
            entry.getText().setTextContent((m.group(1).isEmpty() ? "" : m.group(1) + " ") + change.value().stripTrailingZeros().toPlainString());
        }
        return this;
    }

    /** The first table of a new sector: one rule per criterion, the latest completed year's figure at or above its value. */
    static String firstTable(String decisionKey, String sectorNameJa, List<FirstCriterion> criteria) {
        StringBuilder inputs = new StringBuilder();
        StringBuilder rules = new StringBuilder();
        Set<String> columns = new LinkedHashSet<>();
        criteria.forEach(c -> columns.add(c.measureCode()));
        List<String> order = List.copyOf(columns);
        for (String code : order) {
            String label = criteria.stream().filter(c -> c.measureCode().equals(code)).findFirst().orElseThrow().labelJa();
            inputs.append("""
                          <input id="Input_%1$s" label="%2$s">
                            <inputExpression id="InputExpression_%1$s" typeRef="double"><text>%1$s</text></inputExpression>
                          </input>
                    """.formatted(code, escape(label)));
        }
        for (int r = 0; r < criteria.size(); r++) {
            FirstCriterion c = criteria.get(r);
            StringBuilder entries = new StringBuilder("        <inputEntry id=\"InputEntry_%d_YearsBack\"><text>1</text></inputEntry>\n".formatted(r + 1));
            for (String code : order) {
                entries.append("        <inputEntry id=\"InputEntry_%d_%s\"><text>%s</text></inputEntry>\n".formatted(r + 1, code,
                        code.equals(c.measureCode()) ? "&gt;= " + c.atLeast().stripTrailingZeros().toPlainString() : "-"));
            }
            rules.append("""
                          <rule id="Rule_%1$d">
                            <description>%3$s</description>
                    %4$s        <outputEntry id="OutputEntry_%1$d_Criterion"><text>"%2$s"</text></outputEntry>
                            <outputEntry id="OutputEntry_%1$d_Description"><text>"%3$s"</text></outputEntry>
                          </rule>
                    """.formatted(r + 1, "CRITERION_" + (r + 1), escape(c.descriptionJa().replace("\"", "”")), entries));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s" name="特定社会基盤事業者の指定基準（%2$s）（案）" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="特定社会基盤事業者の指定基準（%2$s）" camunda:historyTimeToLive="P3650D">
                    <decisionTable id="DecisionTable_%1$s" hitPolicy="COLLECT">
                      <input id="Input_YearsBack" label="遡及年数（1=直近の終了事業年度）">
                        <inputExpression id="InputExpression_YearsBack" typeRef="integer"><text>yearsBack</text></inputExpression>
                      </input>
                %3$s      <output id="Output_Criterion" label="該当する基準" name="criterion" typeRef="string" />
                      <output id="Output_Description" label="基準の内容" name="description" typeRef="string" />
                %4$s    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(decisionKey, escape(sectorNameJa), inputs, rules);
    }

    private static String expression(Input input) {
        return input.getInputExpression().getText().getTextContent().strip();
    }

    private static String text(InputEntry entry) {
        return entry.getTextContent() == null ? "" : entry.getTextContent();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
