package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 記載事項の確認: a plan with defects needs the points to correct; a complete plan is recorded as such. */
@Component
class CheckCompletenessCompletion implements TaskListener {

    private final CaseRepository cases;
    private final StatutoryTime time;
    private final Officials officials;

    CheckCompletenessCompletion(CaseRepository cases, StatutoryTime time, Officials officials) {
        this.cases = cases;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean complete = form.flag(PLAN_COMPLETE);
        task.setVariable(PLAN_COMPLETE, complete);
        if (complete) {
            cases.recordAct(CaseOutcomes.caseId(task), LegalActType.COMPLETENESS_CONFIRMED, time.today(),
                    officials.current(task), null);
        } else {
            form.text(CORRECTION_REQUEST, "補正を求める事項");
        }
    }
}
