package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.Officials;
import java.time.LocalDate;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 審査のやり直し: an important change (Art 54) counts as a new plan received on the day the change was filed. */
@Component
class RestartReviewDelegate implements JavaDelegate {

    private final CaseRepository cases;
    private final StatutoryPeriods periods;

    RestartReviewDelegate(CaseRepository cases, StatutoryPeriods periods) {
        this.cases = cases;
        this.periods = periods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseId = CaseOutcomes.caseId(execution);
        LocalDate receivedOn = LocalDate.parse((String) execution.getVariable(CHANGE_RECEIVED_ON));
        LocalDate lastDay = periods.standstillLastDay(receivedOn);
        LocalDate cap = periods.extensionCap(receivedOn);
        cases.restartClocks(caseId, receivedOn, lastDay, cap);
        cases.recordAct(caseId, LegalActType.REVIEW_RESTARTED, receivedOn, Officials.SYSTEM,
                "New standstill ends on " + lastDay + ", extension cap " + cap);
        execution.setVariable(RECEIVED_ON, receivedOn.toString());
        execution.setVariable(PERIOD_LAST_DAY, lastDay.toString());
        execution.setVariable(EXTENSION_CAP, cap.toString());
    }
}
