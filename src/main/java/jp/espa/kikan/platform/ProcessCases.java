package jp.espa.kikan.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
// engine internals: Camunda's public API sets a business key only from inside the process
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * How a step finds its case: the business key of its process names the case (application, proposal or review
 * number), set by the service that started it. Never an id taken from the variables, which a client could send.
 */
public final class ProcessCases {

    private ProcessCases() {
    }

    /**
     * Names a running process's case anew (an upgrade from an earlier naming). Camunda's public API sets a business key
     * only from inside the process; this runs the same setter in a command of its own.
     */
    public static void rename(ProcessEngine engine, String processInstanceId, String caseNumber) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
                    instance.setProcessBusinessKey(caseNumber);
                    return null;
                });
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
