package jp.espa.kikan.designation;

import jp.espa.kikan.registry.DesignationRegistry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 指定中の事業者の再評価: the yearly check of every current designation against its sector's criteria. */
@Component
class ReevaluateDesignationsDelegate implements JavaDelegate {

    private final DesignationRegistry designations;
    private final Reevaluation reevaluation;

    ReevaluateDesignationsDelegate(DesignationRegistry designations, Reevaluation reevaluation) {
        this.designations = designations;
        this.reevaluation = reevaluation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        designations.currentDesignations().forEach(d -> reevaluation.reevaluate(d, "YEARLY"));
    }
}
