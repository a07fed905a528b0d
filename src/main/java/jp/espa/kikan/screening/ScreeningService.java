package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.platform.TaskCards;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.screening.OperatorRequests.Correction;
import jp.espa.kikan.screening.OperatorRequests.PlanChange;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.screening.PlanChangeClassifier.ChangeClass;
import jp.espa.kikan.screening.PlanChangeClassifier.ClassifiedItem;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.screening.ScreeningCase.ConsultationBefore;
import jp.espa.kikan.screening.ScreeningCase.Extension;
import jp.espa.kikan.screening.ScreeningCase.ExtensionFirst;
import jp.espa.kikan.screening.ScreeningCase.ReviewDecision;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one authority over screening cases (Art 52-56): every change of a case goes through here, whether it comes
 * from the portal over the API, from an official's form, from a timer or a message. Each method checks the actor's
 * right on the case ({@link AccessChecks}), loads it (by its application number, the business key of its processes),
 * asks the {@link ScreeningCase} for the act its rules allow, records it in the case file and hands engine work to
 * {@link ScreeningEngine}. A decision taken in a form is recorded as a decision act; the model's next step carries
 * it out by reading that act.
 */
@Service
public class ScreeningService {

    private static final Procedure SCREENING = Procedure.SCREENING;

    private final ScreeningRepository cases;
    private final CaseFile caseFile;
    private final SectorRegistry registry;
    private final ScreeningIntake intake;
    private final SupplierRiskAssessment risk;
    private final PlanChangeClassifier classifier;
    private final AccessChecks access;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final ScreeningEngine engine;
    private final CaseVariables display;
    private final NoticeFacts facts;
    private final TaskCards cards;
    private final int daysForOrder;

    ScreeningService(ScreeningRepository cases, CaseFile caseFile, SectorRegistry registry, ScreeningIntake intake,
                     SupplierRiskAssessment risk, PlanChangeClassifier classifier, AccessChecks access,
                     StatutoryPeriods periods, StatutoryTime time, ScreeningEngine engine, CaseVariables display,
                     NoticeFacts facts, TaskCards cards,
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
        this.engine = engine;
        this.display = display;
        this.facts = facts;
        this.cards = cards;
        this.daysForOrder = daysForOrder;
    }

    // ---- Finding a case and who may touch it

    Subject subject(ScreeningCaseRow c) {
        return new Subject(reviewerGroup(c), c.operatorId());
    }

    String reviewerGroup(ScreeningCaseRow c) {
        return registry.sector(c.sectorCode()).orElseThrow().reviewerGroup();
    }

    /** The case a process runs for: its business key is the application number. */
    ScreeningCaseRow byNumber(String applicationNumber) {
        return cases.findByApplicationNumber(applicationNumber)
                .orElseThrow(() -> new IllegalStateException("No screening case " + applicationNumber));
    }

    /** The case with its case file, for its rules. */
    ScreeningCase caseOf(String applicationNumber) {
        return cases.load(byNumber(applicationNumber));
    }

    /** A case the actor may read; anyone else is told it does not exist. */
    public ScreeningCaseRow readable(Actor actor, UUID caseId) {
        ScreeningCaseRow c = cases.find(caseId).orElseThrow(ScreeningService::notFound);
        if (!access.permits(actor, Action.READ_SCREENING, subject(c))) {
            throw notFound();
        }
        return c;
    }

    /** The parties as filed, with their personal data: for the competent ministry and the filing portal only. */
    List<PlanParty> partiesWithPersonalData(Actor actor, UUID caseId) {
        ScreeningCaseRow c = readable(actor, caseId);
        requireRight(actor, Action.READ_CASE_FILE, c);
        return cases.parties(c.id());
    }

    /** The case for an act; 404 for those who may not even read it, 403 for those who may read but not act. */
    private ScreeningCase actingOn(Actor actor, Action action, UUID caseId) {
        ScreeningCaseRow c = readable(actor, caseId);
        requireRight(actor, action, c);
        return cases.load(c);
    }

    private void requireRight(Actor actor, Action action, ScreeningCaseRow c) {
        if (!access.permits(actor, action, subject(c))) {
            throw new NotPermittedException(actor.userId() + " may not do this on case " + c.applicationNumber() + ".");
        }
    }

    /** The case of an official's step, with the check that the official belongs to its competent ministry. */
    private ScreeningCase ministryStep(Actor actor, String applicationNumber) {
        ScreeningCaseRow c = byNumber(applicationNumber);
        requireCompetent(actor, c);
        return cases.load(c);
    }

