package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.Officials;
import java.time.LocalDate;
import java.util.Set;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.CaseStatus;
import jp.espa.kikan.registry.LegalActType;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 勧告の発出: a recommendation follows the consultation and, during screening, is issued by the last day of the
 * period (Art 52(6)). The reply is due 10 days counted from its delivery, moved past administrative holidays.
 */
@Component
class IssueRecommendationCompletion implements TaskListener {

    private final CaseRepository cases;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final Officials officials;

    IssueRecommendationCompletion(CaseRepository cases, StatutoryPeriods periods, StatutoryTime time, Officials officials) {
        this.cases = cases;
        this.periods = periods;
        this.time = time;
        this.officials = officials;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate issued = form.date(RECOMMENDATION_ISSUED_ON, "勧告日");
        LocalDate delivered = form.date(RECOMMENDATION_DELIVERED_ON, "勧告の到達日");
        String measures = form.choice(RECOMMENDATION_MEASURES, "勧告する措置",
                Set.of("CHANGE_PLAN", "STOP_INTRODUCTION", "OTHER_MEASURES"));
        String content = form.text(RECOMMENDATION_CONTENT, "勧告の内容");
        LocalDate today = time.today();
        LocalDate consulted = form.optionalDate(CONSULTATION_DATE);
        FormValues.require(!issued.isAfter(today), "勧告日に将来の日付は入力できません。");
        FormValues.require(consulted == null || !issued.isBefore(consulted), "勧告日は協議日（" + consulted + "）以後にしてください。");
        FormValues.require(!delivered.isBefore(issued) && !delivered.isAfter(today), "勧告の到達日は勧告日以後、本日以前にしてください。");
        LocalDate lastDay = form.optionalDate(PERIOD_LAST_DAY);
        FormValues.require(lastDay == null || !issued.isAfter(lastDay),
                "勧告は期間の末日（" + lastDay + "）までに限り行うことができます。");
        LocalDate replyDue = periods.replyDueOn(delivered);
        task.setVariable(REPLY_DUE_ON, replyDue.toString());
        var caseId = CaseOutcomes.caseId(task);
        cases.recordAct(caseId, LegalActType.RECOMMENDATION, issued, officials.current(task),
                measures + ": " + content + " (delivered " + delivered + ", reply due " + replyDue + ")");
        cases.updateStatus(caseId, CaseStatus.AWAITING_REPLY);
    }
}
