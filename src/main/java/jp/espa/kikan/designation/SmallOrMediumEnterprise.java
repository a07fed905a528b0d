package jp.espa.kikan.designation;

import jp.espa.kikan.registry.DesignationRegistry.OperatorSize;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Whether an operator is an SME under the SME Basic Act (Decision_SmallOrMediumEnterprise holds the thresholds). */
@Component
class SmallOrMediumEnterprise {

    static final String DECISION = "Decision_SmallOrMediumEnterprise";

    record Finding(boolean sme, String basis) {
    }

    private final DecisionService decisions;

    SmallOrMediumEnterprise(DecisionService decisions) {
        this.decisions = decisions;
    }

    Finding test(OperatorSize size) {
        if (size.industry() == null) {
            return new Finding(false, "業種・規模の届出なし（判定不能）");
        }
        var result = decisions.evaluateDecisionByKey(DECISION).variables(Variables.createVariables()
                .putValue("industry", size.industry())
                .putValue("capitalYen", size.capitalYen() == null ? null : size.capitalYen().doubleValue())
                .putValue("employees", size.employees() == null ? null : size.employees().doubleValue()))
                .evaluate();
        DmnDecisionResultEntries first = result.getFirstResult();
        return first == null ? new Finding(false, "中小企業者に該当しない")
                : new Finding(true, (String) first.getEntry("basis"));
    }
}
