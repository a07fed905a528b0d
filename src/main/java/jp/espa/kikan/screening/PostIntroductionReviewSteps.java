package jp.espa.kikan.screening;

import static jp.espa.kikan.platform.ProcessCases.caseNumber;
import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.registry.EmergencyCase;
import jp.espa.kikan.screening.PlanSubmission.Party;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of the review after introduction (PostIntroductionReviewProcess, Art 55): registering the case a review
 * started from Tasklist names, the review of an emergency notification, the decision whether to recommend. Each turns
 * the form's values into a call of {@link PostIntroductionReviewService}; the recommendation itself is
 * {@link RecommendationSteps}', the steps shared with the screening {@link ScreeningSteps}'.
 */
@Component
public class PostIntroductionReviewSteps {

    private final PostIntroductionReviewService service;
    private final ScreeningAccess cases;
    private final IdentityService identity;

    PostIntroductionReviewSteps(PostIntroductionReviewService service, ScreeningAccess cases, IdentityService identity) {
        this.service = service;
        this.cases = cases;
        this.identity = identity;
    }

    /** Whether a review after introduction was opened by an emergency notification (Art 55(2)). */
    public boolean afterEmergencyNotification(DelegateExecution execution) {
        return cases.byNumber(caseNumber(execution)).kind() == CaseKind.EMERGENCY_NOTIFICATION;
    }

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
                ? service.openPostIntroductionReview(actor(), applicationNumber,
                        form.text(REVIEW_REASON, "審査を行う理由", OperatorRequests.PostIntroductionReview.class, "reason"))
                : service.registerPaperEmergencyNotification(actor(), paperNotification(form, applicationNumber)));
        execution.setVariables(variables);
        execution.getProcessInstance().setProcessBusinessKey(applicationNumber);
    }

    public void reviewEmergencyNotification(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean concerns = form.flag(CONCERNS_FOUND);
        String reason = form.text(EMERGENCY_REVIEW_REASON, "判断の理由");
        FormValues.step(() -> service.reviewEmergencyNotification(actor(), caseNumber(task), concerns, reason));
        task.setVariable(CONCERNS_FOUND, concerns);
    }

    /** 勧告の要否の判断 (Art 55(1), (2)): to recommend (consultation follows) or to close the review, with reasons. */
    public void decideRecommendation(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean recommend = form.flag(RECOMMEND);
        String reason = form.text(RECOMMENDATION_DECISION_REASON, "判断の理由");
        FormValues.step(() -> service.decideRecommendation(actor(), caseNumber(task), recommend, reason));
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

    private Actor actor() {
        return Actor.current(identity);
    }
}
