package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import java.time.LocalDate;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 命令の判断: an order follows the recommendation and, during screening, shares its deadline (Art 52(9)). */
@Component
class DecideOrderCompletion implements TaskListener {

    private final CaseRepository cases;
    private final CaseOutcomes outcomes;
    private final StatutoryTime time;
    private final Officials officials;

    DecideOrderCompletion(CaseRepository cases, CaseOutcomes outcomes, StatutoryTime time, Officials officials) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean issue = form.flag(ISSUE_ORDER);
        task.setVariable(ISSUE_ORDER, issue);
        String reason = form.text(ORDER_DECISION_REASON, "判断の理由");
        var caseId = CaseOutcomes.caseId(task);
        String official = officials.current(task);
        LocalDate today = time.today();
        if (!issue) {
            cases.recordAct(caseId, LegalActType.ORDER_NOT_ISSUED, today, official, reason);
            outcomes.close(task, Outcome.NO_ORDER, today, official);
            return;
        }
        LocalDate ordered = form.date(ORDER_ISSUED_ON, "命令日");
        String content = form.text(ORDER_CONTENT, "命令の内容");
        LocalDate recommended = form.optionalDate(RECOMMENDATION_ISSUED_ON);
        LocalDate lastDay = form.optionalDate(PERIOD_LAST_DAY);
        FormValues.require(!ordered.isAfter(today) && !ordered.isBefore(recommended),
                "命令日は勧告日（" + recommended + "）以後、本日以前にしてください。");
        FormValues.require(lastDay == null || !ordered.isAfter(lastDay),
                "命令は期間の末日（" + lastDay + "）までに限り行うことができます。");
        cases.recordAct(caseId, LegalActType.ORDER, ordered, official, content + " " + reason);
        outcomes.close(task, Outcome.ORDER_ISSUED, today, official);
    }
}
