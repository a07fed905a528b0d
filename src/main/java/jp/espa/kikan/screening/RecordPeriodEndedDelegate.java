package jp.espa.kikan.screening;

import jp.espa.kikan.platform.Officials;
import java.util.EnumSet;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.CaseStatus;
import jp.espa.kikan.registry.Outcome;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 期間満了の記録: once the period ends the minister can neither recommend nor order. Without a recommendation the
 * operator may introduce; with one pending, no order can follow any more.
 */
@Component
class RecordPeriodEndedDelegate implements JavaDelegate {

    private final CaseRepository cases;
    private final CaseOutcomes outcomes;
    private final StatutoryTime time;

    RecordPeriodEndedDelegate(CaseRepository cases, CaseOutcomes outcomes, StatutoryTime time) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.time = time;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseStatus status = cases.get(CaseOutcomes.caseId(execution)).status();
        boolean recommended = EnumSet.of(CaseStatus.AWAITING_REPLY, CaseStatus.ORDER_UNDER_CONSIDERATION).contains(status);
        outcomes.close(execution, recommended ? Outcome.PERIOD_ENDED_NO_ORDER : Outcome.PERIOD_ENDED_NO_RECOMMENDATION,
                time.today(), Officials.SYSTEM);
    }
}
