package jp.espa.kikan.screening;

import jp.espa.kikan.platform.Officials;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.CaseStatus;
import jp.espa.kikan.registry.LegalActType;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 補正の求め: records the request; the portal shows it to the operator, whose corrected plan comes back over the API. */
@Component
class RequestCorrectionDelegate implements JavaDelegate {

    private final CaseRepository cases;
    private final StatutoryTime time;
    private final Officials officials;

    RequestCorrectionDelegate(CaseRepository cases, StatutoryTime time, Officials officials) {
        this.cases = cases;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseId = CaseOutcomes.caseId(execution);
        cases.recordAct(caseId, LegalActType.CORRECTION_REQUESTED, time.today(), officials.current(),
                (String) execution.getVariable(ScreeningVariables.CORRECTION_REQUEST));
        cases.updateStatus(caseId, CaseStatus.AWAITING_CORRECTION);
    }
}
