package jp.espa.kikan.screening;

import static jp.espa.kikan.platform.ProcessCases.caseNumber;
import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Set;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.screening.StandstillRules.Extension;
import jp.espa.kikan.screening.StandstillRules.ExtensionFirst;
import jp.espa.kikan.screening.StandstillRules.ReviewDecision;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the screening model (EquipmentScreeningProcess), and those the recommendation and post-introduction
 * models share with it (candidate group, due dates, the gateways' question to the case file, the extension during a
 * recommendation, closing), as the models call them ({@code ${screeningSteps.reviewPlan(task)}}). Each turns the form's
 * values into a call of {@link ScreeningService} and writes back the display copy; the case is the one the process's
 * business key names, and the actor is the engine's current account. Gateways, timers, due dates and candidate groups
 * read the registry and the case file: a variable edited in a form cannot route a case away from its recorded act. The
 * routing variables are still written, for the forms and for instances of earlier model versions that read them. The
 * steps of the recommendation itself are {@link RecommendationSteps}, those of the review after introduction
 * {@link PostIntroductionReviewSteps}.
 */
@Component
public class ScreeningSteps {

    private final ScreeningService service;
    private final ScreeningAccess cases;
    private final CaseVariables display;
    private final StatutoryTime time;
    private final IdentityService identity;
    private final RecommendationSteps recommendation;
    private final PostIntroductionReviewSteps postIntroduction;
    private final ExtensionDuringRecommendation extensions;

    ScreeningSteps(ScreeningService service, ScreeningAccess cases, CaseVariables display, StatutoryTime time,
                   IdentityService identity, RecommendationSteps recommendation, PostIntroductionReviewSteps postIntroduction,
                   ExtensionDuringRecommendation extensions) {
        this.service = service;
        this.cases = cases;
        this.display = display;
        this.time = time;
        this.identity = identity;
        this.recommendation = recommendation;
        this.postIntroduction = postIntroduction;
        this.extensions = extensions;
    }

    // ---- What the models read: candidate group, due dates and timers, from the registry

    public String reviewerGroup(DelegateExecution execution) {
        return cases.reviewerGroup(cases.byNumber(caseNumber(execution)));
    }

    /** 00:00 Tokyo of the day after the period's last day: when the period has elapsed. */
    public Date periodEnds(DelegateExecution execution) {
        return time.startOfDayAfter(cases.byNumber(caseNumber(execution)).periodLastDay().toString());
    }

    /** The last moment of the period's last day, for user-task due dates; none after introduction (Art 55). */
    public Date dueAtEndOfPeriod(DelegateExecution execution) {
        LocalDate limit = cases.caseOf(caseNumber(execution)).periodLimit();
        return limit == null ? null : time.endOf(limit.toString());
    }

    // ---- What the gateways ask: the case file, never a variable a form could have changed

    /** Whether the latest act of this type decided so: {@code ${screeningSteps.decided(execution, 'REVIEW_DECIDED', 'EXTEND')}}. */
    public boolean decided(DelegateExecution execution, String actType, String decision) {
        return cases.caseOf(caseNumber(execution)).decidedAs(LegalActType.valueOf(actType), decision);
    }

    public boolean enoughTimeForOrder(DelegateExecution execution) {
        return service.timeForReplyAndOrder(caseNumber(execution)).enough();
    }

    // ---- The screening

    /**
     * 適用除外の申出か: whether the filing claims an exemption for the ministry to confirm (Art 52(1), the
     * parenthetical), from the case as filed. Models of earlier releases read the variable {@code exemptionClaimed}
     * here, which filings no longer write: no instance of theirs can still reach the gateway, which follows the start
     * event within the filing's transaction (ModelExpressionsTest).
     */
    public boolean exemptionToConfirm(DelegateExecution execution) {
        return service.exemptionToConfirm(caseNumber(execution));
    }

