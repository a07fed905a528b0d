package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.security.Actor;

/**
 * One screening case as its rules see it (Art 52-56): the registry's row and the acts of its case file. It says what
 * may be done now and returns the act to record; it is told the day (it reads no clock) and knows no engine. A
 * decision taken in a form is an act the model's next step carries out by reading it ({@link #decided}). Rules checked
 * for officials answer in Japanese.
 */
final class ScreeningCase {

    /** The review's conclusion (導入等計画書の審査). */
    enum ReviewDecision { NO_CONCERNS, EXTEND, RECOMMEND }

    /** The choice when a recommendation would leave too little time for the reply and an order. */
    enum ExtensionFirst { EXTEND, RECOMMEND_ANYWAY }

    /** What a consultation (Art 56) comes before: the recommendation, or the order that follows it. */
    enum ConsultationBefore { RECOMMENDATION, ORDER }

    /**
     * An extension as the official decides it: the new last day and the day its notice reaches the operator, by
     * default the day of the decision (the notice is issued with it).
     */
    record Extension(LocalDate lastDay, LocalDate deliveredOn) {
        LocalDate noticeDeliveredOn(LocalDate today) {
            return deliveredOn == null ? today : deliveredOn;
        }
    }

    private final ScreeningCaseRow row;
    private final List<LegalAct> acts;

    ScreeningCase(ScreeningCaseRow row, List<LegalAct> acts) {
        this.row = row;
        this.acts = acts;
    }

    ScreeningCaseRow row() {
        return row;
    }

    String applicationNumber() {
        return row.applicationNumber();
    }

    /** The most recent act of one of these types. */
    Optional<LegalAct> latest(LegalActType... types) {
        List<LegalActType> wanted = Arrays.asList(types);
        return acts.stream().filter(act -> wanted.contains(act.actType())).reduce((earlier, later) -> later);
    }

    /** The decision the next step carries out: the latest act of that kind in the case file. */
    LegalAct decided(LegalActType... types) {
        return latest(types).orElseThrow(() -> new IllegalStateException("No " + List.of(types) + " on record for "
                + applicationNumber()));
    }

    /** Whether the latest act of this type decided so: what a gateway of the model asks. */
    boolean decidedAs(LegalActType type, String decision) {
        return decision.equals(decided(type).decision());
    }

    /** The official of the latest act: who closes a case on a path of the model. */
    String lastOfficial() {
        return acts.isEmpty() ? Actor.SYSTEM.userId() : acts.get(acts.size() - 1).official();
    }

    // ---- Clocks

    /** The day the plan as it now stands arrived: its filing (or important change), or the latest correction since. */
    LocalDate arrival() {
        return latest(LegalActType.CORRECTION_RECEIVED).map(LegalAct::actDate)
                .filter(corrected -> corrected.isAfter(row.receivedOn())).orElse(row.receivedOn());
    }

    /** Whether the plan as it now stands came as a correction: a correction received since it arrived (or arrived anew). */
    private boolean correctedSinceArrival() {
        Optional<LegalAct> restarted = latest(LegalActType.REVIEW_RESTARTED);
        return latest(LegalActType.CORRECTION_RECEIVED)
                .filter(corrected -> restarted.isEmpty() || corrected.recordedAt().isAfter(restarted.get().recordedAt()))
                .isPresent();
    }

    /** The day by which a recommendation or order must be made: none after introduction (Art 55). */
    LocalDate periodLimit() {
        boolean afterIntroduction = row.kind() == CaseKind.EMERGENCY_NOTIFICATION
                || latest(LegalActType.POST_INTRODUCTION_REVIEW_STARTED).isPresent();
        return afterIntroduction ? null : row.periodLastDay();
    }

    /** Whether the period runs and the cap leaves room to extend it. */
    boolean canStillExtend() {
        return periodLimit() != null && row.periodLastDay().isBefore(row.extensionCap());
    }

    // ---- The ministry's review

