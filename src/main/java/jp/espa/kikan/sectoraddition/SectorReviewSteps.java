package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.platform.ProcessCases.caseNumber;
import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.sectoraddition.SectorReviewController.ReviewRequest;
import jp.espa.kikan.sectoraddition.SectorReviewController.Trigger;
import jp.espa.kikan.sectoraddition.SectorReviewCase.AdditionDecision;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.SectorReview;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of SectorAdditionProcess, as the model calls them ({@code ${sectorReviewSteps.decide(task)}}): form values
 * become a call of {@link SectorReviewService} (of {@link SectorReviewIntake} for the start form); the display copy is
 * written back. Routes, timers and the legal path come from the review on record.
 */
@Component
public class SectorReviewSteps {

    private final SectorReviewIntake intake;
    private final SectorReviewService service;
    private final StatutoryTime time;
    private final IdentityService identity;

    SectorReviewSteps(SectorReviewIntake intake, SectorReviewService service, StatutoryTime time, IdentityService identity) {
        this.intake = intake;
        this.service = service;
        this.time = time;
        this.identity = identity;
    }

    // ---- What the model reads from the review on record

    /** The committee's meetings are recorded by the competent ministry or the Cabinet Office. */
    public List<String> meetingGroups(DelegateExecution execution) {
        return List.of(service.reviewerGroup(caseNumber(execution)), Roles.CABINET_OFFICE);
    }

    /** After a meeting: whether the meeting on record reached the committee's conclusion. */
    public boolean committeeConcluded(DelegateExecution execution) {
        return service.load(caseNumber(execution)).committeeConcluded();
    }

    /** After the Cabinet Office's decision: the decision on record (LIST, DO_NOT_LIST, KEEP_STUDYING). */
    public String decision(DelegateExecution execution) {
        return service.load(caseNumber(execution)).decision().name();
    }

    public boolean insideStatutoryItems(DelegateExecution execution) {
        return review(execution).insideStatutoryItems();
    }

    public Date reReviewStarts(DelegateExecution execution) {
        return time.startOfDay(review(execution).reReviewOn().toString());
    }

    public Date publicCommentEnds(DelegateExecution execution) {
        return time.startOfDayAfter(review(execution).publicCommentLastDay().toString());
    }

    /** The new sector starts on the enforcement day of the amending law or cabinet order, at 0:00 in Tokyo. */
    public Date enforcementStarts(DelegateExecution execution) {
        return time.startOfDay(review(execution).enforcementOn().toString());
    }

    private SectorReview review(DelegateExecution execution) {
        return service.review(caseNumber(execution));
    }

    // ---- Steps

