package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 事後届出の確認: an urgently introduced equipment with concerns goes on to consultation and recommendation. */
@Component
class ReviewEmergencyNotificationCompletion implements TaskListener {

    private final CaseRepository cases;
    private final CaseOutcomes outcomes;
    private final StatutoryTime time;
    private final Officials officials;

    ReviewEmergencyNotificationCompletion(CaseRepository cases, CaseOutcomes outcomes, StatutoryTime time,
                                          Officials officials) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean concerns = form.flag(CONCERNS_FOUND);
        task.setVariable(CONCERNS_FOUND, concerns);
        String reason = form.text(EMERGENCY_REVIEW_REASON, "判断の理由");
        String official = officials.current(task);
        cases.recordAct(CaseOutcomes.caseId(task), LegalActType.EMERGENCY_NOTIFICATION_REVIEWED, time.today(), official,
                (concerns ? "Concerns found. " : "No concerns. ") + reason);
        if (!concerns) {
            outcomes.close(task, Outcome.NO_CONCERNS, time.today(), official);
        }
    }
}
