package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.FormValues;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * An extension (Art 52(4)) must end after the current period and no later than 4 months counted from receipt.
 * Checked when the official decides; granted by Task_ExtendPeriod.
 */
final class ExtensionRules {

    private ExtensionRules() {
    }

    static void accept(VariableScope scope, FormValues form, String reason) {
        LocalDate current = form.optionalDate(PERIOD_LAST_DAY);
        LocalDate cap = form.optionalDate(EXTENSION_CAP);
        LocalDate extended = form.date(EXTENDED_LAST_DAY, "延長後の期間の末日");
        FormValues.require(extended.isAfter(current) && !extended.isAfter(cap),
                "延長後の期間の末日は、現在の末日（" + current + "）より後、延長の上限（" + cap + "）以前にしてください。");
        scope.setVariable(EXTENSION_REASON, reason);
    }
}
