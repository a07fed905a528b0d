package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import java.time.LocalDate;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 内閣総理大臣等との協議 (Art 56): no recommendation or order without a recorded prior consultation. */
@Component
class ConsultMinistersCompletion implements TaskListener {

    private final CaseRepository cases;
    private final StatutoryTime time;
    private final Officials officials;

    ConsultMinistersCompletion(CaseRepository cases, StatutoryTime time, Officials officials) {
        this.cases = cases;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate consulted = form.date(CONSULTATION_DATE, "協議日");
        String parties = form.text(CONSULTED_PARTIES, "協議先");
        String summary = form.text(CONSULTATION_SUMMARY, "協議の結果");
        FormValues.require(!consulted.isAfter(time.today()), "協議日に将来の日付は入力できません。");
        cases.recordAct(CaseOutcomes.caseId(task), LegalActType.CONSULTATION, consulted, officials.current(task),
                parties + ": " + summary);
    }
}
