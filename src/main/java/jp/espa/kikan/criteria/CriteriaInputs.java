package jp.espa.kikan.criteria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import jp.espa.kikan.registry.Measure;

/**
 * What a criteria table sees of an operator for one fiscal year: the standing facts, that year's figures, and the
 * 3-year averages ({@code <code>Avg3}) over the latest 3 completed fiscal years (null unless all 3 were filed). The
 * live evaluation (designation) and the simulation of drafts read an operator's figures the same way.
 */
public final class CriteriaInputs {

    /** How many completed fiscal years a criteria table may look back (yearsBack 1..3). */
    public static final int YEARS = 3;

    private CriteriaInputs() {
    }

    public static Map<String, Object> forYear(List<Measure> measures, int fiscalYear, int latestCompleted) {
        Map<String, Object> in = new LinkedHashMap<>();
        Map<String, List<Double>> window = new HashMap<>();
        in.put("businessType", null);
        for (Measure m : measures) {
            if (m.fiscalYear() == null) {
                in.put(m.measureCode(), m.value());
                continue;
            }
            in.putIfAbsent(m.measureCode(), null);
            if (m.fiscalYear() == fiscalYear) {
                in.put(m.measureCode(), m.value());
            }
            if (m.fiscalYear() > latestCompleted - YEARS && m.fiscalYear() <= latestCompleted && m.numberValue() != null) {
                window.computeIfAbsent(m.measureCode(), code -> new ArrayList<>()).add(m.numberValue().doubleValue());
            }
        }
        for (Measure m : measures) {
            if (m.fiscalYear() != null) {
                List<Double> values = window.getOrDefault(m.measureCode(), List.of());
                OptionalDouble average = values.stream().mapToDouble(Double::doubleValue).average();
                in.put(m.measureCode() + "Avg3", values.size() == YEARS ? average.getAsDouble() : null);
            }
        }
        return in;
    }
}