    public void checkExemption(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean confirmed = form.flag(EXEMPTION_CONFIRMED);
        String assessment = form.text(EXEMPTION_ASSESSMENT, "判断の理由");
        FormValues.step(() -> service.checkExemption(actor(), caseNumber(task), confirmed, assessment));
        task.setVariable(EXEMPTION_CONFIRMED, confirmed);
    }

    /**
     * Proposes the day the plan as it now stands arrived as the day of its 受理. Set on the process, not the task:
     * Tasklist's completion writes the official's answer there, and the check reads that answer.
     */
    public void showArrival(DelegateTask task) {
        task.setVariable(ACCEPTED_ON, cases.caseOf(caseNumber(task)).arrival().toString());
    }

    public void checkCompleteness(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean complete = form.flag(PLAN_COMPLETE);
        LocalDate acceptedOn = complete ? form.optionalDate(ACCEPTED_ON, "受理日") : null;
        FormValues.step(() -> service.checkCompleteness(actor(), caseNumber(task), complete, acceptedOn,
                form.optionalText(CORRECTION_REQUEST)));
        task.setVariable(PLAN_COMPLETE, complete);
    }

    public void acceptPlan(DelegateExecution execution) {
        execution.setVariable(CASE, display.of(service.acceptPlan(caseNumber(execution))));
    }

    public void requestCorrection(DelegateExecution execution) {
        service.requestCorrection(caseNumber(execution));
    }

    public void assessRisk(DelegateExecution execution) {
        SupplierRiskAssessment.Result result = service.assessRisk(caseNumber(execution));
        execution.setVariable(RISK_LEVEL, result.level().labelJa);
        execution.setVariable(RISK_FINDINGS, result.findingsJa());
        execution.setVariable(RISK_RULE_VERSION, result.ruleVersion());
    }

    public void reviewPlan(DelegateTask task) {
        FormValues form = new FormValues(task);
        ReviewDecision decision = ReviewDecision.valueOf(form.choice(REVIEW_DECISION, "審査の結論",
                Set.of("NO_CONCERNS", "EXTEND", "RECOMMEND")));
        String reason = form.text(REVIEW_REASON, "理由");
        LocalDate shortened = decision == ReviewDecision.NO_CONCERNS && form.flag(SHORTEN_STANDSTILL)
                ? form.date(SHORTENED_LAST_DAY, "短縮後の期間の末日") : null;
        Extension extension = decision == ReviewDecision.EXTEND ? extension(form) : null;
        FormValues.step(() -> service.decideReview(actor(), caseNumber(task), decision, shortened, extension, reason));
        task.setVariable(REVIEW_DECISION, decision.name());
    }

    public void concludeWithoutConcerns(DelegateExecution execution) {
        service.concludeWithoutConcerns(caseNumber(execution));
        showClosed(execution);
    }

    public void extendPeriod(DelegateExecution execution) {
        service.extendPeriod(caseNumber(execution));
    }

    /** For the recommendation models of earlier releases (≤ 2.4.0), whose running cases move at start. */
    public boolean canStillExtend(DelegateExecution execution) {
        return cases.caseOf(caseNumber(execution)).canStillExtend();
    }

    /** For the recommendation models of earlier releases (≤ 2.4.0); now an action: ExtensionDuringRecommendation. */
    public void decideExtension(DelegateTask task) {
        FormValues form = new FormValues(task);
        Extension extension = extension(form);
        String reason = form.text(EXTENSION_REASON, "延長の理由");
        FormValues.step(() -> service.decideExtension(actor(), caseNumber(task), extension, reason));
    }

    private static Extension extension(FormValues form) {
        return new Extension(form.date(EXTENDED_LAST_DAY, "延長後の期間の末日"),
                form.optionalDate(EXTENSION_NOTICE_DELIVERED_ON, "延長の通知の到達日"));
    }