    /**
     * 適用除外の確認: the competent ministry confirms or rejects the exemption claimed at filing (Art 52(1), the
     * parenthetical) against the provisions of its ground (施行令第十条; for a subsidiary the ordinance's parent test); a
     * confirmation is notified to the operator in writing with the ground and the provisions.
     */
    LegalAct exemptionChecked(String official, LocalDate today, boolean confirmed, String assessment, String ministryCode) {
        ActContent.ExemptionCheck check = latest(LegalActType.EXEMPTION_CLAIMED)
                .map(claimed -> claimed.content(ActContent.ExemptionClaim.class)).filter(claim -> claim.ground() != null)
                .map(claim -> new ActContent.ExemptionCheck(assessment, claim.ground(), claim.parentControl(),
                        ExemptionClaims.provisions(claim.ground(), claim.parentControl(), ministryCode), claim.supplierName()))
                .orElseGet(() -> new ActContent.ExemptionCheck(assessment, null, null, null, null)); // a claim of an earlier release
        return act(LegalActType.EXEMPTION_CHECKED, today, official, confirmed ? "CONFIRMED" : "NOT_CONFIRMED", null, check);
    }

    /**
     * 記載事項の確認: the formal check. A plan that needed no correction is accepted (受理) as of its arrival: a
     * formally complete notification is fulfilled when it reaches the office (行政手続法第37条), so no later day can
     * be chosen. After a correction the official states the day, by default the corrected plan's arrival, never
     * before it and never after the check. A plan with defects gets a request for correction and no clock runs.
     */
    LegalAct completenessChecked(String official, LocalDate today, boolean complete, LocalDate acceptedOn,
                                 String correctionRequest) {
        if (!complete && PlanRules.isBlank(correctionRequest)) {
            throw new InvalidInputException(CORRECTION_REQUEST, "「補正を求める事項」を入力してください。");
        }
        LocalDate arrival = arrival();
        LocalDate accepted = !complete ? null : acceptedOn == null ? arrival : acceptedOn;
        if (accepted != null && !accepted.equals(arrival) && !correctedSinceArrival()) {
            throw new InvalidInputException(ACCEPTED_ON, "補正を要しなかった計画書は、到達日（" + arrival
                    + "）に受理したものとなります（行政手続法第37条）。受理日は到達日としてください。");
        }
        if (accepted != null && (accepted.isBefore(arrival) || accepted.isAfter(today))) {
            throw new InvalidInputException(ACCEPTED_ON, "受理日は計画書の到達日（" + arrival + "）以後、本日（" + today
                    + "）以前の日にしてください。");
        }
        return act(LegalActType.COMPLETENESS_CHECKED, today, official, complete ? "COMPLETE" : "INCOMPLETE", accepted,
                new ActContent.Note(complete ? null : correctionRequest));
    }

    /** 補正の求め: the request decided at the completeness check goes to the operator (through the portal). */
    LegalAct correctionRequested(LocalDate today) {
        LegalAct check = decided(LegalActType.COMPLETENESS_CHECKED);
        return act(LegalActType.CORRECTION_REQUESTED, today, check.official(), null, null,
                new ActContent.CorrectionRequest(check.text()));
    }

    /** The review's conclusion; the shortened or extended last day is checked against the registry. */
    LegalAct reviewDecided(String official, LocalDate today, ReviewDecision decision, LocalDate shortenedLastDay,
                           Extension extension, String reason) {
        LocalDate delivered = decision == ReviewDecision.EXTEND ? extension.noticeDeliveredOn(today) : null;
        LocalDate effective = switch (decision) {
            case NO_CONCERNS -> shortenedLastDay == null ? null : shortened(shortenedLastDay, today);
            case EXTEND -> extended(extension.lastDay(), delivered, today);
            case RECOMMEND -> null;
        };
        return act(LegalActType.REVIEW_DECIDED, today, official, decision.name(), effective,
                new ActContent.PeriodDecision(reason, delivered));
    }

    LegalAct extensionFirstDecided(String official, LocalDate today, ExtensionFirst decision, Extension extension,
                                   String reason) {
        boolean extend = decision == ExtensionFirst.EXTEND;
        LocalDate delivered = extend ? extension.noticeDeliveredOn(today) : null;
        LocalDate effective = extend ? extended(extension.lastDay(), delivered, today) : null;
        return act(LegalActType.EXTENSION_FIRST_DECIDED, today, official, decision.name(), effective,
                new ActContent.PeriodDecision(reason, delivered));
    }

