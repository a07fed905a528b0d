package jp.espa.kikan.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A criteria table compiled to plain comparisons, for simulating over a whole business: the DMN engine (FEEL) parses
 * every entry again at each evaluation, which took 8 ms an operator on this machine under load. Only tables whose every
 * input is a variable and every entry one of FEEL's simple unary tests the criteria tables use ({@code -}, a number,
 * {@code >= n}, {@code > n}, {@code <= n}, {@code < n}, an interval {@code [a..b]}, a string, true or false, or a list of
 * them) and whose outputs are strings compile; any other table is left to the engine. {@code CriteriaSimulationTest}
 * holds every live table's compiled form to the engine's answers.
 */
final class CompiledTable {

    private record CompiledRule(List<Predicate<Object>> entries, String criterion) {
    }

    private static final Pattern COMPARISON = Pattern.compile("(>=|>|<=|<)?\\s*(-?[0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern INTERVAL = Pattern.compile("([\\[(\\]])\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*\\.\\.\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*([\\])\\[])");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");

    private final List<String> inputs;
    private final List<CompiledRule> rules;

    private CompiledTable(List<String> inputs, List<CompiledRule> rules) {
        this.inputs = inputs;
        this.rules = rules;
    }

    /** The table compiled, or empty when it uses more than the simple tests above. */
    static Optional<CompiledTable> of(DecisionTable table, List<String> inputs) {
        if (table.getHitPolicy() != HitPolicy.COLLECT || table.getAggregation() != null
                || inputs.stream().anyMatch(input -> !input.matches("[a-zA-Z][A-Za-z0-9]*"))) {
            return Optional.empty();
        }
        List<CompiledRule> rules = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            List<Predicate<Object>> entries = new ArrayList<>();
            for (InputEntry entry : rule.getInputEntries()) {
                Predicate<Object> test = test(entry.getTextContent() == null ? "" : entry.getTextContent().strip());
                if (test == null) {
                    return Optional.empty();
                }
                entries.add(test);
            }
            OutputEntry criterion = List.copyOf(rule.getOutputEntries()).get(0);
            Matcher literal = STRING.matcher(criterion.getTextContent() == null ? "" : criterion.getTextContent().strip());
            if (!literal.matches()) {
                return Optional.empty();
            }
            rules.add(new CompiledRule(entries, literal.group(1)));
        }
        return Optional.of(new CompiledTable(inputs, rules));
    }

    /** The criterion of every rule that matches, as the engine's COLLECT gives them. */
    void evaluate(Map<String, Object> in, java.util.Collection<String> hits) {
        Object[] values = new Object[inputs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.get(inputs.get(i));
        }
        for (CompiledRule rule : rules) {
            boolean matches = true;
            for (int i = 0; i < values.length && matches; i++) {
                matches = rule.entries().get(i).test(values[i]);
            }
            if (matches) {
                hits.add(rule.criterion());
            }
        }
    }

    /** A simple unary test, or null when the text is something else. */
    private static Predicate<Object> test(String text) {
        if (text.isEmpty() || text.equals("-")) {
            return value -> true;
        }
        List<Predicate<Object>> alternatives = new ArrayList<>();
        for (String part : text.split(",")) {
            Predicate<Object> one = single(part.strip());
            if (one == null) {
                return null;
            }
            alternatives.add(one);
        }
        return value -> alternatives.stream().anyMatch(test -> test.test(value));
    }

    private static Predicate<Object> single(String text) {
        Matcher comparison = COMPARISON.matcher(text);
        if (comparison.matches()) {
            double bound = Double.parseDouble(comparison.group(2));
            String operator = comparison.group(1) == null ? "=" : comparison.group(1);
            return value -> value instanceof Number n && switch (operator) {
                case ">=" -> n.doubleValue() >= bound;
                case ">" -> n.doubleValue() > bound;
                case "<=" -> n.doubleValue() <= bound;
                case "<" -> n.doubleValue() < bound;
                default -> n.doubleValue() == bound;
            };
        }
        Matcher interval = INTERVAL.matcher(text);
        if (interval.matches()) {
            boolean fromIncluded = interval.group(1).equals("[");
            double from = Double.parseDouble(interval.group(2));
            double to = Double.parseDouble(interval.group(3));
            boolean toIncluded = interval.group(4).equals("]");
            return value -> value instanceof Number n && (fromIncluded ? n.doubleValue() >= from : n.doubleValue() > from)
                    && (toIncluded ? n.doubleValue() <= to : n.doubleValue() < to);
        }
        Matcher string = STRING.matcher(text);
        if (string.matches()) {
            String expected = string.group(1);
            return expected::equals;
        }
        if (text.equals("true") || text.equals("false")) {
            Boolean expected = Boolean.valueOf(text);
            return expected::equals;
        }
        return null;
    }
}
