package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.platform.TaskCards;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.CaseKind;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.CaseStatus;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.PlanParty;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.ScreeningCase;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.screening.OperatorRequests.Correction;
import jp.espa.kikan.screening.OperatorRequests.PlanChange;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.screening.PlanChangeClassifier.ChangeClass;
import jp.espa.kikan.screening.PlanChangeClassifier.ClassifiedItem;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one authority over screening cases (Art 52-56): every change of a case goes through here, whether it comes
 * from the portal over the API, from an official's form, from a timer or a message. Each method knows who acts,
 * checks the actor's right on this case ({@link AccessChecks}), reads the facts it decides on from the registry
 * (the case is found by its application number, which is the business key of its processes), applies the rule and
 * records the act in the case file. A decision taken in a form is recorded as a decision act; the model's next
 * step carries it out by reading that act. Rules checked for officials answer in Japanese.
 */
@Service
public class ScreeningService {

    private static final Procedure SCREENING = Procedure.SCREENING;

    private final CaseRepository cases;
    private final CaseFile caseFile;
    private final SectorRegistry registry;
    private final ScreeningIntake intake;
    private final SupplierRiskAssessment risk;
    private final PlanChangeClassifier classifier;
    private final AccessChecks access;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final CaseVariables display;
    private final NoticeFacts facts;
    private final TaskCards cards;
    private final int daysForOrder;

    ScreeningService(CaseRepository cases, CaseFile caseFile, SectorRegistry registry, ScreeningIntake intake,
                     SupplierRiskAssessment risk, PlanChangeClassifier classifier, AccessChecks access,
                     StatutoryPeriods periods, StatutoryTime time, RuntimeService runtime, ManagementService management,
                     TaskService tasks, CaseVariables display, NoticeFacts facts, TaskCards cards,
                     @Value("${kikan.screening.days-for-order-after-reply}") int daysForOrder) {
        this.cases = cases;
        this.caseFile = caseFile;
        this.registry = registry;
        this.intake = intake;
        this.risk = risk;
        this.classifier = classifier;
        this.access = access;
        this.periods = periods;
        this.time = time;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.display = display;
        this.facts = facts;
        this.cards = cards;
        this.daysForOrder = daysForOrder;
    }

    // ---- Finding a case and who may touch it

    Subject subject(ScreeningCase c) {
        return new Subject(reviewerGroup(c), c.operatorId());
    }

    String reviewerGroup(ScreeningCase c) {
        return registry.sector(c.sectorCode()).orElseThrow().reviewerGroup();
    }

    /** The case a process runs for: its business key is the application number. */
    ScreeningCase byNumber(String applicationNumber) {
        return cases.findByApplicationNumber(applicationNumber)
                .orElseThrow(() -> new IllegalStateException("No screening case " + applicationNumber));
    }

    /** A case the actor may read; anyone else is told it does not exist. */
    public ScreeningCase readable(Actor actor, UUID caseId) {
        ScreeningCase c = cases.find(caseId).orElseThrow(ScreeningService::notFound);
        if (!access.permits(actor, Action.READ_SCREENING, subject(c))) {
            throw notFound();
        }
        return c;
    }

    List<LegalAct> acts(ScreeningCase c) {
        return caseFile.acts(SCREENING, c.applicationNumber());
    }

    /** The parties as filed, with their personal data: for the competent ministry and the filing portal only. */
    List<PlanParty> partiesWithPersonalData(Actor actor, UUID caseId) {
        ScreeningCase c = readable(actor, caseId);
        requireRight(actor, Action.READ_CASE_FILE, c);
        return cases.parties(c.id());
    }

    /** The case for an act; 404 for those who may not even read it, 403 for those who may read but not act. */
    private ScreeningCase actingOn(Actor actor, Action action, UUID caseId) {
        ScreeningCase c = readable(actor, caseId);
        requireRight(actor, action, c);
        return c;
    }

    private void requireRight(Actor actor, Action action, ScreeningCase c) {
        if (!access.permits(actor, action, subject(c))) {
            throw new NotPermittedException(actor.userId() + " may not do this on case " + c.applicationNumber() + ".");
        }
    }

    /** The case of an official's step, with the check that the official belongs to its competent ministry. */
    private ScreeningCase ministryStep(Actor actor, String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        if (!access.permits(actor, Action.DECIDE_SCREENING, subject(c))) {
            throw new NotPermittedException(registry.notCompetentJa(c.sectorCode()));
        }
        return c;
    }

    /** Names no id: a filing under another operator's number reaches here with that case's own id. */
    private static NotFoundException notFound() {
        return new NotFoundException("No such screening case visible to this account.");
    }

    // ---- What the operator files (through the portal)

    @Transactional
    public ScreeningCase filePlan(Actor actor, PlanSubmission s) {
        return intake.submitPlan(s, actor);
    }

    @Transactional
    public ScreeningCase fileEmergencyNotification(Actor actor, EmergencyNotification n) {
        return intake.submitEmergencyNotification(n, actor);
    }