    /** 勧告手続中の延長の判断: the period may still be extended while a recommendation is under way (Art 52(4)). */
    LegalAct extensionDecided(String official, LocalDate today, Extension extension, String reason) {
        LocalDate delivered = extension.noticeDeliveredOn(today);
        return act(LegalActType.EXTENSION_DECIDED, today, official, "EXTEND", extended(extension.lastDay(), delivered, today),
                new ActContent.PeriodDecision(reason, delivered));
    }

    /** 懸念なしの通知, where the review decided to shorten the standstill (Art 52(3) proviso): the notice of it. */
    Optional<LegalAct> shorteningNotice(LocalDate today) {
        LegalAct decision = decided(LegalActType.REVIEW_DECIDED);
        return Optional.ofNullable(decision.effectiveOn()).map(day -> act(LegalActType.SHORTENING_NOTICE, today,
                decision.official(), null, null,
                new ActContent.PeriodChange(row.periodLastDay(), shortened(day, today), decision.text(), null)));
    }

    /** 禁止期間の延長: the extension decided (at the review, before or during a recommendation) takes effect by notice. */
    LegalAct extensionNotice(LocalDate today) {
        LegalAct decision = decided(LegalActType.REVIEW_DECIDED, LegalActType.EXTENSION_FIRST_DECIDED,
                LegalActType.EXTENSION_DECIDED);
        ActContent.PeriodDecision decided = decision.content(ActContent.PeriodDecision.class);
        return act(LegalActType.EXTENSION_NOTICE, today, decision.official(), null, null, new ActContent.PeriodChange(
                row.periodLastDay(), extended(decision.effectiveOn(), null, today), decided.reasons(),
                decided.extensionNoticeDeliveredOn()));
    }

    /** Shortening (Art 52(3) proviso): from today, and before the current last day. */
    private LocalDate shortened(LocalDate shortened, LocalDate today) {
        if (shortened.isBefore(today) || !shortened.isBefore(row.periodLastDay())) {
            throw new InvalidInputException(SHORTENED_LAST_DAY, "短縮後の期間の末日は、本日（" + today + "）以降、現在の末日（"
                    + row.periodLastDay() + "）より前の日にしてください。");
        }
        return shortened;
    }

    /**
     * Extension (Art 52(4)): after the current last day, no later than 4 months counted from 受理, by a notice that
     * reaches the operator from the day of the decision to the current last day: a period that has ended cannot be
     * extended, and a notice takes effect when it arrives. {@code delivered}: null when carrying out a decision
     * whose delivery was checked when it was taken.
     */
    private LocalDate extended(LocalDate extended, LocalDate delivered, LocalDate today) {
        if (extended == null) {
            throw new InvalidInputException(EXTENDED_LAST_DAY, "「延長後の期間の末日」を入力してください。");
        }
        if (today.isAfter(row.periodLastDay())) { // the timer may not have fired yet: the period has still ended
            throw new InvalidInputException(EXTENDED_LAST_DAY, "期間は末日（" + row.periodLastDay() + "）をもって満了しているため、延長できません。");
        }
        if (!extended.isAfter(row.periodLastDay()) || extended.isAfter(row.extensionCap())) {
            throw new InvalidInputException(EXTENDED_LAST_DAY, "延長後の期間の末日は、現在の末日（" + row.periodLastDay()
                    + "）より後、延長の上限（" + row.extensionCap() + "）以前にしてください。");
        }
        if (delivered != null && (delivered.isBefore(today) || delivered.isAfter(row.periodLastDay()))) {
            throw new InvalidInputException(EXTENSION_NOTICE_DELIVERED_ON, "延長の通知は、本日（" + today
                    + "）以後、現在の期間の末日（" + row.periodLastDay() + "）までに事業者に到達しなければ効力を生じません（到達主義）。");
        }
        return extended;
    }

    /** 期間満了: once the period ends the minister can neither recommend nor order (Art 52(6), (9)). */
    Outcome periodEndedOutcome() {
        boolean recommended = EnumSet.of(CaseStatus.AWAITING_REPLY, CaseStatus.ORDER_UNDER_CONSIDERATION).contains(row.status());
        return recommended ? Outcome.PERIOD_ENDED_NO_ORDER : Outcome.PERIOD_ENDED_NO_RECOMMENDATION;
    }

