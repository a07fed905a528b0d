package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.screening.StandstillRules.Extension;
import jp.espa.kikan.screening.StandstillRules.ReviewDecision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The case's rules per stage on their own, without the engine or a database: a plan accepted on 2026-11-04 (Wed), its
 * period ending 2026-12-03 (Art 52(3): 30 days counted from 受理) and its extension cap 2027-03-03 (4 months).
 */
class ScreeningCaseRulesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate CAP = LocalDate.of(2027, 3, 3);

    @ParameterizedTest(name = "on {0} extend to {1}, notice delivered {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-11-20, 2026-12-15, -,          ok",
            "2026-11-20, 2027-03-03, 2026-12-03, ok",                          // to the cap, the notice on the last day
            "2026-12-03, 2026-12-04, -,          ok",                          // on the last day itself
            "2026-11-20, 2026-12-03, -,          extendedLastDay",             // not after the current last day
            "2026-11-20, 2027-03-04, -,          extendedLastDay",             // beyond the cap
            "2026-12-04, 2026-12-15, -,          extendedLastDay",             // the period has ended
            "2026-11-20, 2026-12-15, 2026-12-04, extensionNoticeDeliveredOn",  // the notice arrives too late
            "2026-11-20, 2026-12-15, 2026-11-19, extensionNoticeDeliveredOn"}) // before the decision
    void anExtensionRunsFromAfterTheLastDayToTheCapByANoticeDeliveredInTime(LocalDate today, LocalDate extendedTo,
                                                                           LocalDate delivered, String refusedField) {
        StandstillRules standstill = screening(CaseStatus.UNDER_REVIEW).standstill();
        Extension extension = new Extension(extendedTo, delivered);
        if (refusedField.equals("ok")) {
            LegalAct act = standstill.extensionDecided("mlit-reviewer", today, extension, "追加の確認");
            assertThat(act.effectiveOn()).isEqualTo(extendedTo);
            assertThat(act.content(ActContent.PeriodDecision.class).extensionNoticeDeliveredOn())
                    .isEqualTo(delivered == null ? today : delivered);
        } else {
            assertThat(catchThrowableOfType(InvalidInputException.class,
                    () -> standstill.extensionDecided("mlit-reviewer", today, extension, "追加の確認")).field())
                    .isEqualTo(refusedField);
        }
    }

    @Test
    void shorteningRunsFromTodayToBeforeTheLastDay() {
        StandstillRules standstill = screening(CaseStatus.UNDER_REVIEW).standstill();
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertThat(standstill.reviewDecided("r", today, ReviewDecision.NO_CONCERNS, today, null, "懸念なし").effectiveOn())
                .isEqualTo(today);
        for (LocalDate refused : List.of(today.minusDays(1), LAST_DAY)) {
            assertThat(catchThrowableOfType(InvalidInputException.class, () -> standstill.reviewDecided("r", today,
                    ReviewDecision.NO_CONCERNS, refused, null, "懸念なし")).field()).isEqualTo("shortenedLastDay");
        }
    }

    @Test
    void aPeriodThatEndsAfterARecommendationEndsWithoutAnOrder() {
        assertThat(screening(CaseStatus.AWAITING_REPLY).standstill().periodEndedOutcome()).isEqualTo(Outcome.PERIOD_ENDED_NO_ORDER);
        assertThat(screening(CaseStatus.UNDER_REVIEW).standstill().periodEndedOutcome())
                .isEqualTo(Outcome.PERIOD_ENDED_NO_RECOMMENDATION);
    }

    @Test
    void aRecommendationComesAfterTheConsultationAndReachesTheOperatorByTheLastDay() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        ScreeningCase none = screening(CaseStatus.UNDER_REVIEW);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> none.recommendation()
                .checkRecommendation(today, today, today, RecommendedMeasure.CHANGE_PLAN)).field())
                .isEqualTo("recommendationIssuedOn");

        ScreeningCase consulted = screening(CaseStatus.UNDER_REVIEW, ScreeningCase.act(LegalActType.CONSULTATION,
                LocalDate.of(2026, 11, 27), "r", null, null, new ActContent.Note("内閣総理大臣: 異議なし")));
        consulted.recommendation().checkRecommendation(today, today, today, RecommendedMeasure.CHANGE_PLAN);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> consulted.recommendation()
                .checkRecommendation(today, LocalDate.of(2026, 11, 26), today, RecommendedMeasure.CHANGE_PLAN)).field())
                .as("issued before the consultation").isEqualTo("recommendationIssuedOn");
        LocalDate afterLastDay = LAST_DAY.plusDays(1);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> consulted.recommendation()
                .checkRecommendation(afterLastDay, today, afterLastDay, RecommendedMeasure.CHANGE_PLAN)).field())
                .as("delivered after the last day").isEqualTo("recommendationDeliveredOn");
    }

    @Test
    void aReplyAfterItsLastDayIsLate() {
        LocalDate replyDue = LocalDate.of(2026, 12, 14);
        ScreeningCase recommended = screening(CaseStatus.AWAITING_REPLY, ScreeningCase.act(LegalActType.RECOMMENDATION,
                LocalDate.of(2026, 12, 1), "r", "CHANGE_PLAN", null, new ActContent.Recommendation(
                        RecommendedMeasure.CHANGE_PLAN, "変更", "事実", "理由", LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 1), replyDue)));
        OperatorRequests.Reply refusal = new OperatorRequests.Reply(false, "費用が過大", null);
        assertThat(recommended.recommendation().reply("portal", replyDue, refusal, true).actType()).isEqualTo(LegalActType.REPLY);
        LegalAct late = recommended.recommendation().reply("portal", replyDue.plusDays(1), refusal, true);
        assertThat(late.actType()).isEqualTo(LegalActType.LATE_REPLY);
        assertThat(late.content(ActContent.Reply.class).replyDueOn()).isEqualTo(replyDue);
    }

    private static ScreeningCase screening(CaseStatus status, LegalAct... acts) {
        ScreeningCaseRow row = new ScreeningCaseRow(UUID.randomUUID(), "RULES-0001", CaseKind.INTRODUCTION, UUID.randomUUID(),
                "事業者", "1234567890123", "RAILWAY", "RAILWAY-01", "概要", "内容", RECEIVED, null, null, null, RECEIVED,
                LocalDate.of(2026, 11, 4), LAST_DAY, CAP, status, null, "portal", OffsetDateTime.now());
        return new ScreeningCase(row, new ArrayList<>(List.of(acts)));
    }
}
