package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The designation procedure's side of the engine: it starts the designation, revocation and change-notice processes
 * for their case (the business key) with what their forms show, and tells whether a case has a process running.
 */
@Component
class DesignationEngine {

    private final RuntimeService runtime;

    DesignationEngine(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void startDesignation(String proposalNumber, Map<String, Object> variables) {
        start(DESIGNATION_PROCESS, proposalNumber, variables);
    }

    void startRevocation(String designationKey, Map<String, Object> variables) {
        start(REVOCATION_PROCESS, designationKey, variables);
    }

    void startChangeNotice(String changeKey, Map<String, Object> variables) {
        start(CHANGE_NOTICE_PROCESS, changeKey, variables);
    }

    /** The findings a proposal's forms show, after the criteria were applied again while its process runs. */
    void showFindings(String proposalNumber, Map<String, Object> variables) {
        runtime.createProcessInstanceQuery().processDefinitionKey(DESIGNATION_PROCESS).processInstanceBusinessKey(proposalNumber)
                .list().forEach(instance -> runtime.setVariables(instance.getId(), variables));
    }

    boolean hasProcessRunning(String caseNumber) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() > 0;
    }

    private void start(String process, String caseNumber, Map<String, Object> variables) {
        runtime.createProcessInstanceByKey(process).businessKey(caseNumber).setVariables(variables).execute();
    }
}
