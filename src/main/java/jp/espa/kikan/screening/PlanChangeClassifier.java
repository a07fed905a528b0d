package jp.espa.kikan.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.Procedure;

import org.springframework.stereotype.Component;

/**
 * Classifies plan changes (Art 54) with the decision table Decision_PlanChangeClassification, on record with the case:
 * one rule per change the ordinances list as important (Art 54(1)) or minor (Art 54(4)); the rest is reported.
 */
@Component
class PlanChangeClassifier {

    static final String DECISION = "Decision_PlanChangeClassification";

    /** Ordered from the change that asks the most of the procedure to the least. */
    enum ChangeClass { IMPORTANT, REPORT, MINOR }

    /** {@code provision}: the ordinance's article, paragraph and item that classify the change. */
    record ClassifiedItem(String item, ChangeClass changeClass, String label, String provision) {
    }

    private final DecisionRecorder decisions;

    PlanChangeClassifier(DecisionRecorder decisions) {
        this.decisions = decisions;
    }

    /** Classifies every item; an item the table does not know is named as {@code items[i]}. */
    List<ClassifiedItem> classify(String applicationNumber, List<String> items) {
        DecisionRecorder.Table table = decisions.latest(DECISION);
        List<ClassifiedItem> classified = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Map<String, Object>> result = decisions.evaluate(table, Map.of("changeItem", items.get(i)));
            if (result.isEmpty()) {
                throw new InvalidInputException("items[" + i + "]", "変更事項 " + items.get(i)
                        + " は定められていません。主務省令に掲げる変更事項を、関係する者ごとに指定してください（" + DECISION + "）。");
            }
            Map<String, Object> hit = result.get(0);
            classified.add(new ClassifiedItem(items.get(i), ChangeClass.valueOf((String) hit.get("changeClass")),
                    (String) hit.get("changeClassLabel"), (String) hit.get("provision")));
        }
        decisions.record(Procedure.SCREENING, applicationNumber, table, Map.of("changeItems", items), classified,
                strongest(classified).name());
        return classified;
    }

    static ChangeClass strongest(List<ClassifiedItem> items) {
        return items.stream().map(ClassifiedItem::changeClass).min(Comparator.naturalOrder()).orElse(ChangeClass.MINOR);
    }
}
