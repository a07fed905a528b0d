package jp.espa.kikan.screening;

import static jp.espa.kikan.platform.ProcessCases.caseNumber;
import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.EmergencyCase;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.screening.PlanSubmission.Party;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.screening.ScreeningCase.ConsultationBefore;
import jp.espa.kikan.screening.ScreeningCase.Extension;
import jp.espa.kikan.screening.ScreeningCase.ExtensionFirst;
import jp.espa.kikan.screening.ScreeningCase.ReviewDecision;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the screening, recommendation and post-introduction review models, as the models call them
 * ({@code ${screeningSteps.reviewPlan(task)}}). Each turns the form's values into a call of {@link ScreeningService}
 * (or {@link PostIntroductionReviewService})
 * and writes back the display copy; the case is the one the process's business key names, and the actor is the
 * engine's current account. Gateways, timers, due dates and candidate groups read the registry and the case file: a
 * variable edited in a form cannot route a case away from its recorded act (the one gateway on a variable,
 * {@code exemptionClaimed}, follows the filing's start in its transaction, where nothing can edit it, and spares
 * every filing four reads). The routing variables are still written, for the forms and for instances of earlier
 * model versions that read them.
 */
@Component
public class ScreeningSteps {

    private final ScreeningService service;
    private final PostIntroductionReviewService postIntroduction;
    private final ScreeningAccess cases;
    private final CaseVariables display;
    private final StatutoryTime time;
    private final IdentityService identity;

    ScreeningSteps(ScreeningService service, PostIntroductionReviewService postIntroduction, ScreeningAccess cases,
                   CaseVariables display, StatutoryTime time, IdentityService identity) {
        this.service = service;
        this.postIntroduction = postIntroduction;
        this.cases = cases;
        this.display = display;
        this.time = time;
        this.identity = identity;
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

    /** 00:00 Tokyo of the day after the reply's last day, as recorded with the recommendation. */
    public Date replyPeriodEnds(DelegateExecution execution) {
        LocalDate replyDue = cases.caseOf(caseNumber(execution)).decided(LegalActType.RECOMMENDATION).dueOn();
        return time.startOfDayAfter(replyDue.toString());
    }

    // ---- What the gateways ask: the case file, never a variable a form could have changed

    /** Whether the latest act of this type decided so: {@code ${screeningSteps.decided(execution, 'REVIEW_DECIDED', 'EXTEND')}}. */
    public boolean decided(DelegateExecution execution, String actType, String decision) {
        return cases.caseOf(caseNumber(execution)).decidedAs(LegalActType.valueOf(actType), decision);
    }

    /** Whether a review after introduction was opened by an emergency notification (Art 55(2)). */
    public boolean afterEmergencyNotification(DelegateExecution execution) {
        return cases.byNumber(caseNumber(execution)).kind() == CaseKind.EMERGENCY_NOTIFICATION;
    }

    public boolean enoughTimeForOrder(DelegateExecution execution) {
        return service.timeForReplyAndOrder(caseNumber(execution)).enough();
    }

    // ---- The screening

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

    public boolean canStillExtend(DelegateExecution execution) {
        return cases.caseOf(caseNumber(execution)).canStillExtend();
    }

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

    // ---- Consultation, recommendation, reply and order

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
        showClosed(execution);
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

    /** A step that ends the case with the outcome its path in the model stands for. */
    public void close(DelegateExecution execution, String outcome) {
        service.close(caseNumber(execution), Outcome.valueOf(outcome));
        showClosed(execution);
    }

    // ---- Post-introduction review (Art 55) and emergency notifications

    /**
     * 事案の登録: a review started by the service arrives registered (its business key is set); one started from
     * Tasklist's start form names a case on record (Art 55) or registers a notification received on paper.
     */
    public void registerPostIntroductionReview(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() != null) {
            return;
        }
        FormValues form = new FormValues(execution);
        String trigger = form.choice(TRIGGER, "開始の契機", Set.of("SITUATION_CHANGE", "EMERGENCY_NOTIFICATION"));
        String applicationNumber = form.text(APPLICATION_NUMBER, "受付番号", EmergencyNotification.class);
        Map<String, Object> variables = FormValues.registration(() -> "SITUATION_CHANGE".equals(trigger)
                ? postIntroduction.openPostIntroductionReview(actor(), applicationNumber,
                        form.text(REVIEW_REASON, "審査を行う理由", OperatorRequests.PostIntroductionReview.class, "reason"))
                : postIntroduction.registerPaperEmergencyNotification(actor(), paperNotification(form, applicationNumber)));
        execution.setVariables(variables);
        execution.getProcessInstance().setProcessBusinessKey(applicationNumber);
    }