    // ---- Consultation, recommendation, reply and order

    /**
     * 内閣総理大臣等との協議 (Art 56): before a recommendation and again before an order. A consultation on an order
     * cannot precede the recommendation it enforces.
     */
    LegalAct consultation(String official, LocalDate today, ConsultationBefore before, LocalDate consultedOn,
                          String parties, String summary) {
        LocalDate earliest = before == ConsultationBefore.ORDER ? decided(LegalActType.ORDER_DECIDED).actDate() : null;
        if (consultedOn.isAfter(today) || earliest != null && consultedOn.isBefore(earliest)) {
            throw new InvalidInputException(CONSULTATION_DATE, earliest == null ? "協議日に将来の日付は入力できません。"
                    : "命令前の協議日は命令の判断の日（" + earliest + "）以後、本日以前にしてください。");
        }
        if (consultedOn.isBefore(row.receivedOn())) { // a consultation on a plan the ministry did not yet have
            throw new InvalidInputException(CONSULTATION_DATE, "協議日は計画書の到達日（" + row.receivedOn() + "）以後にしてください。");
        }
        return act(before == ConsultationBefore.ORDER ? LegalActType.ORDER_CONSULTATION : LegalActType.CONSULTATION,
                consultedOn, official, null, null, new ActContent.Note(parties + ": " + summary));
    }

    /**
     * 勧告: after the consultation on record; it takes effect when it reaches the operator (到達), which must be by the
     * last day of the period (Art 52(6)).
     */
    void checkRecommendation(LocalDate today, LocalDate issued, LocalDate delivered, RecommendedMeasure measure) {
        LegalAct consultation = latest(LegalActType.CONSULTATION).orElseThrow(() -> new InvalidInputException(
                RECOMMENDATION_ISSUED_ON, "勧告の前に内閣総理大臣等との協議を記録してください（" + Articles.ART_56_1 + "）。"));
        if (issued.isAfter(today)) {
            throw new InvalidInputException(RECOMMENDATION_ISSUED_ON, "勧告日に将来の日付は入力できません。");
        }
        if (issued.isBefore(consultation.actDate())) {
            throw new InvalidInputException(RECOMMENDATION_ISSUED_ON, "勧告日は協議日（" + consultation.actDate() + "）以後にしてください。");
        }
        if (delivered.isBefore(issued) || delivered.isAfter(today)) {
            throw new InvalidInputException(RECOMMENDATION_DELIVERED_ON, "勧告の到達日は勧告日以後、本日以前にしてください。");
        }
        LocalDate limit = periodLimit();
        if (!measure.fits(limit == null)) {
            throw new InvalidInputException(RECOMMENDATION_MEASURES, "「" + measure.labelJa() + "」は"
                    + (limit == null ? "導入後の勧告（法第55条）" : "導入前の勧告（法第52条第6項）") + "の措置ではありません。");
        }
        if (limit != null && delivered.isAfter(limit)) {
            throw new InvalidInputException(RECOMMENDATION_DELIVERED_ON, "勧告は期間の末日（" + limit
                    + "）までに事業者に到達しなければ効力を生じません（到達主義）。");
        }
    }

    /**
     * 応諾する / 応諾しない: the operator's answer to the recommendation, as a reply or, after its last day (Art 52(7)),
     * as a late reply for the official who weighs the order. Late by the date, even while the reply timer has not
     * fired yet (it fires at 00:00 or later). {@code awaited}: whether a process waits for the reply.
     */
    LegalAct reply(String official, LocalDate today, OperatorRequests.Reply reply, boolean awaited) {
        if (reply.accepted() && PlanRules.isBlank(reply.revisedPlanSummary())) {
            throw new InvalidInputException("revisedPlanSummary", "Accepting a recommendation comes with the plan as revised.");
        }
        if (!reply.accepted() && PlanRules.isBlank(reply.reasons())) {
            throw new InvalidInputException("reasons", "Not accepting a recommendation comes with reasons.");
        }
        String answer = reply.accepted() ? "ACCEPTED" : "NOT_ACCEPTED";
        String statement = reply.accepted() ? reply.revisedPlanSummary() : reply.reasons();
        Optional<LegalAct> pastDue = latest(LegalActType.RECOMMENDATION)
                .filter(r -> row.status() != CaseStatus.CLOSED && today.isAfter(r.dueOn()));
        if (awaited && pastDue.isEmpty()) {
            return act(LegalActType.REPLY, today, official, answer, null, new ActContent.Reply(reply.accepted(), statement, null));
        }
        LegalAct recommendation = pastDue
                .orElseThrow(() -> new ConflictException("No reply is awaited for this case: no recommendation is pending."));
        return act(LegalActType.LATE_REPLY, today, official, answer, null,
                new ActContent.Reply(reply.accepted(), statement, recommendation.dueOn()));
    }

