package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.TaskCards;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.screening.RecommendationRules.ConsultationBefore;
import jp.espa.kikan.screening.StandstillRules.Extension;
import jp.espa.kikan.screening.StandstillRules.ExtensionFirst;
import jp.espa.kikan.screening.StandstillRules.ReviewDecision;
import jp.espa.kikan.security.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministry's screening of a plan (Art 52, 56) and the operator's filings: every change of a case from an
 * official's form, a timer or a message goes through here; the operator's answers through
 * {@link OperatorRequestService}, Art 55 reviews through {@link PostIntroductionReviewService}. Each method checks
 * the actor's right on the case ({@link ScreeningAccess}), loads it (by its application number, the business key of its processes),
 * asks the {@link ScreeningCase} for the act its rules allow, records it in the case file and hands engine work to
 * {@link ScreeningEngine}. A decision taken in a form is recorded as a decision act; the model's next step carries
 * it out by reading that act.
 */
@Service
public class ScreeningService {

    private static final Procedure SCREENING = Procedure.SCREENING;

    private final ScreeningRepository cases;
    private final ScreeningAccess access;
    private final CaseFile caseFile;
    private final SectorRegistry registry;
    private final ScreeningIntake intake;
    private final SupplierRiskAssessment risk;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final ScreeningEngine engine;
    private final CaseVariables display;
    private final NoticeFacts facts;
    private final TaskCards cards;
    private final int daysForOrder;

    ScreeningService(ScreeningRepository cases, ScreeningAccess access, CaseFile caseFile, SectorRegistry registry,
                     ScreeningIntake intake, SupplierRiskAssessment risk, StatutoryPeriods periods, StatutoryTime time,
                     ScreeningEngine engine, CaseVariables display, NoticeFacts facts, TaskCards cards,
                     @Value("${kikan.screening.days-for-order-after-reply}") int daysForOrder) {
        this.cases = cases;
        this.access = access;
        this.caseFile = caseFile;
        this.registry = registry;
        this.intake = intake;
        this.risk = risk;
        this.periods = periods;
        this.time = time;
        this.engine = engine;
        this.display = display;
        this.facts = facts;
        this.cards = cards;
        this.daysForOrder = daysForOrder;
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

    // ---- The ministry's review

    /** Whether the case as filed claims an exemption for the ministry to confirm ({@link ScreeningIntake#exemptionClaimed}). */
    boolean exemptionToConfirm(String applicationNumber) {
        ScreeningCaseRow c = access.byNumber(applicationNumber);
        return c.exemption() != null && ScreeningIntake.exemptionClaimed(c, cases.parties(c.id()));
    }

    void checkExemption(Actor actor, String applicationNumber, boolean confirmed, String assessment) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        cases.record(c, c.exemptionChecked(actor.userId(), time.today(), confirmed, assessment,
                registry.sector(c.row().sectorCode()).orElseThrow().competentMinistry()));
    }

