package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.DesignationRegistry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 指定しない旨の記録: the decision not to designate, with its reasons. */
@Component
class RecordNonDesignationDelegate implements JavaDelegate {

    private final DesignationRegistry designations;
    private final StatutoryTime time;

    RecordNonDesignationDelegate(DesignationRegistry designations, StatutoryTime time) {
        this.designations = designations;
        this.time = time;
    }

    @Override
    public void execute(DelegateExecution execution) {
        designations.decide(UUID.fromString((String) execution.getVariable(DESIGNATION_CASE_ID)), DO_NOT_DESIGNATE_DECISION,
                RecordDesignationDelegate.decisionReason(execution), time.today());
    }
}