    private void requireCompetent(Actor actor, ScreeningCaseRow c) {
        if (!access.permits(actor, Action.DECIDE_SCREENING, subject(c))) {
            throw new NotPermittedException(registry.notCompetentJa(c.sectorCode()));
        }
    }

    /** Names no id: a filing under another operator's number reaches here with that case's own id. */
    private static NotFoundException notFound() {
        return new NotFoundException("No such screening case visible to this account.");
    }

    // ---- What the operator files (through the portal)

    @Transactional
    public ScreeningCaseRow filePlan(Actor actor, PlanSubmission s) {
        return intake.submitPlan(s, actor);
    }

    @Transactional
    public ScreeningCaseRow fileEmergencyNotification(Actor actor, EmergencyNotification n) {
        return intake.submitEmergencyNotification(n, actor);
    }

    /** The series of application numbers in {@code numbered_filing}: plans and emergency notifications share it. */
    static final String NUMBER_SERIES = "screening";

    /** The case of an application number already filed, if the actor may read it (idempotent filing). */
    Optional<ScreeningCaseRow> existing(Actor actor, String applicationNumber) {
        return cases.findByApplicationNumber(applicationNumber).map(c -> readable(actor, c.id()));
    }

    @Transactional
    public void correct(Actor actor, UUID caseId, Correction correction) {
        ScreeningCase c = actingOn(actor, Action.ANSWER_FOR_OPERATOR, caseId);
        String waiting = engine.waitingFor(c.applicationNumber(), MESSAGE_PLAN_CORRECTED,
                "The ministry has not requested a correction of this plan, or it was already answered.");
        replacePlan(c.row(), correction.plan());
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.CORRECTION_RECEIVED, time.today(), actor.userId(),
                correction.summary());
        cases.updateStatus(c.row().id(), CaseStatus.AWAITING_ACCEPTANCE);
        engine.deliver(waiting, MESSAGE_PLAN_CORRECTED, Map.of(CASE, display.of(cases.get(c.row().id())),
                CORRECTION_RECEIVED_ON, time.today().toString(), CORRECTION_SUMMARY, correction.summary()));
    }

    public record ChangeResult(ChangeClass changeClass, List<ClassifiedItem> items, boolean reviewRestarted) {
    }

    @Transactional
    public ChangeResult change(Actor actor, UUID caseId, PlanChange change) {
        ScreeningCaseRow c = actingOn(actor, Action.ANSWER_FOR_OPERATOR, caseId).row();
        List<ClassifiedItem> items = classifier.classify(c.applicationNumber(), change.items());
        ChangeClass changeClass = PlanChangeClassifier.strongest(items);
        LocalDate today = time.today();
        String description = items.stream().map(i -> i.item() + " (" + i.label() + "、" + i.provision() + ")").toList() + " " + change.summary();
        if (changeClass == ChangeClass.IMPORTANT) {
            if (change.plan() == null) {
                throw new InvalidInputException("plan", "An important change is filed with the plan as changed.");
            }
            String waiting = engine.waitingFor(c.applicationNumber(), MESSAGE_IMPORTANT_CHANGE, "The review of this plan has ended: "
                    + "file the changed plan as a new introduction plan.");
            replacePlan(c, change.plan());
            // the changed plan counts as received today: the restart reads this act's date (Art 54)
            caseFile.record(SCREENING, c.applicationNumber(), LegalActType.IMPORTANT_CHANGE, today, actor.userId(), description);
            engine.deliver(waiting, MESSAGE_IMPORTANT_CHANGE, Map.of(CASE, display.of(cases.get(c.id()))));
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
        LocalDate today = time.today();
        Optional<String> waiting = engine.waitingFor(c.applicationNumber(), MESSAGE_OPERATOR_REPLIED);
        LegalAct answer = c.reply(actor.userId(), today, reply, waiting.isPresent());
        cases.record(c, answer);
        ActContent.Reply replied = answer.content(ActContent.Reply.class);
        if (answer.actType() == LegalActType.LATE_REPLY) { // for the official who weighs the order, on the open steps' forms
            engine.show(c.applicationNumber(), LATE_REPLY, "回答期限 " + replied.replyDueOn() + " の後、" + today + " に到達。"
                    + replyJa(reply.accepted()) + "：" + replied.statement());
            return true;
        }
        cases.updateStatus(c.row().id(), reply.accepted() ? CaseStatus.UNDER_REVIEW : CaseStatus.ORDER_UNDER_CONSIDERATION);
        cards.showReplyDueOn(c.applicationNumber(), null);
        engine.deliver(waiting.get(), MESSAGE_OPERATOR_REPLIED, Map.of(OPERATOR_ACCEPTED, reply.accepted(),
                REPLY_RECEIVED_ON, today.toString(), REPLY_REASONS, reply.accepted() ? "" : reply.reasons(),
                REPLY_ANSWER, replyJa(reply.accepted())));
        return false;
    }

    /** The answer as the forms show it; none until the operator replies within the period. */
    static final String NO_REPLY_JA = "回答期限までに回答なし";

    private static String replyJa(boolean accepted) {
        return accepted ? "応諾する" : "応諾しない";
    }

    // ---- The ministry's review

    void checkExemption(Actor actor, String applicationNumber, boolean confirmed, String assessment) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        cases.record(c, c.exemptionChecked(actor.userId(), time.today(), confirmed, assessment,
                registry.sector(c.row().sectorCode()).orElseThrow().competentMinistry()));
    }

    void checkCompleteness(Actor actor, String applicationNumber, boolean complete, LocalDate acceptedOn,
                           String correctionRequest) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        cases.record(c, c.completenessChecked(actor.userId(), time.today(), complete, acceptedOn, correctionRequest));
    }

    /** 受理の通知: the period (30 days) and the extension cap (4 months) count from the day of acceptance (Art 52(3), (4)). */
    ScreeningCaseRow acceptPlan(String applicationNumber) {
        ScreeningCase c = caseOf(applicationNumber);
        LegalAct check = c.decided(LegalActType.COMPLETENESS_CHECKED);
        LocalDate accepted = check.effectiveOn();
        LocalDate lastDay = periods.standstillLastDay(accepted);
        LocalDate cap = periods.extensionCap(accepted);
        cases.accept(c.row().id(), accepted, lastDay, cap);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.ACCEPTANCE, accepted, check.official(),
                new ActContent.Acceptance(lastDay, cap));
        return cases.get(c.row().id());
    }

    void requestCorrection(String applicationNumber) {
        ScreeningCase c = caseOf(applicationNumber);
        cases.record(c, c.correctionRequested(time.today()));
        cases.updateStatus(c.row().id(), CaseStatus.AWAITING_CORRECTION);
    }

    SupplierRiskAssessment.Result assessRisk(String applicationNumber) {
        ScreeningCaseRow c = byNumber(applicationNumber);
        SupplierRiskAssessment.Result result = risk.assess(c);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.RISK_ASSESSED, time.today(), Actor.SYSTEM.userId(),
                result.asContent());
        return result;
    }

    void decideReview(Actor actor, String applicationNumber, ReviewDecision decision, LocalDate shortenedLastDay,
                      Extension extension, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        cases.record(c, c.reviewDecided(actor.userId(), time.today(), decision, shortenedLastDay, extension, reason));
    }

    /** 懸念なしの通知: the standstill is shortened by notice if so decided; the case closes without concerns. */
    void concludeWithoutConcerns(String applicationNumber) {
        ScreeningCase c = caseOf(applicationNumber);
        c.shorteningNotice(time.today()).ifPresent(notice -> {
            cases.updatePeriodLastDay(c.row().id(), notice.content(ActContent.PeriodChange.class).newLastDay());
            cases.record(c, notice);
        });
        close(c.row(), Outcome.NO_CONCERNS, c.decided(LegalActType.REVIEW_DECIDED).official());
    }

    /** Whether a recommendation delivered today still leaves room for the reply and an order (Art 52(6), (9)). */
    record TimeForOrder(boolean enough, LocalDate latestRecommendationDay) {
    }

    TimeForOrder timeForReplyAndOrder(String applicationNumber) {
        LocalDate latest = periods.latestRecommendationLeavingRoomForOrder(byNumber(applicationNumber).periodLastDay(),
                daysForOrder);
        return new TimeForOrder(!time.today().isAfter(latest), latest);
    }

    void decideExtensionFirst(Actor actor, String applicationNumber, ExtensionFirst decision, Extension extension,
                              String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        cases.record(c, c.extensionFirstDecided(actor.userId(), time.today(), decision, extension, reason));
    }

    void decideExtension(Actor actor, String applicationNumber, Extension extension, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        cases.record(c, c.extensionDecided(actor.userId(), time.today(), extension, reason));
    }

    /** 禁止期間の延長: the period's timer and the due dates of the case's open tasks move with the notice. */
    void extendPeriod(String applicationNumber) {
        ScreeningCase c = caseOf(applicationNumber);
        LegalAct notice = c.extensionNotice(time.today());
        LocalDate extended = notice.content(ActContent.PeriodChange.class).newLastDay();
        cases.updatePeriodLastDay(c.row().id(), extended);
        cases.record(c, notice);
        engine.movePeriod(c.applicationNumber(), extended, display.of(cases.get(c.row().id())));
    }

    void consult(Actor actor, String applicationNumber, ConsultationBefore before, LocalDate consultedOn, String parties,
                 String summary) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        cases.record(c, c.consultation(actor.userId(), time.today(), before, consultedOn, parties, summary));
    }

    /** 勧告: the reply is due 10 days counted from delivery, moved past administrative holidays. Returns that day. */
    LocalDate recommend(Actor actor, String applicationNumber, LocalDate issued, LocalDate delivered,
                        RecommendedMeasure measure, String content) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        c.checkRecommendation(time.today(), issued, delivered, measure);
        LocalDate replyDue = periods.replyDueOn(delivered);
        cases.record(c, ScreeningCase.act(LegalActType.RECOMMENDATION, issued, actor.userId(), measure.name(), null,
                new ActContent.Recommendation(measure, content, facts.riskFindings(c.applicationNumber()),
                        facts.findingReasons(c.applicationNumber()), issued, delivered, replyDue)));
        cases.updateStatus(c.row().id(), CaseStatus.AWAITING_REPLY);
        cards.showReplyDueOn(c.applicationNumber(), replyDue);
        return replyDue;
    }

    void recordAcceptance(String applicationNumber) {
        ScreeningCase c = caseOf(applicationNumber);
        LegalAct revised = c.revisedPlan();
        cases.record(c, revised);
        close(c.row(), Outcome.RECOMMENDATION_ACCEPTED, revised.official());
    }

    /** 応諾しない正当な理由の判断: only a refusal without justifiable reason can lead to an order (Art 52(9)). */
    void assessRefusal(Actor actor, String applicationNumber, boolean justified, String assessment) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        cases.record(c, ScreeningCase.act(LegalActType.REFUSAL_ASSESSED, time.today(), actor.userId(),
                justified ? "JUSTIFIED" : "NOT_JUSTIFIED", null, new ActContent.Note(assessment)));
    }

    /**
     * 命令の判断: whether to pursue an order, and the order as drafted; it is issued after the consultation on it (Art
     * 56). No opportunity to explain precedes it: Art 88 sets APA Chapter 3 aside for an order under Art 52(10)
     * (including as Art 55(3) applies it); the order still states its facts and reasons.
     */
    void decideOrder(Actor actor, String applicationNumber, boolean issue, String content, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        c.orderWeighedFrom().ifPresent(day -> time.requireReached(day, "回答がない場合の命令の判断",
                "勧告への回答期限 " + day.minusDays(1) + "、法第52条第7項"));
        if (issue && PlanRules.isBlank(content)) {
            throw new InvalidInputException(ORDER_CONTENT, "「命令の内容」を入力してください。");
        }
        cases.record(c, ScreeningCase.act(LegalActType.ORDER_DECIDED, time.today(), actor.userId(), issue ? "ISSUE" : "DO_NOT_ISSUE",
                null, issue ? facts.orderDecision(c.applicationNumber(), content, reason)
                        : new ActContent.OrderDecision(null, null, null, reason)));
    }

    /** 命令の発出: closes the case. */
    void issueOrder(Actor actor, String applicationNumber, LocalDate issued, LocalDate delivered, LocalDate complyBy,
                    String content) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        c.checkOrder(time.today(), issued, delivered, complyBy, content);
        cases.record(c, ScreeningCase.act(LegalActType.ORDER, issued, actor.userId(), "ISSUED", null,
                facts.order(c.applicationNumber(), content, issued, delivered, complyBy)));
        close(c.row(), Outcome.ORDER_ISSUED, actor.userId());
    }

    /** 事後届出の確認: an urgently introduced equipment with concerns goes on to consultation and recommendation. */
    void reviewEmergencyNotification(Actor actor, String applicationNumber, boolean concerns, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        cases.record(c, ScreeningCase.act(LegalActType.EMERGENCY_NOTIFICATION_REVIEWED, time.today(), actor.userId(),
                concerns ? "CONCERNS" : "NO_CONCERNS", null, new ActContent.Note(reason)));
    }

    void decideRecommendation(Actor actor, String applicationNumber, boolean recommend, String reason) {
        ScreeningCase c = ministryStep(actor, applicationNumber);
        cases.record(c, c.recommendationDecided(actor.userId(), time.today(), recommend, reason));
    }

    void recordPeriodEnded(String applicationNumber) {
        ScreeningCase c = caseOf(applicationNumber);
        LocalDate lastDay = c.row().periodLastDay();
        time.requireReached(lastDay.plusDays(1), "期間満了の記録", "期間の末日 " + lastDay + "、法第52条第3項");
        close(c.row(), c.periodEndedOutcome(), Actor.SYSTEM.userId());
    }

    /** A step of the model that ends the case with the outcome its path stands for. */
    void close(String applicationNumber, Outcome outcome) {
        ScreeningCase c = caseOf(applicationNumber);
        close(c.row(), outcome, c.lastOfficial());
    }

    private void close(ScreeningCaseRow c, Outcome outcome, String official) {
        cases.close(c.id(), outcome);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.OUTCOME, time.today(), official,
                outcome.name() + " " + outcome.labelJa());
    }

    /**
     * 審査のやり直し: an important change (Art 54) is a changed plan filed anew: it arrives on the day it was filed and
     * goes through the formal check and 受理 again, from which its new clocks count.
     */
    ScreeningCaseRow restartReview(String applicationNumber) {
        ScreeningCase c = caseOf(applicationNumber);
        LocalDate receivedOn = c.decided(LegalActType.IMPORTANT_CHANGE).actDate();
        cases.arrivedAnew(c.row().id(), receivedOn);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.REVIEW_RESTARTED, receivedOn, Actor.SYSTEM.userId(),
                "変更後の計画が " + receivedOn + " に到達。期間はその受理の日から起算する");
        return cases.get(c.row().id());
    }

    // ---- Post-introduction reviews (Art 55) and paper emergency notifications

    /** Over the API: the competent ministry opens an Art 55 review of a closed screening case. */
    @Transactional
    public void startPostIntroductionReview(Actor actor, UUID caseId, String reason) {
        ScreeningCase c = actingOn(actor, Action.DECIDE_SCREENING, caseId);
        engine.start(POST_INTRODUCTION_REVIEW_PROCESS, c.applicationNumber(), openPostIntroductionReview(actor, c, reason));
    }

    /** From Tasklist's start form: an Art 55 review of a case on record. Returns the variables its process shows. */
    Map<String, Object> openPostIntroductionReview(Actor actor, String applicationNumber, String reason) {
        ScreeningCaseRow c = cases.findByApplicationNumber(applicationNumber)
                .orElseThrow(() -> new InvalidInputException(APPLICATION_NUMBER, "受付番号 " + applicationNumber + " の事案はありません。"));
        requireCompetent(actor, c);
        return openPostIntroductionReview(actor, cases.load(c), reason);
    }

    private Map<String, Object> openPostIntroductionReview(Actor actor, ScreeningCase c, String reason) {
        c.checkPostIntroductionReviewMayStart();
        cases.updateStatus(c.row().id(), CaseStatus.POST_INTRODUCTION_REVIEW);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.POST_INTRODUCTION_REVIEW_STARTED, time.today(),
                actor.userId(), reason);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE, display.afterIntroduction(cases.get(c.row().id()))); // Art 55: no 30-day limit
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
        ScreeningCaseRow c = intake.record(filing, actor, Action.DECIDE_SCREENING);
        return Map.of(CASE, display.of(c));
    }

    private void replacePlan(ScreeningCaseRow c, PlanContent plan) {
        PlanKind kind = c.kind() == CaseKind.ENTRUSTMENT ? PlanKind.ENTRUSTMENT : PlanKind.INTRODUCTION;
        PlanRules.check(kind, plan, "plan.");
        cases.updatePlan(c.id(), plan.outline(), plan.content(), plan.plannedFrom(), plan.plannedUntil(),
                plan.preventiveMeasures());
        cases.replaceParties(c.id(), ScreeningIntake.toParties(plan.parties()));
    }
}
