package jp.espa.kikan.designation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.designation.DesignationRepository.OperatorSize;
import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.registry.Procedure;

import org.springframework.stereotype.Component;

/** Whether an operator is an SME under the SME Basic Act (Decision_SmallOrMediumEnterprise holds the thresholds). */
@Component
class SmallOrMediumEnterprise {

    static final String DECISION = "Decision_SmallOrMediumEnterprise";

    record Finding(boolean sme, String basis) {
    }

    private final DecisionRecorder decisions;

    SmallOrMediumEnterprise(DecisionRecorder decisions) {
        this.decisions = decisions;
    }

    /** Tests the size a proposal states; the evaluation goes on record with the proposal. */
    Finding test(OperatorSize size, String proposalNumber) {
        if (size.industry() == null) {
            return new Finding(false, "業種・規模の届出なし（判定不能）");
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("industry", size.industry());
        inputs.put("capitalYen", size.capitalYen() == null ? null : size.capitalYen().doubleValue());
        inputs.put("employees", size.employees() == null ? null : size.employees().doubleValue());
        List<Map<String, Object>> result = decisions.evaluateAndRecord(Procedure.DESIGNATION, proposalNumber, DECISION, inputs,
                hits -> hits.isEmpty() ? "NOT_SME" : "SME");
        return result.isEmpty() ? new Finding(false, "中小企業者に該当しない")
                : new Finding(true, (String) result.get(0).get("basis"));
    }
}