    /** 応諾と変更後の計画の記録: the operator accepted; it proceeds under the revised plan, even before the period ends. */
    LegalAct revisedPlan() {
        LegalAct reply = decided(LegalActType.REPLY);
        return act(LegalActType.REVISED_PLAN, reply.actDate(), reply.official(), null, null,
                new ActContent.Note(reply.content(ActContent.Reply.class).statement()));
    }

    /**
     * 命令の判断: without a reply, an order is weighed only once the reply period (Art 52(7)) has lapsed (Art 52(10));
     * the day from which it may be weighed, if the reply has not come.
     */
    Optional<LocalDate> orderWeighedFrom() {
        LegalAct last = decided(LegalActType.RECOMMENDATION, LegalActType.REPLY);
        return last.actType() == LegalActType.RECOMMENDATION ? Optional.of(last.dueOn().plusDays(1)) : Optional.empty();
    }

    /**
     * 命令の発出: after the consultation on the order; it takes effect when it reaches the operator, which during
     * screening must be by the period's last day, the recommendation's deadline (Art 52).
     */
    void checkOrder(LocalDate today, LocalDate issued, LocalDate delivered, LocalDate complyBy, String content) {
        LocalDate consulted = decided(LegalActType.ORDER_CONSULTATION).actDate();
        if (issued.isAfter(today) || issued.isBefore(consulted)) {
            throw new InvalidInputException(ORDER_ISSUED_ON, "命令日は命令前の協議日（" + consulted + "）以後、本日以前にしてください。");
        }
        if (delivered.isBefore(issued) || delivered.isAfter(today)) {
            throw new InvalidInputException(ORDER_DELIVERED_ON, "命令の到達日は命令日以後、本日以前にしてください。");
        }
        LocalDate limit = periodLimit();
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
    }

    // ---- After introduction (Art 55)

    /** A post-introduction review starts from a closed screening of a filed plan. */
    void checkPostIntroductionReviewMayStart() {
        if (row.status() != CaseStatus.CLOSED || row.kind() == CaseKind.EMERGENCY_NOTIFICATION) {
            throw new ConflictException("A post-introduction review starts from a closed screening case; this case is "
                    + row.status() + ".");
        }
    }

    /**
     * 勧告の要否の判断 after introduction: the minister "may" recommend once it finds the equipment is, or is highly
     * likely to be, used for obstruction (Art 55(1) after a filed plan, 55(2) after an emergency notification); a
     * review that finds otherwise ends without a recommendation, its reasons on record.
     */
    LegalAct recommendationDecided(String official, LocalDate today, boolean recommend, String reason) {
        if (reason.length() > 4000) {
            throw new InvalidInputException(RECOMMENDATION_DECISION_REASON, "「判断の理由」は4000字以内で入力してください。");
        }
        return act(LegalActType.RECOMMENDATION_DECIDED, today, official, recommend ? "RECOMMEND" : "DO_NOT_RECOMMEND", null,
                new ActContent.RecommendationDecision(article55Paragraph(), reason.strip()));
    }

    /** The paragraph of Art 55 a review after introduction rests on, as its key in the citations table. */
    private String article55Paragraph() {
        return row.kind() == CaseKind.EMERGENCY_NOTIFICATION ? "ACT_55_2" : "ACT_55_1";
    }

    /** An act to record: its addressee's last day is the one its content sets. */
    static LegalAct act(LegalActType type, LocalDate on, String official, String decision, LocalDate effectiveOn,
                        ActContent content) {
        return new LegalAct(type, on, official, decision, effectiveOn, content.dueOn(), content, null);
    }
}
