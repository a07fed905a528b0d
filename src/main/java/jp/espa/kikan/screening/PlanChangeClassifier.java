package jp.espa.kikan.screening;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/** Classifies plan changes (Art 54) with the decision table Decision_PlanChangeClassification. */
@Component
class PlanChangeClassifier {

    static final String DECISION = "Decision_PlanChangeClassification";

    /** Ordered from the change that asks the most of the procedure to the least. */
    enum ChangeClass { IMPORTANT, REPORT, MINOR }

    record ClassifiedItem(String item, ChangeClass changeClass, String label) {
    }

    private final DecisionService decisions;

    PlanChangeClassifier(DecisionService decisions) {
        this.decisions = decisions;
    }

    List<ClassifiedItem> classify(List<String> items) {
        return items.stream().map(this::classify).toList();
    }

    static ChangeClass strongest(List<ClassifiedItem> items) {
        return items.stream().map(ClassifiedItem::changeClass).min(Comparator.naturalOrder()).orElse(ChangeClass.MINOR);
    }

    private ClassifiedItem classify(String item) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION)
                .variables(Variables.putValue("changeItem", item)).evaluate().getSingleResult();
        if (result == null) {
            throw new IllegalArgumentException(item);
        }
        return new ClassifiedItem(item, ChangeClass.valueOf(result.getEntry("changeClass")), result.getEntry("changeClassLabel"));
    }
}