    /**
     * 期間の延長 from Tasklist's start form (PeriodExtensionProcess), by the official who submits it: the action on the
     * case the API takes too (ExtensionDuringRecommendation); the instance then runs under the case's number.
     */
    public void extendDuringRecommendation(DelegateExecution execution) {
        FormValues form = new FormValues(execution);
        String applicationNumber = form.text(APPLICATION_NUMBER, "受付番号", EmergencyNotification.class);
        Extension extension = extension(form);
        String reason = form.text(EXTENSION_REASON, "延長の理由");
        FormValues.registration(() -> extensions.extend(actor(), applicationNumber, extension, reason));
        execution.getProcessInstance().setProcessBusinessKey(applicationNumber);
    }

    public void checkTimeForReplyAndOrder(DelegateExecution execution) {
        ScreeningService.TimeForOrder time = service.timeForReplyAndOrder(caseNumber(execution));
        execution.setVariable(ENOUGH_TIME_FOR_ORDER, time.enough());
        execution.setVariable(LATEST_RECOMMENDATION_DAY_FOR_ORDER, time.latestRecommendationDay().toString());
    }

    public void decideExtensionFirst(DelegateTask task) {
        FormValues form = new FormValues(task);
        ExtensionFirst decision = ExtensionFirst.valueOf(form.choice(EXTENSION_FIRST_DECISION, "延長の判断",
                Set.of("EXTEND", "RECOMMEND_ANYWAY")));
        String reason = form.text(EXTENSION_FIRST_REASON, "理由");
        Extension extension = decision == ExtensionFirst.EXTEND ? extension(form) : null;
        FormValues.step(() -> service.decideExtensionFirst(actor(), caseNumber(task), decision, extension, reason));
        task.setVariable(EXTENSION_FIRST_DECISION, decision.name());
    }

    public void recordPeriodEnded(DelegateExecution execution) {
        service.recordPeriodEnded(caseNumber(execution));
        showClosed(execution);
    }

    public void restartReview(DelegateExecution execution) {
        execution.setVariable(CASE, display.of(service.restartReview(caseNumber(execution))));
    }

    /** A step that ends the case with the outcome its path in the model stands for. */
    public void close(DelegateExecution execution, String outcome) {
        service.close(caseNumber(execution), Outcome.valueOf(outcome));
        showClosed(execution);
    }

    // ---- Expressions of the models deployed by earlier releases: their running instances keep calling these by name
    // (${screeningSteps.issueRecommendation(task)}) until this release's start moves them to its models; each step
    // itself now lives with its model. ModelExpressionsTest holds every deployed model's expressions to a bean method.

    public Date replyPeriodEnds(DelegateExecution execution) {
        return recommendation.replyPeriodEnds(execution);
    }

    public void consultMinisters(DelegateTask task) {
        recommendation.consultMinisters(task);
    }

    public void consultOnOrder(DelegateTask task) {
        recommendation.consultOnOrder(task);
    }

    public void issueRecommendation(DelegateTask task) {
        recommendation.issueRecommendation(task);
    }

    public void recordAcceptance(DelegateExecution execution) {
        recommendation.recordAcceptance(execution);
    }

    public void assessRefusal(DelegateTask task) {
        recommendation.assessRefusal(task);
    }

    public void decideOrder(DelegateTask task) {
        recommendation.decideOrder(task);
    }

    public void proposeOrderContent(DelegateTask task) {
        recommendation.proposeOrderContent(task);
    }

    public void issueOrder(DelegateTask task) {
        recommendation.issueOrder(task);
    }

    public boolean afterEmergencyNotification(DelegateExecution execution) {
        return postIntroduction.afterEmergencyNotification(execution);
    }

    public void registerPostIntroductionReview(DelegateExecution execution) {
        postIntroduction.registerPostIntroductionReview(execution);
    }

    public void reviewEmergencyNotification(DelegateTask task) {
        postIntroduction.reviewEmergencyNotification(task);
    }

    public void decideRecommendation(DelegateTask task) {
        postIntroduction.decideRecommendation(task);
    }

    private void showClosed(DelegateExecution execution) {
        execution.setVariable(OUTCOME, cases.byNumber(caseNumber(execution)).outcome().name());
    }

    private Actor actor() {
        return Actor.current(identity);
    }
}