package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.Optional;

import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.platform.ProblemCode;

/**
 * The rules of one case's recommendation and order: the consultation before each (Art 56), the recommendation
 * delivered within the period (Art 52(6)) or after introduction (Art 55), the operator's reply (Art 52(7)), the order
 * (Art 52(9), (10)), and after introduction the decision whether to recommend at all. Part of {@link ScreeningCase},
 * which gives it the row and the case file; like the case it is told the day and returns the act to record.
 */
final class RecommendationRules {

    /** What a consultation (Art 56) comes before: the recommendation, or the order that follows it. */
    enum ConsultationBefore { RECOMMENDATION, ORDER }

    private final ScreeningCase c;
    private final ScreeningCaseRow row;

    RecommendationRules(ScreeningCase c) {
        this.c = c;
        this.row = c.row();
    }

    /**
     * 内閣総理大臣等との協議 (Art 56): before a recommendation and again before an order. A consultation on an order
     * cannot precede the recommendation it enforces.
     */
    LegalAct consultation(String official, LocalDate today, ConsultationBefore before, LocalDate consultedOn,
                          String parties, String summary) {
        LocalDate earliest = before == ConsultationBefore.ORDER ? c.decided(LegalActType.ORDER_DECIDED).actDate() : null;
        if (consultedOn.isAfter(today) || earliest != null && consultedOn.isBefore(earliest)) {
            throw new InvalidInputException(CONSULTATION_DATE, earliest == null ? "協議日に将来の日付は入力できません。"
                    : "命令前の協議日は命令の判断の日（" + earliest + "）以後、本日以前にしてください。");
        }
        if (consultedOn.isBefore(row.receivedOn())) { // a consultation on a plan the ministry did not yet have
            throw new InvalidInputException(CONSULTATION_DATE, "協議日は計画書の到達日（" + row.receivedOn() + "）以後にしてください。");
        }
        return ScreeningCase.act(before == ConsultationBefore.ORDER ? LegalActType.ORDER_CONSULTATION : LegalActType.CONSULTATION,
                consultedOn, official, null, null, new ActContent.Note(parties + ": " + summary));
    }

    /**
     * 勧告: after the consultation on record; it takes effect when it reaches the operator (到達), which must be by the
     * last day of the period (Art 52(6)).
     */
    void checkRecommendation(LocalDate today, LocalDate issued, LocalDate delivered, RecommendedMeasure measure) {
        LegalAct consultation = c.latest(LegalActType.CONSULTATION).orElseThrow(() -> new InvalidInputException(
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
        LocalDate limit = c.periodLimit();
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
            throw new InvalidInputException(ProblemCode.PLAN_REVISION_REQUIRED, "revisedPlanSummary",
                    ProblemCode.PLAN_REVISION_REQUIRED.ja());
        }
        if (!reply.accepted() && PlanRules.isBlank(reply.reasons())) {
            throw new InvalidInputException(ProblemCode.REPLY_REASONS_REQUIRED, "reasons",
                    ProblemCode.REPLY_REASONS_REQUIRED.ja());
        }
        String answer = reply.accepted() ? "ACCEPTED" : "NOT_ACCEPTED";
        String statement = reply.accepted() ? reply.revisedPlanSummary() : reply.reasons();
        Optional<LegalAct> pastDue = c.latest(LegalActType.RECOMMENDATION)
                .filter(r -> row.status() != CaseStatus.CLOSED && today.isAfter(r.dueOn()));
        if (awaited && pastDue.isEmpty()) {
            return ScreeningCase.act(LegalActType.REPLY, today, official, answer, null,
                    new ActContent.Reply(reply.accepted(), statement, null));
        }
        LegalAct recommendation = pastDue
                .orElseThrow(() -> new ConflictException(ProblemCode.REPLY_NOT_AWAITED,
                        "この事案では勧告に対する回答を待っていません（勧告が行われていないか、回答済みです）。"));
        return ScreeningCase.act(LegalActType.LATE_REPLY, today, official, answer, null,
                new ActContent.Reply(reply.accepted(), statement, recommendation.dueOn()));
    }

    /** 応諾と変更後の計画の記録: the operator accepted; it proceeds under the revised plan, even before the period ends. */
    LegalAct revisedPlan() {
        LegalAct reply = c.decided(LegalActType.REPLY);
        return ScreeningCase.act(LegalActType.REVISED_PLAN, reply.actDate(), reply.official(), null, null,
                new ActContent.Note(reply.content(ActContent.Reply.class).statement()));
    }

    /**
     * 命令の判断: without a reply, an order is weighed only once the reply period (Art 52(7)) has lapsed (Art 52(10));
     * the day from which it may be weighed, if the reply has not come.
     */
    Optional<LocalDate> orderWeighedFrom() {
        LegalAct last = c.decided(LegalActType.RECOMMENDATION, LegalActType.REPLY);
        return last.actType() == LegalActType.RECOMMENDATION ? Optional.of(last.dueOn().plusDays(1)) : Optional.empty();
    }

    /**
     * 命令の発出: after the consultation on the order; it takes effect when it reaches the operator, which during
     * screening must be by the period's last day, the recommendation's deadline (Art 52).
     */
    void checkOrder(LocalDate today, LocalDate issued, LocalDate delivered, LocalDate complyBy, String content) {
        LocalDate consulted = c.decided(LegalActType.ORDER_CONSULTATION).actDate();
        if (issued.isAfter(today) || issued.isBefore(consulted)) {
            throw new InvalidInputException(ORDER_ISSUED_ON, "命令日は命令前の協議日（" + consulted + "）以後、本日以前にしてください。");
        }
        if (delivered.isBefore(issued) || delivered.isAfter(today)) {
            throw new InvalidInputException(ORDER_DELIVERED_ON, "命令の到達日は命令日以後、本日以前にしてください。");
        }
        LocalDate limit = c.periodLimit();
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

    /**
     * 勧告の要否の判断 after introduction: the minister "may" recommend once it finds the equipment is, or is highly
     * likely to be, used for obstruction (Art 55(1) after a filed plan, 55(2) after an emergency notification); a
     * review that finds otherwise ends without a recommendation, its reasons on record.
     */
    LegalAct recommendationDecided(String official, LocalDate today, boolean recommend, String reason) {
        if (reason.length() > 4000) {
            throw new InvalidInputException(RECOMMENDATION_DECISION_REASON, "「判断の理由」は4000字以内で入力してください。");
        }
        return ScreeningCase.act(LegalActType.RECOMMENDATION_DECIDED, today, official,
                recommend ? "RECOMMEND" : "DO_NOT_RECOMMEND", null,
                new ActContent.RecommendationDecision(article55Paragraph(), reason.strip()));
    }

    /** The paragraph of Art 55 a review after introduction rests on, as its key in the citations table. */
    private String article55Paragraph() {
        return row.kind() == CaseKind.EMERGENCY_NOTIFICATION ? "ACT_55_2" : "ACT_55_1";
    }
}