    public void reviewEmergencyNotification(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean concerns = form.flag(CONCERNS_FOUND);
        String reason = form.text(EMERGENCY_REVIEW_REASON, "判断の理由");
        FormValues.step(() -> postIntroduction.reviewEmergencyNotification(actor(), caseNumber(task), concerns, reason));
        task.setVariable(CONCERNS_FOUND, concerns);
    }

    /** 勧告の要否の判断 (Art 55(1), (2)): to recommend (consultation follows) or to close the review, with reasons. */
    public void decideRecommendation(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean recommend = form.flag(RECOMMEND);
        String reason = form.text(RECOMMENDATION_DECISION_REASON, "判断の理由");
        FormValues.step(() -> postIntroduction.decideRecommendation(actor(), caseNumber(task), recommend, reason));
        task.setVariable(RECOMMEND, recommend);
    }

    /**
     * A notification received on paper: the businesses it names, without the representative's or officers' personal
     * data, which stay on the paper file and never enter the engine.
     */
    private static ScreeningIntake.Filing paperNotification(FormValues form, String applicationNumber) {
        String country = form.text("supplierCountry", "供給者の設立国", Party.class, "countryOfIncorporation");
        Party supplier = new Party(PartyRole.SUPPLIER, form.text("supplierName", "供給者名", Party.class, "name"), null,
                form.text("supplierAddress", "供給者の住所", Party.class, "address"), country,
                "JP".equals(country) ? form.text("supplierCorporateNumber", "供給者の法人番号", Party.class, "corporateNumber") : null, null,
                form.number("foreignGovernmentSalesShare", "外国政府向け売上の割合（%）", BigDecimal.valueOf(100), false),
                form.text("plantCountry", "製造工場の所在国", Party.class, "plantCountry"), List.of(), List.of());
        PlanContent plan = new PlanContent(form.text("outline", "設備の概要", PlanContent.class),
                form.text(URGENCY_REASON, "緊急に導入した理由", EmergencyNotification.class),
                form.date(INTRODUCED_ON, "導入日"), null, null, List.of(supplier));
        PlanRules.check(PlanKind.INTRODUCTION, plan, "");
        EmergencyCase emergencyCase = EmergencyCase.valueOf(form.choice(EMERGENCY_CASE, "緊急やむを得ない場合（主務省令）",
                Arrays.stream(EmergencyCase.values()).map(Enum::name).collect(Collectors.toSet())));
        return new ScreeningIntake.Filing(applicationNumber, CaseKind.EMERGENCY_NOTIFICATION,
                form.text("operatorCorporateNumber", "法人番号", EmergencyNotification.class),
                form.text(SECTOR_CODE, "特定社会基盤事業", EmergencyNotification.class),
                form.text("equipmentCategoryCode", "特定重要設備", EmergencyNotification.class), null, plan, null, emergencyCase,
                plan.plannedFrom());
    }


    private void showClosed(DelegateExecution execution) {
        execution.setVariable(OUTCOME, cases.byNumber(caseNumber(execution)).outcome().name());
    }

    private Actor actor() {
        return Actor.current(identity);
    }
}
