package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.SectorRegistry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 指定基準の評価: applies the sector's criteria and the SME test, and shows the official why. */
@Component
class EvaluateDesignationCriteriaDelegate implements JavaDelegate {

    private final DesignationCriteria criteria;
    private final SmallOrMediumEnterprise smeTest;
    private final DesignationRegistry designations;
    private final SectorRegistry sectors;
    private final StatutoryTime time;

    EvaluateDesignationCriteriaDelegate(DesignationCriteria criteria, SmallOrMediumEnterprise smeTest,
                                        DesignationRegistry designations, SectorRegistry sectors, StatutoryTime time) {
        this.criteria = criteria;
        this.smeTest = smeTest;
        this.designations = designations;
        this.sectors = sectors;
        this.time = time;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID operatorId = UUID.fromString((String) execution.getVariable(OPERATOR_ID));
        UUID caseId = UUID.fromString((String) execution.getVariable(DESIGNATION_CASE_ID));
        var sector = sectors.sector((String) execution.getVariable(SECTOR_CODE)).orElseThrow();
        DesignationCriteria.Evaluation evaluation = criteria.evaluate(operatorId, sector, time.today(), "PROPOSAL", caseId);
        SmallOrMediumEnterprise.Finding sme = smeTest.test(designations.size(operatorId));
        execution.setVariable(CRITERIA_MET, evaluation.meets());
        execution.setVariable(CRITERIA_FINDINGS, evaluation.findingsJa());
        execution.setVariable(CRITERIA_RULE_VERSION, evaluation.ruleVersion());
        execution.setVariable(SME, sme.sme());
        execution.setVariable(SME_BASIS, sme.basis());
    }
}
