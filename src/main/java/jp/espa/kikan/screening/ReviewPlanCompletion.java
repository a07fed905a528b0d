package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import java.time.LocalDate;
import java.util.Set;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 導入等計画書の審査: checks the decision. "No concerns" closes the case, optionally shortening the standstill by
 * notice (Art 52(3) proviso); an extension is checked here and granted by Task_ExtendPeriod.
 */
@Component
class ReviewPlanCompletion implements TaskListener {

    private final CaseRepository cases;
    private final CaseOutcomes outcomes;
    private final StatutoryTime time;
    private final Officials officials;

    ReviewPlanCompletion(CaseRepository cases, CaseOutcomes outcomes, StatutoryTime time, Officials officials) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        String decision = form.choice(REVIEW_DECISION, "審査の結論", Set.of("NO_CONCERNS", "EXTEND", "RECOMMEND"));
        String reason = form.text(REVIEW_REASON, "理由");
        switch (decision) {
            case "NO_CONCERNS" -> concludeWithoutConcerns(task, form, reason);
            case "EXTEND" -> ExtensionRules.accept(task, form, reason);
            default -> { }
        }
    }

    private void concludeWithoutConcerns(DelegateTask task, FormValues form, String reason) {
        var caseId = CaseOutcomes.caseId(task);
        LocalDate today = time.today();
        String official = officials.current(task);
        if (form.flag(SHORTEN_STANDSTILL)) {
            LocalDate periodLastDay = form.optionalDate(PERIOD_LAST_DAY);
            LocalDate shortened = form.date(SHORTENED_LAST_DAY, "短縮後の期間の末日");
            FormValues.require(!shortened.isBefore(today) && shortened.isBefore(periodLastDay),
                    "短縮後の期間の末日は、本日（" + today + "）以降、現在の末日（" + periodLastDay + "）より前の日にしてください。");
            cases.updatePeriodLastDay(caseId, shortened);
            cases.recordAct(caseId, LegalActType.SHORTENING_NOTICE, today, official,
                    "Standstill shortened to end on " + shortened + ". " + reason);
            task.setVariable(PERIOD_LAST_DAY, shortened.toString());
        }
        outcomes.close(task, Outcome.NO_CONCERNS, today, official);
    }
}
