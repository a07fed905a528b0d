package jp.espa.kikan.registry;

import java.math.BigDecimal;

/**
 * A figure or fact an operator reports about its business in a sector, named as the criteria table names it.
 * Yearly figures carry their fiscal year; standing facts (business type, plant capacity...) have none.
 */
public record Measure(String measureCode, Integer fiscalYear, BigDecimal numberValue, String textValue,
                      Boolean booleanValue, String source) {

    /** The value as the decision table reads it. */
    public Object value() {
        if (numberValue != null) {
            return numberValue.doubleValue();
        }
        return textValue != null ? textValue : booleanValue;
    }
}