    void checkCompleteness(Actor actor, String applicationNumber, boolean complete, LocalDate acceptedOn,
                           String correctionRequest) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        cases.record(c, c.completenessChecked(actor.userId(), time.today(), complete, acceptedOn, correctionRequest));
    }

    /** 受理の通知: the period (30 days) and the extension cap (4 months) count from the day of acceptance (Art 52(3), (4)). */
    ScreeningCaseRow acceptPlan(String applicationNumber) {
        ScreeningCase c = access.caseOf(applicationNumber);
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
        ScreeningCase c = access.caseOf(applicationNumber);
        cases.record(c, c.correctionRequested(time.today()));
        cases.updateStatus(c.row().id(), CaseStatus.AWAITING_CORRECTION);
    }

    SupplierRiskAssessment.Result assessRisk(String applicationNumber) {
        ScreeningCaseRow c = access.byNumber(applicationNumber);
        SupplierRiskAssessment.Result result = risk.assess(c);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.RISK_ASSESSED, time.today(), Actor.SYSTEM.userId(),
                result.asContent());
        return result;
    }

    void decideReview(Actor actor, String applicationNumber, ReviewDecision decision, LocalDate shortenedLastDay,
                      Extension extension, String reason) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        cases.record(c, c.standstill().reviewDecided(actor.userId(), time.today(), decision, shortenedLastDay, extension, reason));
    }

    /** 懸念なしの通知: the standstill is shortened by notice if so decided; the case closes without concerns. */
    void concludeWithoutConcerns(String applicationNumber) {
        ScreeningCase c = access.caseOf(applicationNumber);
        c.standstill().shorteningNotice(time.today()).ifPresent(notice -> {
            cases.updatePeriodLastDay(c.row().id(), notice.content(ActContent.PeriodChange.class).newLastDay());
            cases.record(c, notice);
        });
        close(c.row(), Outcome.NO_CONCERNS, c.decided(LegalActType.REVIEW_DECIDED).official());
    }

    /** Whether a recommendation delivered today still leaves room for the reply and an order (Art 52(6), (9)). */
    record TimeForOrder(boolean enough, LocalDate latestRecommendationDay) {
    }

    TimeForOrder timeForReplyAndOrder(String applicationNumber) {
        LocalDate latest = periods.latestRecommendationLeavingRoomForOrder(access.byNumber(applicationNumber).periodLastDay(),
                daysForOrder);
        return new TimeForOrder(!time.today().isAfter(latest), latest);
    }

    void decideExtensionFirst(Actor actor, String applicationNumber, ExtensionFirst decision, Extension extension,
                              String reason) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        cases.record(c, c.standstill().extensionFirstDecided(actor.userId(), time.today(), decision, extension, reason));
    }

    void decideExtension(Actor actor, String applicationNumber, Extension extension, String reason) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        cases.record(c, c.standstill().extensionDecided(actor.userId(), time.today(), extension, reason));
    }

    /** 禁止期間の延長: the period's timer and the due dates of the case's open tasks move with the notice. */
    void extendPeriod(String applicationNumber) {
        ScreeningCase c = access.caseOf(applicationNumber);
        LegalAct notice = c.standstill().extensionNotice(time.today());
        LocalDate extended = notice.content(ActContent.PeriodChange.class).newLastDay();
        cases.updatePeriodLastDay(c.row().id(), extended);
        cases.record(c, notice);
        engine.movePeriod(c.applicationNumber(), extended, display.of(cases.get(c.row().id())));
    }

    void consult(Actor actor, String applicationNumber, ConsultationBefore before, LocalDate consultedOn, String parties,
                 String summary) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        cases.record(c, c.recommendation().consultation(actor.userId(), time.today(), before, consultedOn, parties, summary));
    }

    /** 勧告: the reply is due 10 days counted from delivery, moved past administrative holidays. Returns that day. */
    LocalDate recommend(Actor actor, String applicationNumber, LocalDate issued, LocalDate delivered,
                        RecommendedMeasure measure, String content) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        c.recommendation().checkRecommendation(time.today(), issued, delivered, measure);
        LocalDate replyDue = periods.replyDueOn(delivered);
        cases.record(c, ScreeningCase.act(LegalActType.RECOMMENDATION, issued, actor.userId(), measure.name(), null,
                new ActContent.Recommendation(measure, content, facts.riskFindings(c.applicationNumber()),
                        facts.findingReasons(c.applicationNumber()), issued, delivered, replyDue)));
        cases.updateStatus(c.row().id(), CaseStatus.AWAITING_REPLY);
        cards.showReplyDueOn(c.applicationNumber(), replyDue);
        return replyDue;
    }

    void recordAcceptance(String applicationNumber) {
        ScreeningCase c = access.caseOf(applicationNumber);
        LegalAct revised = c.recommendation().revisedPlan();
        cases.record(c, revised);
        close(c.row(), Outcome.RECOMMENDATION_ACCEPTED, revised.official());
    }

    /** 応諾しない正当な理由の判断: only a refusal without justifiable reason can lead to an order (Art 52(9)). */
    void assessRefusal(Actor actor, String applicationNumber, boolean justified, String assessment) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        cases.record(c, ScreeningCase.act(LegalActType.REFUSAL_ASSESSED, time.today(), actor.userId(),
                justified ? "JUSTIFIED" : "NOT_JUSTIFIED", null, new ActContent.Note(assessment)));
    }

    /**
     * 命令の判断: whether to pursue an order, and the order as drafted; it is issued after the consultation on it (Art
     * 56). No opportunity to explain precedes it: Art 88 sets APA Chapter 3 aside for an order under Art 52(10)
     * (including as Art 55(3) applies it); the order still states its facts and reasons.
     */
    void decideOrder(Actor actor, String applicationNumber, boolean issue, String content, String reason) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        c.recommendation().orderWeighedFrom().ifPresent(day -> time.requireReached(day, "回答がない場合の命令の判断",
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
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        c.recommendation().checkOrder(time.today(), issued, delivered, complyBy, content);
        cases.record(c, ScreeningCase.act(LegalActType.ORDER, issued, actor.userId(), "ISSUED", null,
                facts.order(c.applicationNumber(), content, issued, delivered, complyBy)));
        close(c.row(), Outcome.ORDER_ISSUED, actor.userId());
    }

    void recordPeriodEnded(String applicationNumber) {
        ScreeningCase c = access.caseOf(applicationNumber);
        LocalDate lastDay = c.row().periodLastDay();
        time.requireReached(lastDay.plusDays(1), "期間満了の記録", "期間の末日 " + lastDay + "、法第52条第3項");
        close(c.row(), c.standstill().periodEndedOutcome(), Actor.SYSTEM.userId());
    }

    /** A step of the model that ends the case with the outcome its path stands for. */
    void close(String applicationNumber, Outcome outcome) {
        ScreeningCase c = access.caseOf(applicationNumber);
        close(c.row(), outcome, c.lastOfficial());
    }

    private void close(ScreeningCaseRow c, Outcome outcome, String official) {
        cases.close(c.id(), outcome);
        // the outcome as the act's decision, for readers (the overview); the text as officials read it
        caseFile.recordDecision(SCREENING, c.applicationNumber(), LegalActType.OUTCOME, time.today(), official,
                outcome.name(), null, outcome.name() + " " + outcome.labelJa());
    }

    /**
     * 審査のやり直し: an important change (Art 54) is a changed plan filed anew: it arrives on the day it was filed and
     * goes through the formal check and 受理 again, from which its new clocks count.
     */
    ScreeningCaseRow restartReview(String applicationNumber) {
        ScreeningCase c = access.caseOf(applicationNumber);
        LocalDate receivedOn = c.decided(LegalActType.IMPORTANT_CHANGE).actDate();
        cases.arrivedAnew(c.row().id(), receivedOn);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.REVIEW_RESTARTED, receivedOn, Actor.SYSTEM.userId(),
                "変更後の計画が " + receivedOn + " に到達。期間はその受理の日から起算する");
        return cases.get(c.row().id());
    }

}
