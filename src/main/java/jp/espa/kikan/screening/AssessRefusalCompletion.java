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

/** 不受諾の正当な理由の判断: only a refusal without justifiable reason can lead to an order (Art 52(9)). */
@Component
class AssessRefusalCompletion implements TaskListener {

    private final CaseRepository cases;
    private final CaseOutcomes outcomes;
    private final StatutoryTime time;
    private final Officials officials;

    AssessRefusalCompletion(CaseRepository cases, CaseOutcomes outcomes, StatutoryTime time, Officials officials) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean justified = form.flag(REFUSAL_JUSTIFIED);
        task.setVariable(REFUSAL_JUSTIFIED, justified);
        String assessment = form.text(REFUSAL_ASSESSMENT, "判断の理由");
        String official = officials.current(task);
        cases.recordAct(CaseOutcomes.caseId(task), LegalActType.REFUSAL_ASSESSED, time.today(), official,
                (justified ? "Justifiable reason. " : "No justifiable reason. ") + assessment);
        if (justified) {
            outcomes.close(task, Outcome.REFUSAL_JUSTIFIED, time.today(), official);
        }
    }
}