    /** 検討事案の登録: a review started over the API arrives registered; one from Tasklist's start form is registered here. */
    public void register(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() != null) {
            return;
        }
        FormValues form = new FormValues(execution);
        String kind = form.choice(TRIGGER_KIND, "検討の契機", Set.of("INCIDENT", "PERIODIC_REVIEW"));
        Map<String, Boolean> facts = new HashMap<>();
        FACTS.forEach(name -> facts.put(name, form.flag(name)));
        boolean incident = "INCIDENT".equals(kind);
        var candidate = new SectorReviewIntake.Candidate(form.text(REVIEW_NUMBER, "検討番号", ReviewRequest.class),
                form.text(BUSINESS_NAME, "対象候補の事業", ReviewRequest.class),
                form.text(BUSINESS_DESCRIPTION, "事業の内容", ReviewRequest.class),
                form.text(COMPETENT_MINISTRY, "所管省庁", ReviewRequest.class),
                new SectorReviewCase.Trigger(kind, incident ? form.date(INCIDENT_DATE, "事案の発生日") : null,
                        incident ? form.text(INCIDENT_SUMMARY, "事案の概要", Trigger.class) : null),
                form.text(CANDIDATE_EQUIPMENT, "想定される特定重要設備", ReviewRequest.class),
                form.text(CANDIDATE_OPERATORS, "想定される事業者", ReviewRequest.class), form.flag(INSIDE_STATUTORY_ITEMS), facts);
        execution.setVariables(FormValues.registration(() -> intake.register(actor(), candidate)));
        execution.getProcessInstance().setProcessBusinessKey(candidate.reviewNumber());
    }

    public void applyExclusionCriteria(DelegateExecution execution) {
        ExclusionCriteria.Result result = service.applyExclusionCriteria(caseNumber(execution));
        execution.setVariable(EXCLUSION_FINDINGS, result.findingsJa());
        execution.setVariable(PRELIMINARY_RECOMMENDATION, result.recommendation());
        execution.setVariable(PRELIMINARY_RECOMMENDATION_LABEL, label(result.recommendation()) + "：" + result.reason());
        execution.setVariable(CRITERIA_RULE_VERSION, result.ruleVersion());
    }

    public void hearCompetentMinistry(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate heard = form.date("hearingDate", "ヒアリング実施日");
        String explanation = form.text("ministryExplanation", "所管省庁の説明");
        String notes = form.optionalText("hearingNotes");
        FormValues.step(() -> service.hear(actor(), caseNumber(task), heard, explanation, notes));
    }

    public void recordCommitteeMeeting(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean concluded = form.flag(COMMITTEE_CONCLUDED);
        var meeting = new SectorReviewCase.MeetingRecord(form.date("meetingDate", "開催日"), form.text("agenda", "議事"),
                form.text("minutesSummary", "議事概要"), form.optionalText("interimReport"), concluded,
                concluded ? form.optionalText("committeeConclusion") : null);
        int number = FormValues.step(() -> service.recordMeeting(actor(), caseNumber(task), meeting));
        task.setVariable(COMMITTEE_CONCLUDED, concluded);
        task.setVariable(MEETINGS_HELD, number);
    }

    public void decide(DelegateTask task) {
        FormValues form = new FormValues(task);
        AdditionDecision decision = AdditionDecision.valueOf(form.choice(ADDITION_DECISION, "判断",
                Set.of("LIST", "DO_NOT_LIST", "KEEP_STUDYING")));
        LocalDate decided = form.date("decisionDate", "判断日");
        String reasons = form.text("decisionReasons", "理由");
        LocalDate reReview = decision == AdditionDecision.KEEP_STUDYING ? form.date(RE_REVIEW_ON, "再検討の時期") : null;
        FormValues.step(() -> service.decide(actor(), caseNumber(task), decision, decided, reasons, reReview));
        task.setVariable(ADDITION_DECISION, decision.name());
    }

    public void publishNonListing(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate published = form.date("publishedOn", "理由の公表日");
        String reference = form.optionalText("publicationReference");
        FormValues.step(() -> service.publishNonListing(actor(), caseNumber(task), published, reference));
    }

    public void reopen(DelegateExecution execution) {
        service.reopen(caseNumber(execution));
        execution.setVariable(COMMITTEE_CONCLUDED, false);
    }

    public void amendLaw(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate submitted = form.date("billSubmittedOn", "法案の国会提出日");
        LocalDate passed = form.date("dietPassedOn", "成立日");
        LocalDate promulgated = form.date("promulgatedOn", "公布日");
        String lawNumber = form.text("lawNumber", "法律番号");
        FormValues.step(() -> service.amendLaw(actor(), caseNumber(task), submitted, passed, promulgated, lawNumber));
    }

    /** On creation of 政令・主務省令案の作成: the drafts of criteria it may take, tried on the registry today. */
    public void offerCriteriaDrafts(DelegateTask task) {
        task.setVariables(SectorReviewVariables.criteriaDrafts(service.criteriaDraftsOffered(caseNumber(task)),
                service.sectorsInForceOffered(caseNumber(task))));
    }

    public void draftOrders(DelegateTask task) {
        FormValues form = new FormValues(task);
        String basis = form.optionalText(ORDERS_BASIS); // absent: a new sector's draft, as before the choice was offered
        FormValues.require(basis == null || Set.of("NEW_SECTOR", "IN_FORCE").contains(basis), "政令・省令案の対象事業を選んでください。");
        if ("IN_FORCE".equals(basis)) {
            String sector = form.text(SECTOR_IN_FORCE, "施行済みの対象事業");
            String summary = form.text("draftSummary", "政令・省令案の概要");
            FormValues.step(() -> service.draftOrdersForSectorInForce(actor(), caseNumber(task), sector, summary));
            return;
        }
        String criteriaDraft = form.text(CRITERIA_DRAFT_NUMBER, "指定基準の案");
        String equipment = form.optionalText(EQUIPMENT_CATEGORIES);
        String summary = form.text("draftSummary", "政令・省令案の概要");
        FormValues.step(() -> service.draftOrders(actor(), caseNumber(task), criteriaDraft, equipment, summary));
    }

    public void startPublicComment(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate start = form.date("publicCommentStartOn", "意見公募の開始日");
        LocalDate lastDay = form.date(PUBLIC_COMMENT_LAST_DAY, "意見提出期間の末日");
        String reason = form.optionalText("shortenedReason");
        FormValues.step(() -> service.startPublicComment(actor(), caseNumber(task), start, lastDay, reason));
        task.setVariable(PUBLIC_COMMENT_LAST_DAY, lastDay.toString()); // the day on record, which the cabinet decision's form shows
    }

    public void recordPublicCommentResults(DelegateTask task) {
        FormValues form = new FormValues(task);
        int received = form.number("commentsReceived", "提出意見数", BigDecimal.valueOf(10_000_000), true).intValue();
        String summary = form.text("resultsSummary", "結果の概要");
        FormValues.step(() -> service.recordPublicCommentResults(actor(), caseNumber(task), received, summary));
    }

    public void recordCabinetDecision(DelegateTask task) {
        FormValues form = new FormValues(task);
        LocalDate decided = form.date("cabinetDecisionOn", "閣議決定日");
        LocalDate promulgated = form.date("promulgatedOn", "公布日");
        LocalDate enforced = form.date(ENFORCEMENT_ON, "施行日");
        String orderNumber = form.text("orderNumber", "政令番号");
        FormValues.step(() -> service.recordCabinetDecision(actor(), caseNumber(task), decided, promulgated, orderNumber, enforced));
    }

    public void activateSector(DelegateExecution execution) {
        service.activateSector(caseNumber(execution));
    }

    static String label(String recommendation) {
        return switch (recommendation) {
            case "LIST" -> "対象事業に追加する方向";
            case "DO_NOT_LIST" -> "対象としない方向";
            default -> "引き続き検討";
        };
    }


    private Actor actor() {
        return Actor.current(identity);
    }
}
