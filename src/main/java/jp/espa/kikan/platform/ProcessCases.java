package jp.espa.kikan.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * How a step finds its case: the business key of its process names the case (application, proposal or review
 * number), set by the service that started it. Never an id taken from the variables, which a client could send.
 */
public final class ProcessCases {

    private ProcessCases() {
    }

    public static String caseNumber(VariableScope scope) {
        DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution() : (DelegateExecution) scope;
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null) {
            throw new IllegalStateException("Process " + execution.getProcessInstanceId() + " names no case");
        }
        return businessKey;
    }
}
