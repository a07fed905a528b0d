package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.Officials;
import java.time.LocalDate;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * 禁止期間の延長: records the extension notice and moves the period-end timer to the new last day,
 * so the running review continues under the extended period.
 */
@Component
class ExtendPeriodDelegate implements JavaDelegate {

    private final CaseRepository cases;
    private final StatutoryTime time;
    private final Officials officials;
    private final ManagementService management;

    ExtendPeriodDelegate(CaseRepository cases, StatutoryTime time, Officials officials, ManagementService management) {
        this.cases = cases;
        this.time = time;
        this.officials = officials;
        this.management = management;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseId = CaseOutcomes.caseId(execution);
        LocalDate extended = LocalDate.parse(execution.getVariable(EXTENDED_LAST_DAY).toString().substring(0, 10));
        execution.setVariable(PERIOD_LAST_DAY, extended.toString());
        cases.updatePeriodLastDay(caseId, extended);
        cases.recordAct(caseId, LegalActType.EXTENSION_NOTICE, time.today(), officials.current(),
                "Period extended to end on " + extended + ". " + execution.getVariable(EXTENSION_REASON));
        for (Job timer : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId(TIMER_PERIOD_ENDED).timers().list()) {
            management.recalculateJobDuedate(timer.getId(), false);
        }
    }
}
