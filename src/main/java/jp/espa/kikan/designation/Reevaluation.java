package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.util.Map;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Re-applies the criteria to a designated operator (new measures filed, or the yearly review). One that no longer
 * meets them must be revoked (Art 51): a revocation process starts, once per designation.
 */
@Service
class Reevaluation {

    private final DesignationCriteria criteria;
    private final SectorRegistry sectors;
    private final RuntimeService runtime;
    private final StatutoryTime time;

    Reevaluation(DesignationCriteria criteria, SectorRegistry sectors, RuntimeService runtime, StatutoryTime time) {
        this.criteria = criteria;
        this.sectors = sectors;
        this.runtime = runtime;
        this.time = time;
    }

    /** Returns whether a revocation was started. */
    boolean reevaluate(Designation d, String trigger) {
        Sector sector = sectors.sector(d.sectorCode()).orElseThrow();
        DesignationCriteria.Evaluation evaluation = criteria.evaluate(d.operatorId(), sector, time.today(), trigger, null);
        String businessKey = "REVOKE-" + d.id();
        if (evaluation.meets() || runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0) {
            return false;
        }
        Map<String, Object> variables = DesignationIntake.operatorVariables(
                new Operator(d.operatorId(), d.corporateNumber(), d.operatorName(), d.operatorAddress()), sector);
        variables.put(DESIGNATION_ID, d.id().toString());
        variables.put(DESIGNATED_ON, d.designatedOn().toString());
        variables.put(CRITERIA_MET, false);
        variables.put(CRITERIA_FINDINGS, evaluation.findingsJa());
        variables.put(CRITERIA_RULE_VERSION, evaluation.ruleVersion());
        runtime.createProcessInstanceByKey(REVOCATION_PROCESS).businessKey(businessKey).setVariables(variables).execute();
        return true;
    }
}