    /** The series of application numbers in {@code numbered_filing}: plans and emergency notifications share it. */
    static final String NUMBER_SERIES = "screening";

    /** The case of an application number already filed, if the actor may read it (idempotent filing). */
    java.util.Optional<ScreeningCase> existing(Actor actor, String applicationNumber) {
        return cases.findByApplicationNumber(applicationNumber).map(c -> readable(actor, c.id()));
    }

    @Transactional
    public void correct(Actor actor, UUID caseId, Correction correction) {
        ScreeningCase c = actingOn(actor, Action.ANSWER_FOR_OPERATOR, caseId);
        Execution waiting = waitingFor(c, MESSAGE_PLAN_CORRECTED,
                "The ministry has not requested a correction of this plan, or it was already answered.");
        replacePlan(c, correction.plan());
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.CORRECTION_RECEIVED, time.today(), actor.userId(),
                correction.summary());
        cases.updateStatus(c.id(), CaseStatus.AWAITING_ACCEPTANCE);
        runtime.createMessageCorrelation(MESSAGE_PLAN_CORRECTED).processInstanceId(waiting.getProcessInstanceId())
                .setVariables(Map.of(PLAN_SUMMARY, display.planSummary(cases.get(c.id())),
                        CORRECTION_RECEIVED_ON, time.today().toString(), CORRECTION_SUMMARY, correction.summary()))
                .correlate();
    }

    public record ChangeResult(ChangeClass changeClass, List<ClassifiedItem> items, boolean reviewRestarted) {
    }

    @Transactional
    public ChangeResult change(Actor actor, UUID caseId, PlanChange change) {
        ScreeningCase c = actingOn(actor, Action.ANSWER_FOR_OPERATOR, caseId);
        List<ClassifiedItem> items = classifier.classify(c.applicationNumber(), change.items());
        ChangeClass changeClass = PlanChangeClassifier.strongest(items);
        LocalDate today = time.today();
        String description = items.stream().map(i -> i.item() + " (" + i.label() + "、" + i.provision() + ")").toList() + " " + change.summary();
        if (changeClass == ChangeClass.IMPORTANT) {
            if (change.plan() == null) {
                throw new InvalidInputException("plan", "An important change is filed with the plan as changed.");
            }
            Execution waiting = waitingFor(c, MESSAGE_IMPORTANT_CHANGE, "The review of this plan has ended: "
                    + "file the changed plan as a new introduction plan.");
            replacePlan(c, change.plan());
            // the changed plan counts as received today: the restart reads this act's date (Art 54)
            caseFile.record(SCREENING, c.applicationNumber(), LegalActType.IMPORTANT_CHANGE, today, actor.userId(), description);
            runtime.createMessageCorrelation(MESSAGE_IMPORTANT_CHANGE).processInstanceId(waiting.getProcessInstanceId())
                    .setVariable(PLAN_SUMMARY, display.planSummary(cases.get(c.id())))
                    .correlate();
            return new ChangeResult(changeClass, items, true);
        }
        if (change.plan() != null) {
            replacePlan(c, change.plan());
        }
        caseFile.record(SCREENING, c.applicationNumber(),
                changeClass == ChangeClass.MINOR ? LegalActType.MINOR_CHANGE : LegalActType.REPORTED_CHANGE, today,
                actor.userId(), description);
        return new ChangeResult(changeClass, items, false);
    }

    /**
     * 応諾する / 応諾しない: the operator's answer to the recommendation. One that arrives after its last day is
     * recorded as late for the official who weighs the order; it no longer moves the case (the period has passed).
     * Returns whether it was late.
     */
    @Transactional
    public boolean reply(Actor actor, UUID caseId, Reply reply) {
        ScreeningCase c = actingOn(actor, Action.ANSWER_FOR_OPERATOR, caseId);
        if (reply.accepted() && PlanRules.isBlank(reply.revisedPlanSummary())) {
            throw new InvalidInputException("revisedPlanSummary", "Accepting a recommendation comes with the plan as revised.");
        }
        if (!reply.accepted() && PlanRules.isBlank(reply.reasons())) {
            throw new InvalidInputException("reasons", "Not accepting a recommendation comes with reasons.");
        }
        LocalDate today = time.today();
        String answer = reply.accepted() ? "ACCEPTED" : "NOT_ACCEPTED";
        String statement = reply.accepted() ? reply.revisedPlanSummary() : reply.reasons();
        List<Execution> waiting = waitingFor(c, MESSAGE_OPERATOR_REPLIED);
        Optional<LegalAct> pastDue = caseFile.latest(SCREENING, c.applicationNumber(), LegalActType.RECOMMENDATION)
                .filter(r -> c.status() != CaseStatus.CLOSED && today.isAfter(r.dueOn()));
        // late by the date, even while the reply timer has not fired yet (it fires at 00:00 or later)
        if (waiting.isEmpty() || pastDue.isPresent()) {
            LegalAct recommendation = pastDue
                    .orElseThrow(() -> new ConflictException("No reply is awaited for this case: no recommendation is pending."));
            String late = "回答期限 " + recommendation.dueOn() + " の後、" + today + " に到達。" + replyJa(reply.accepted())
                    + "：" + statement;
            caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.LATE_REPLY, today, actor.userId(), answer,
                    null, new ActContent.Reply(reply.accepted(), statement, recommendation.dueOn()));
            // for the official who weighs the order: on the forms of the case's open steps
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.applicationNumber()).list()
                    .forEach(instance -> runtime.setVariable(instance.getId(), LATE_REPLY, late));
            return true;
        }
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.REPLY, today, actor.userId(), answer, null,
                new ActContent.Reply(reply.accepted(), statement, null));
        cases.updateStatus(c.id(), reply.accepted() ? CaseStatus.UNDER_REVIEW : CaseStatus.ORDER_UNDER_CONSIDERATION);
        cards.showReplyDueOn(c.applicationNumber(), null);
        runtime.createMessageCorrelation(MESSAGE_OPERATOR_REPLIED).processInstanceId(waiting.get(0).getProcessInstanceId())
                .setVariables(Map.of(OPERATOR_ACCEPTED, reply.accepted(), REPLY_RECEIVED_ON, today.toString(),
                        REPLY_REASONS, reply.accepted() ? "" : reply.reasons(), REPLY_ANSWER, replyJa(reply.accepted())))
                .correlate();
        return false;
    }

    /** The answer as the forms show it; none until the operator replies within the period. */
    static final String NO_REPLY_JA = "回答期限までに回答なし";

    private static String replyJa(boolean accepted) {
        return accepted ? "応諾する" : "応諾しない";
    }

    // ---- The ministry's review

    /**
     * 適用除外の確認: the competent ministry confirms or rejects the exemption claimed at filing (Art 52(1), the
     * parenthetical) against the provisions of its ground (施行令第十条; for a subsidiary the ordinance's parent test); a
     * confirmation is notified to the operator in writing with the ground and the provisions.
     */
    void checkExemption(Actor actor, String applicationNumber, boolean confirmed, String assessment) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        ActContent.ExemptionCheck check = display.exemptionClaim(c)
                .map(claim -> new ActContent.ExemptionCheck(assessment, claim.ground(), claim.parentControl(),
                        ExemptionClaims.provisions(claim.ground(), claim.parentControl(),
                                registry.sector(c.sectorCode()).orElseThrow().competentMinistry()), claim.supplierName()))
                .orElseGet(() -> new ActContent.ExemptionCheck(assessment, null, null, null, null)); // a claim of an earlier release
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.EXEMPTION_CHECKED, time.today(), actor.userId(),
                confirmed ? "CONFIRMED" : "NOT_CONFIRMED", null, check);
    }

    /**
     * 記載事項の確認: the formal check. A plan that needed no correction is accepted (受理) as of its arrival: a
     * formally complete notification is fulfilled when it reaches the office (行政手続法第37条), so no later day can
     * be chosen. After a correction the official states the day, by default the corrected plan's arrival, never
     * before it and never after the check. A plan with defects gets a request for correction and no clock runs.
     */
    void checkCompleteness(Actor actor, String applicationNumber, boolean complete, LocalDate acceptedOn,
                           String correctionRequest) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        LocalDate today = time.today();
        if (!complete && PlanRules.isBlank(correctionRequest)) {
            throw new InvalidInputException(CORRECTION_REQUEST, "「補正を求める事項」を入力してください。");
        }
        LocalDate arrival = arrival(c);
        LocalDate accepted = !complete ? null : acceptedOn == null ? arrival : acceptedOn;
        if (accepted != null && !accepted.equals(arrival) && !correctedSinceArrival(c)) {
            throw new InvalidInputException(ACCEPTED_ON, "補正を要しなかった計画書は、到達日（" + arrival
                    + "）に受理したものとなります（行政手続法第37条）。受理日は到達日としてください。");
        }
        if (accepted != null && (accepted.isBefore(arrival) || accepted.isAfter(today))) {
            throw new InvalidInputException(ACCEPTED_ON, "受理日は計画書の到達日（" + arrival + "）以後、本日（" + today
                    + "）以前の日にしてください。");
        }
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.COMPLETENESS_CHECKED, today,
                actor.userId(), complete ? "COMPLETE" : "INCOMPLETE", accepted, complete ? null : correctionRequest);
    }

    /** Whether the plan as it now stands came as a correction: a correction received since it arrived (or arrived anew). */
    private boolean correctedSinceArrival(ScreeningCase c) {
        Optional<LegalAct> restarted = caseFile.latest(SCREENING, c.applicationNumber(), LegalActType.REVIEW_RESTARTED);
        return caseFile.latest(SCREENING, c.applicationNumber(), LegalActType.CORRECTION_RECEIVED)
                .filter(corrected -> restarted.isEmpty() || corrected.recordedAt().isAfter(restarted.get().recordedAt()))
                .isPresent();
    }

    /** The day the plan as it now stands arrived: its filing (or important change), or the latest correction since. */
    LocalDate arrival(ScreeningCase c) {
        return caseFile.latest(SCREENING, c.applicationNumber(), LegalActType.CORRECTION_RECEIVED).map(LegalAct::actDate)
                .filter(corrected -> corrected.isAfter(c.receivedOn())).orElse(c.receivedOn());
    }

    /** 受理の通知: the period (30 days) and the extension cap (4 months) count from the day of acceptance (Art 52(3), (4)). */
    ScreeningCase acceptPlan(String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        LegalAct check = decided(c, LegalActType.COMPLETENESS_CHECKED);
        LocalDate accepted = check.effectiveOn();
        LocalDate lastDay = periods.standstillLastDay(accepted);
        LocalDate cap = periods.extensionCap(accepted);
        cases.accept(c.id(), accepted, lastDay, cap);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.ACCEPTANCE, accepted, check.official(),
                new ActContent.Acceptance(lastDay, cap));
        return cases.get(c.id());
    }

    /** 補正の求め: the request decided at the completeness check goes to the operator (through the portal). */
    void requestCorrection(String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        LegalAct check = decided(c, LegalActType.COMPLETENESS_CHECKED);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.CORRECTION_REQUESTED, time.today(), check.official(),
                new ActContent.CorrectionRequest(check.text()));
        cases.updateStatus(c.id(), CaseStatus.AWAITING_CORRECTION);
    }

    SupplierRiskAssessment.Result assessRisk(String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        SupplierRiskAssessment.Result result = risk.assess(c);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.RISK_ASSESSED, time.today(), Actor.SYSTEM.userId(),
                result.asContent());
        return result;
    }

    enum ReviewDecision { NO_CONCERNS, EXTEND, RECOMMEND }

    /** The review's conclusion (導入等計画書の審査); the shortened or extended last day is checked against the registry. */
    void decideReview(Actor actor, String applicationNumber, ReviewDecision decision, LocalDate shortenedLastDay,
                      Extension extension, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        LocalDate effective = switch (decision) {
            case NO_CONCERNS -> shortenedLastDay == null ? null : checkShortening(c, shortenedLastDay);
            case EXTEND -> checkExtension(c, extension.lastDay(), extension.noticeDeliveredOn(time.today()));
            case RECOMMEND -> null;
        };
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.REVIEW_DECIDED, time.today(), actor.userId(),
                decision.name(), effective, new ActContent.PeriodDecision(reason,
                        decision == ReviewDecision.EXTEND ? extension.noticeDeliveredOn(time.today()) : null));
    }

    /**
     * An extension as the official decides it: the new last day and the day its notice reaches the operator, by
     * default the day of the decision (the notice is issued with it).
     */
    record Extension(LocalDate lastDay, LocalDate deliveredOn) {
        LocalDate noticeDeliveredOn(LocalDate today) {
            return deliveredOn == null ? today : deliveredOn;
        }
    }

    /** Shortening (Art 52(3) proviso): from today, and before the current last day. */
    private LocalDate checkShortening(ScreeningCase c, LocalDate shortened) {
        LocalDate today = time.today();
        if (shortened.isBefore(today) || !shortened.isBefore(c.periodLastDay())) {
            throw new InvalidInputException(SHORTENED_LAST_DAY, "短縮後の期間の末日は、本日（" + today + "）以降、現在の末日（"
                    + c.periodLastDay() + "）より前の日にしてください。");
        }
        return shortened;
    }

    /**
     * Extension (Art 52(4)): after the current last day, no later than 4 months counted from 受理, by a notice that
     * reaches the operator from the day of the decision to the current last day: a period that has ended cannot be
     * extended, and a notice takes effect when it arrives. {@code delivered}: null when carrying out a decision
     * whose delivery was checked when it was taken.
     */
    private LocalDate checkExtension(ScreeningCase c, LocalDate extended, LocalDate delivered) {
        if (extended == null) {
            throw new InvalidInputException(EXTENDED_LAST_DAY, "「延長後の期間の末日」を入力してください。");
        }
        if (time.today().isAfter(c.periodLastDay())) { // the timer may not have fired yet: the period has still ended
            throw new InvalidInputException(EXTENDED_LAST_DAY, "期間は末日（" + c.periodLastDay() + "）をもって満了しているため、延長できません。");
        }
        if (!extended.isAfter(c.periodLastDay()) || extended.isAfter(c.extensionCap())) {
            throw new InvalidInputException(EXTENDED_LAST_DAY, "延長後の期間の末日は、現在の末日（" + c.periodLastDay()
                    + "）より後、延長の上限（" + c.extensionCap() + "）以前にしてください。");
        }
        if (delivered != null && (delivered.isBefore(time.today()) || delivered.isAfter(c.periodLastDay()))) {
            throw new InvalidInputException(EXTENSION_NOTICE_DELIVERED_ON, "延長の通知は、本日（" + time.today()
                    + "）以後、現在の期間の末日（" + c.periodLastDay() + "）までに事業者に到達しなければ効力を生じません（到達主義）。");
        }
        return extended;
    }

    /** 懸念なしの通知: the standstill is shortened by notice if so decided; the case closes without concerns. */
    void concludeWithoutConcerns(String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        LegalAct decision = decided(c, LegalActType.REVIEW_DECIDED);
        if (decision.effectiveOn() != null) {
            LocalDate shortened = checkShortening(c, decision.effectiveOn());
            cases.updatePeriodLastDay(c.id(), shortened);
            caseFile.record(SCREENING, c.applicationNumber(), LegalActType.SHORTENING_NOTICE, time.today(), decision.official(),
                    new ActContent.PeriodChange(c.periodLastDay(), shortened, decision.text(), null));
        }
        close(c, Outcome.NO_CONCERNS, decision.official());
    }

    /** Whether a recommendation delivered today still leaves room for the reply and an order (Art 52(6), (9)). */
    record TimeForOrder(boolean enough, LocalDate latestRecommendationDay) {
    }

    TimeForOrder timeForReplyAndOrder(String applicationNumber) {
        LocalDate latest = periods.latestRecommendationLeavingRoomForOrder(byNumber(applicationNumber).periodLastDay(),
                daysForOrder);
        return new TimeForOrder(!time.today().isAfter(latest), latest);
    }

    enum ExtensionFirst { EXTEND, RECOMMEND_ANYWAY }

    void decideExtensionFirst(Actor actor, String applicationNumber, ExtensionFirst decision, Extension extension,
                              String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        boolean extend = decision == ExtensionFirst.EXTEND;
        LocalDate delivered = extend ? extension.noticeDeliveredOn(time.today()) : null;
        LocalDate effective = extend ? checkExtension(c, extension.lastDay(), delivered) : null;
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.EXTENSION_FIRST_DECIDED, time.today(),
                actor.userId(), decision.name(), effective, new ActContent.PeriodDecision(reason, delivered));
    }

    /** 勧告手続中の延長の判断: the period may still be extended while a recommendation is under way (Art 52(4)). */
    void decideExtension(Actor actor, String applicationNumber, Extension extension, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        LocalDate delivered = extension.noticeDeliveredOn(time.today());
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.EXTENSION_DECIDED, time.today(),
                actor.userId(), "EXTEND", checkExtension(c, extension.lastDay(), delivered),
                new ActContent.PeriodDecision(reason, delivered));
    }

    /** Whether the period runs and the cap leaves room to extend it. */
    boolean canStillExtend(String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        return periodLimit(c) != null && c.periodLastDay().isBefore(c.extensionCap());
    }

    /**
     * 禁止期間の延長: the extension decided (at the review, before or during a recommendation) takes effect by notice;
     * the period's timer and the due dates of the case's open tasks move with it.
     */
    LocalDate extendPeriod(String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        LegalAct decision = decided(c, LegalActType.REVIEW_DECIDED, LegalActType.EXTENSION_FIRST_DECIDED,
                LegalActType.EXTENSION_DECIDED);
        ActContent.PeriodDecision decided = decision.content(ActContent.PeriodDecision.class);
        LocalDate extended = checkExtension(c, decision.effectiveOn(), null);
        cases.updatePeriodLastDay(c.id(), extended);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.EXTENSION_NOTICE, time.today(), decision.official(),
                new ActContent.PeriodChange(c.periodLastDay(), extended, decided.reasons(), decided.extensionNoticeDeliveredOn()));
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(c.applicationNumber()).list()) {
            runtime.setVariable(instance.getId(), PERIOD_LAST_DAY, extended.toString());
            for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_PERIOD_ENDED)
                    .timers().list()) {
                management.recalculateJobDuedate(timer.getId(), false);
            }
        }
        Date due = time.endOf(extended.toString());
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(c.applicationNumber()).list()) {
            if (task.getDueDate() != null) {
                tasks.setDueDate(task.getId(), due);
            }
        }
        return extended;
    }

    /** What a consultation (Art 56) comes before: the recommendation, or the order that follows it. */
    enum ConsultationBefore { RECOMMENDATION, ORDER }

    /**
     * 内閣総理大臣等との協議 (Art 56): before a recommendation and again before an order. A consultation on an order
     * cannot precede the recommendation it enforces.
     */
    void consult(Actor actor, String applicationNumber, ConsultationBefore before, LocalDate consultedOn, String parties,
                 String summary) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        LocalDate earliest = before == ConsultationBefore.ORDER ? decided(c, LegalActType.ORDER_DECIDED).actDate() : null;
        if (consultedOn.isAfter(time.today()) || earliest != null && consultedOn.isBefore(earliest)) {
            throw new InvalidInputException(CONSULTATION_DATE, earliest == null ? "協議日に将来の日付は入力できません。"
                    : "命令前の協議日は命令の判断の日（" + earliest + "）以後、本日以前にしてください。");
        }
        if (consultedOn.isBefore(c.receivedOn())) { // a consultation on a plan the ministry did not yet have
            throw new InvalidInputException(CONSULTATION_DATE, "協議日は計画書の到達日（" + c.receivedOn() + "）以後にしてください。");
        }
        caseFile.record(SCREENING, c.applicationNumber(),
                before == ConsultationBefore.ORDER ? LegalActType.ORDER_CONSULTATION : LegalActType.CONSULTATION,
                consultedOn, actor.userId(), parties + ": " + summary);
    }

    /**
     * 勧告: after the consultation on record; it takes effect when it reaches the operator (到達), which must be by the
     * last day of the period (Art 52(6)); the reply is due 10 days counted from delivery, moved past administrative
     * holidays. Returns the reply's last day.
     */
    LocalDate recommend(Actor actor, String applicationNumber, LocalDate issued, LocalDate delivered,
                        RecommendedMeasure measure, String content) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        LocalDate today = time.today();
        LegalAct consultation = caseFile.latest(SCREENING, c.applicationNumber(), LegalActType.CONSULTATION)
                .orElseThrow(() -> new InvalidInputException(RECOMMENDATION_ISSUED_ON, "勧告の前に内閣総理大臣等との協議を記録してください（" + Articles.ART_56_1 + "）。"));
        if (issued.isAfter(today)) {
            throw new InvalidInputException(RECOMMENDATION_ISSUED_ON, "勧告日に将来の日付は入力できません。");
        }
        if (issued.isBefore(consultation.actDate())) {
            throw new InvalidInputException(RECOMMENDATION_ISSUED_ON, "勧告日は協議日（" + consultation.actDate() + "）以後にしてください。");
        }
        if (delivered.isBefore(issued) || delivered.isAfter(today)) {
            throw new InvalidInputException(RECOMMENDATION_DELIVERED_ON, "勧告の到達日は勧告日以後、本日以前にしてください。");
        }
        LocalDate limit = periodLimit(c);
        if (!measure.fits(limit == null)) {
            throw new InvalidInputException(RECOMMENDATION_MEASURES, "「" + measure.labelJa() + "」は"
                    + (limit == null ? "導入後の勧告（法第55条）" : "導入前の勧告（法第52条第6項）") + "の措置ではありません。");
        }
        if (limit != null && delivered.isAfter(limit)) {
            throw new InvalidInputException(RECOMMENDATION_DELIVERED_ON, "勧告は期間の末日（" + limit
                    + "）までに事業者に到達しなければ効力を生じません（到達主義）。");
        }
        LocalDate replyDue = periods.replyDueOn(delivered);
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.RECOMMENDATION, issued, actor.userId(),
                measure.name(), null, new ActContent.Recommendation(measure, content,
                        facts.riskFindings(c.applicationNumber()), facts.findingReasons(c.applicationNumber()),
                        issued, delivered, replyDue));
        cases.updateStatus(c.id(), CaseStatus.AWAITING_REPLY);
        cards.showReplyDueOn(c.applicationNumber(), replyDue);
        return replyDue;
    }

    /** The last day of the reply to the pending recommendation, as recorded with it. */
    LocalDate replyDueOn(String applicationNumber) {
        return decided(byNumber(applicationNumber), LegalActType.RECOMMENDATION).dueOn();
    }

    /** 応諾と変更後の計画の記録: the operator accepted; it proceeds under the revised plan, even before the period ends. */
    void recordAcceptance(String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        LegalAct reply = decided(c, LegalActType.REPLY);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.REVISED_PLAN, reply.actDate(), reply.official(),
                reply.content(ActContent.Reply.class).statement());
        close(c, Outcome.RECOMMENDATION_ACCEPTED, reply.official());
    }

    /** 応諾しない正当な理由の判断: only a refusal without justifiable reason can lead to an order (Art 52(9)). */
    void assessRefusal(Actor actor, String applicationNumber, boolean justified, String assessment) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.REFUSAL_ASSESSED, time.today(), actor.userId(),
                justified ? "JUSTIFIED" : "NOT_JUSTIFIED", null, assessment);
    }

    /**
     * 命令の判断: whether to pursue an order, and the order as drafted; it is issued after the consultation on it (Art
     * 56). No opportunity to explain precedes it: Art 88 sets APA Chapter 3 aside for an order under Art 52(10)
     * (including as Art 55(3) applies it); the order still states its facts and reasons.
     */
    void decideOrder(Actor actor, String applicationNumber, boolean issue, String content, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        // without a reply, an order is weighed only once the reply period (Art 52(7)) has lapsed (Art 52(10))
        LegalAct last = decided(c, LegalActType.RECOMMENDATION, LegalActType.REPLY);
        if (last.actType() == LegalActType.RECOMMENDATION) {
            time.requireReached(last.dueOn().plusDays(1), "回答がない場合の命令の判断", "勧告への回答期限 " + last.dueOn() + "、法第52条第7項");
        }
        if (issue && PlanRules.isBlank(content)) {
            throw new InvalidInputException(ORDER_CONTENT, "「命令の内容」を入力してください。");
        }
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.ORDER_DECIDED, time.today(), actor.userId(),
                issue ? "ISSUE" : "DO_NOT_ISSUE", null, issue ? facts.orderDecision(c.applicationNumber(), content, reason)
                        : new ActContent.OrderDecision(null, null, null, reason));
    }

    /**
     * 命令の発出: after the consultation on the order; it takes effect when it reaches the operator, which during
     * screening must be by the period's last day, the recommendation's deadline (Art 52). Closes the case.
     */
    void issueOrder(Actor actor, String applicationNumber, LocalDate issued, LocalDate delivered, LocalDate complyBy,
                    String content) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        LocalDate today = time.today();
        LocalDate consulted = decided(c, LegalActType.ORDER_CONSULTATION).actDate();
        if (issued.isAfter(today) || issued.isBefore(consulted)) {
            throw new InvalidInputException(ORDER_ISSUED_ON, "命令日は命令前の協議日（" + consulted + "）以後、本日以前にしてください。");
        }
        if (delivered.isBefore(issued) || delivered.isAfter(today)) {
            throw new InvalidInputException(ORDER_DELIVERED_ON, "命令の到達日は命令日以後、本日以前にしてください。");
        }
        LocalDate limit = periodLimit(c);
        if (limit != null && delivered.isAfter(limit)) {
            throw new InvalidInputException(ORDER_DELIVERED_ON, "命令は期間の末日（" + limit
                    + "）までに事業者に到達しなければ効力を生じません（" + Articles.ART_52_10 + "ただし書）。");
        }
        if (complyBy == null || complyBy.isBefore(delivered)) {
            throw new InvalidInputException(ORDER_COMPLY_BY, "措置をとるべき期限は命令の到達日（" + delivered + "）以後の日にしてください。");
        }
        if (PlanRules.isBlank(content)) {
            throw new InvalidInputException(ORDER_CONTENT, "「命令の内容」を入力してください。");
        }
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.ORDER, issued, actor.userId(), "ISSUED",
                null, facts.order(c.applicationNumber(), content, issued, delivered, complyBy));
        close(c, Outcome.ORDER_ISSUED, actor.userId());
    }

    /** 事後届出の確認: an urgently introduced equipment with concerns goes on to consultation and recommendation. */
    void reviewEmergencyNotification(Actor actor, String applicationNumber, boolean concerns, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.EMERGENCY_NOTIFICATION_REVIEWED, time.today(),
                actor.userId(), concerns ? "CONCERNS" : "NO_CONCERNS", null, reason);
    }

    /**
     * 勧告の要否の判断 after introduction: the minister "may" recommend once it finds the equipment is, or is highly
     * likely to be, used for obstruction (Art 55(1) after a filed plan, 55(2) after an emergency notification); a
     * review that finds otherwise ends without a recommendation, its reasons on record.
     */
    void decideRecommendation(Actor actor, String applicationNumber, boolean recommend, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        if (reason.length() > 4000) {
            throw new InvalidInputException(RECOMMENDATION_DECISION_REASON, "「判断の理由」は4000字以内で入力してください。");
        }
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.RECOMMENDATION_DECIDED, time.today(),
                actor.userId(), recommend ? "RECOMMEND" : "DO_NOT_RECOMMEND", null,
                new ActContent.RecommendationDecision(article55Paragraph(c), reason.strip()));
    }

    /** The paragraph of Art 55 a review after introduction rests on, as its key in the citations table. */
    static String article55Paragraph(ScreeningCase c) {
        return c.kind() == CaseKind.EMERGENCY_NOTIFICATION ? "ACT_55_2" : "ACT_55_1";
    }

    /** 期間満了: once the period ends the minister can neither recommend nor order (Art 52(6), (9)). */
    void recordPeriodEnded(String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        time.requireReached(c.periodLastDay().plusDays(1), "期間満了の記録", "期間の末日 " + c.periodLastDay() + "、法第52条第3項");
        boolean recommended = EnumSet.of(CaseStatus.AWAITING_REPLY, CaseStatus.ORDER_UNDER_CONSIDERATION).contains(c.status());
        close(c, recommended ? Outcome.PERIOD_ENDED_NO_ORDER : Outcome.PERIOD_ENDED_NO_RECOMMENDATION, Actor.SYSTEM.userId());
    }

    /** A step of the model that ends the case with the outcome its path stands for. */
    void close(String applicationNumber, Outcome outcome) {
        ScreeningCase c = byNumber(applicationNumber);
        String official = caseFile.acts(SCREENING, c.applicationNumber()).stream().reduce((a, b) -> b)
                .map(LegalAct::official).orElse(Actor.SYSTEM.userId());
        close(c, outcome, official);
    }

    private void close(ScreeningCase c, Outcome outcome, String official) {
        cases.close(c.id(), outcome);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.OUTCOME, time.today(), official,
                outcome.name() + " " + outcome.labelJa());
    }

    /**
     * 審査のやり直し: an important change (Art 54) is a changed plan filed anew: it arrives on the day it was filed and
     * goes through the formal check and 受理 again, from which its new clocks count.
     */
    ScreeningCase restartReview(String applicationNumber) {
        ScreeningCase c = byNumber(applicationNumber);
        LocalDate receivedOn = decided(c, LegalActType.IMPORTANT_CHANGE).actDate();
        cases.arrivedAnew(c.id(), receivedOn);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.REVIEW_RESTARTED, receivedOn, Actor.SYSTEM.userId(),
                "変更後の計画が " + receivedOn + " に到達。期間はその受理の日から起算する");
        return cases.get(c.id());
    }

    // ---- Post-introduction reviews (Art 55) and paper emergency notifications

    /** Over the API: the competent ministry opens an Art 55 review of a closed screening case. */
    @Transactional
    public void startPostIntroductionReview(Actor actor, UUID caseId, String reason) {
        ScreeningCase c = actingOn(actor, Action.DECIDE_SCREENING, caseId);
        runtime.createProcessInstanceByKey(POST_INTRODUCTION_REVIEW_PROCESS).businessKey(c.applicationNumber())
                .setVariables(openPostIntroductionReview(actor, c, reason)).execute();
    }

    /** From Tasklist's start form: an Art 55 review of a case on record. Returns the variables its process shows. */
    Map<String, Object> openPostIntroductionReview(Actor actor, String applicationNumber, String reason) {
        ScreeningCase c = cases.findByApplicationNumber(applicationNumber)
                .orElseThrow(() -> new InvalidInputException(APPLICATION_NUMBER, "受付番号 " + applicationNumber + " の事案はありません。"));
        if (!access.permits(actor, Action.DECIDE_SCREENING, subject(c))) {
            throw new NotPermittedException(registry.notCompetentJa(c.sectorCode()));
        }
        return openPostIntroductionReview(actor, c, reason);
    }

    private Map<String, Object> openPostIntroductionReview(Actor actor, ScreeningCase c, String reason) {
        if (c.status() != CaseStatus.CLOSED || c.kind() == CaseKind.EMERGENCY_NOTIFICATION) {
            throw new ConflictException("A post-introduction review starts from a closed screening case; this case is "
                    + c.status() + ".");
        }
        cases.updateStatus(c.id(), CaseStatus.POST_INTRODUCTION_REVIEW);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.POST_INTRODUCTION_REVIEW_STARTED, time.today(),
                actor.userId(), reason);
        Map<String, Object> variables = display.of(cases.get(c.id()));
        variables.remove(PERIOD_LAST_DAY); // Art 55: no 30-day limit after introduction
        variables.remove(EXTENSION_CAP);
        variables.put(TRIGGER, "SITUATION_CHANGE");
        variables.put(REVIEW_REASON, reason);
        return variables;
    }

    /** From Tasklist's start form: an emergency notification received on paper, registered by its competent ministry. */
    Map<String, Object> registerPaperEmergencyNotification(Actor actor, ScreeningIntake.Filing filing) {
        // a notification after the fact (Art 52(1) proviso): the equipment was introduced on or before today
        if (filing.plan().plannedFrom().isAfter(time.today())) {
            throw new InvalidInputException(INTRODUCED_ON, "導入日に将来の日付は入力できません（事後届出は導入済みの設備について行うものです）。");
        }
        ScreeningCase c = intake.record(filing, actor, Action.DECIDE_SCREENING);
        return display.of(c);
    }

    // ---- Helpers

    /** The day by which a recommendation or order must be made: none after introduction (Art 55). */
    LocalDate periodLimit(ScreeningCase c) {
        boolean afterIntroduction = c.kind() == CaseKind.EMERGENCY_NOTIFICATION || caseFile
                .latest(SCREENING, c.applicationNumber(), LegalActType.POST_INTRODUCTION_REVIEW_STARTED).isPresent();
        return afterIntroduction ? null : c.periodLastDay();
    }

    /** The decision the next step carries out: the latest act of that kind in the case file. */
    private LegalAct decided(ScreeningCase c, LegalActType... types) {
        return caseFile.latest(SCREENING, c.applicationNumber(), types)
                .orElseThrow(() -> new IllegalStateException("No " + List.of(types) + " on record for " + c.applicationNumber()));
    }

    private void replacePlan(ScreeningCase c, PlanContent plan) {
        PlanKind kind = c.kind() == CaseKind.ENTRUSTMENT ? PlanKind.ENTRUSTMENT : PlanKind.INTRODUCTION;
        PlanRules.check(kind, plan, "plan.");
        cases.updatePlan(c.id(), plan.outline(), plan.content(), plan.plannedFrom(), plan.plannedUntil(),
                plan.preventiveMeasures());
        cases.replaceParties(c.id(), ScreeningIntake.toParties(plan.parties()));
    }

    private Execution waitingFor(ScreeningCase c, String message, String otherwise) {
        return waitingFor(c, message).stream().findFirst().orElseThrow(() -> new ConflictException(otherwise));
    }

    private List<Execution> waitingFor(ScreeningCase c, String message) {
        return runtime.createExecutionQuery().messageEventSubscriptionName(message)
                .processInstanceBusinessKey(c.applicationNumber()).list();
    }
}
