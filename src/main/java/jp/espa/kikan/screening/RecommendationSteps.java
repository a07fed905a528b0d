package jp.espa.kikan.screening;

import static jp.espa.kikan.platform.ProcessCases.caseNumber;
import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.screening.RecommendationRules.ConsultationBefore;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the recommendation model (RecommendationProcess, called by the screening and by the review after
 * introduction): the consultations (Art 56), the recommendation and its reply period, the assessment of a refusal, the
 * order. Each turns the form's values into a call of {@link ScreeningService} and writes back what later forms show;
 * the steps it shares with the screening (candidate group, due dates, gateways, extension, closing) are
 * {@link ScreeningSteps}'.
 */
@Component
public class RecommendationSteps {

    private final ScreeningService service;
    private final ScreeningAccess cases;
    private final StatutoryTime time;
    private final IdentityService identity;

    RecommendationSteps(ScreeningService service, ScreeningAccess cases, StatutoryTime time, IdentityService identity) {
        this.service = service;
        this.cases = cases;
        this.time = time;
        this.identity = identity;
    }

    /** 00:00 Tokyo of the day after the reply's last day, as recorded with the recommendation. */
    public Date replyPeriodEnds(DelegateExecution execution) {
        return time.startOfDayAfter(replyDue(execution).toString());
    }

    /** The end of the reply's last day: the due date of the wait for the reply (platform/OperatorWaits). */
    public Date replyDueAtEndOfDay(DelegateExecution execution) {
        return time.endOf(replyDue(execution).toString());
    }

    private LocalDate replyDue(DelegateExecution execution) {
        return cases.caseOf(caseNumber(execution)).decided(LegalActType.RECOMMENDATION).dueOn();
    }

    public void consultMinisters(DelegateTask task) {
        consult(task, ConsultationBefore.RECOMMENDATION);
    }

    public void consultOnOrder(DelegateTask task) {
        consult(task, ConsultationBefore.ORDER);
    }

    private void consult(DelegateTask task, ConsultationBefore before) {
        FormValues form = new FormValues(task);
        LocalDate consulted = form.date(CONSULTATION_DATE, "協議日");
        String parties = form.text(CONSULTED_PARTIES, "協議先");
        String summary = form.text(CONSULTATION_SUMMARY, "協議の結果");
        FormValues.step(() -> service.consult(actor(), caseNumber(task), before, consulted, parties, summary));
    }

    public void issueRecommendation(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate issued = form.date(RECOMMENDATION_ISSUED_ON, "勧告日");
        LocalDate delivered = form.date(RECOMMENDATION_DELIVERED_ON, "勧告の到達日");
        RecommendedMeasure measure = RecommendedMeasure.valueOf(form.choice(RECOMMENDATION_MEASURES, "勧告する措置",
                Arrays.stream(RecommendedMeasure.values()).map(Enum::name).collect(Collectors.toSet())));
        String content = form.text(RECOMMENDATION_CONTENT, "勧告の内容");
        LocalDate replyDue = FormValues.step(() -> service.recommend(actor(), caseNumber(task), issued, delivered, measure, content));
        task.setVariable(REPLY_DUE_ON, replyDue.toString());
        // shown on the reply's, the refusal's and the order's forms under keys no later form edits
        task.setVariable(RECOMMENDED_MEASURES, measure.labelJa());
        task.setVariable(RECOMMENDED_CONTENT, content);
        task.setVariable(REPLY_ANSWER, OperatorRequestService.NO_REPLY_JA);
    }

    public void recordAcceptance(DelegateExecution execution) {
        service.recordAcceptance(caseNumber(execution));
        execution.setVariable(OUTCOME, cases.byNumber(caseNumber(execution)).outcome().name());
    }

    public void assessRefusal(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean justified = form.flag(REFUSAL_JUSTIFIED);
        String assessment = form.text(REFUSAL_ASSESSMENT, "判断の理由");
        FormValues.step(() -> service.assessRefusal(actor(), caseNumber(task), justified, assessment));
        task.setVariable(REFUSAL_JUSTIFIED, justified);
    }

    public void decideOrder(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean issue = form.flag(ISSUE_ORDER);
        String reason = form.text(ORDER_DECISION_REASON, "判断の理由");
        String content = issue ? form.text(ORDER_CONTENT, "命令の内容") : null;
        FormValues.step(() -> service.decideOrder(actor(), caseNumber(task), issue, content, reason));
        task.setVariable(ISSUE_ORDER, issue);
        if (issue) { // the order as decided, for the opportunity to explain and the order itself
            task.setVariable(ORDER_DRAFT, content);
        }
    }

    /** Proposes the order as decided as the order's content; the official may still adjust it before issuing. */
    public void proposeOrderContent(DelegateTask task) {
        Object draft = task.getVariable(ORDER_DRAFT);
        if (draft != null) {
            task.setVariable(ORDER_CONTENT, draft);
        }
    }

    public void issueOrder(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate issued = form.date(ORDER_ISSUED_ON, "命令日");
        LocalDate delivered = form.date(ORDER_DELIVERED_ON, "命令の到達日");
        LocalDate complyBy = form.date(ORDER_COMPLY_BY, "措置をとるべき期限");
        String content = form.text(ORDER_CONTENT, "命令の内容");
        FormValues.step(() -> service.issueOrder(actor(), caseNumber(task), issued, delivered, complyBy, content));
        task.setVariable(OUTCOME, cases.byNumber(caseNumber(task)).outcome().name());
    }

    private Actor actor() {
        return Actor.current(identity);
    }
}
