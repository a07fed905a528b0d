package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.Officials;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 供給者等のリスク評価: applies the risk criteria and hands the findings to the reviewing official. */
@Component
class AssessSupplierRiskDelegate implements JavaDelegate {

    private final SupplierRiskAssessment assessment;
    private final CaseRepository cases;
    private final StatutoryTime time;

    AssessSupplierRiskDelegate(SupplierRiskAssessment assessment, CaseRepository cases, StatutoryTime time) {
        this.assessment = assessment;
        this.cases = cases;
        this.time = time;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseId = CaseOutcomes.caseId(execution);
        SupplierRiskAssessment.Result result = assessment.assess(caseId);
        execution.setVariable(RISK_LEVEL, result.level().name());
        execution.setVariable(RISK_FINDINGS, result.findingsJa());
        execution.setVariable(RISK_RULE_VERSION, result.ruleVersion());
        cases.recordAct(caseId, LegalActType.RISK_ASSESSED, time.today(), Officials.SYSTEM,
                result.level() + " by " + result.ruleVersion());
    }
}
