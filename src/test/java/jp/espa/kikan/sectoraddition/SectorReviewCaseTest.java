package jp.espa.kikan.sectoraddition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.sectoraddition.SectorReviewCase.AdditionDecision;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.Meeting;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.SectorReview;

import jp.espa.kikan.support.EngineClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a sector review on its record alone: no Spring, no engine. */
class SectorReviewCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @BeforeEach
    void today() {
        EngineClock.today(TODAY.toString());
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void theRouteAfterAMeetingIsWhatTheLastMeetingOnRecordConcluded() {
        assertThat(review(List.of(meeting(1, false)), List.of()).committeeConcluded()).isFalse();
        assertThat(review(List.of(meeting(1, false), meeting(2, true)), List.of()).committeeConcluded()).isTrue();
        assertThat(review(List.of(), List.of()).committeeConcluded()).isFalse();
    }

    @Test
    void theRouteAfterTheDecisionIsTheLatestDecisionOnRecord() {
        var studied = act(LegalActType.SECTOR_ADDITION_DECIDED, "KEEP_STUDYING", LocalDate.of(2025, 3, 1));
        var listed = act(LegalActType.SECTOR_ADDITION_DECIDED, "LIST", LocalDate.of(2026, 11, 21));
        assertThat(review(List.of(), List.of(studied, listed)).decision()).isEqualTo(AdditionDecision.LIST);
    }

    @Test
    void keepingOnStudyingNeedsAReReviewDayToCome() {
        var review = review(List.of(meeting(1, true)), List.of());
        assertThatThrownBy(() -> review.decision(AdditionDecision.KEEP_STUDYING, TODAY, "理由", TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("再検討の時期");
        var step = review.decision(AdditionDecision.KEEP_STUDYING, TODAY, "理由", TODAY.plusYears(1));
        assertThat(step.changes()).containsEntry("status", "KEEP_STUDYING").containsEntry("re_review_on", TODAY.plusYears(1));
        assertThat(step.act().effectiveOn()).isEqualTo(TODAY.plusYears(1));
        assertThat(review.decision(AdditionDecision.LIST, TODAY, "理由", null).changes()).containsOnlyKeys("status")
                .containsEntry("status", "LISTING");
    }

    @Test
    void theDecisionCannotPrecedeTheLastMeeting() {
        var review = review(List.of(meeting(1, true)), List.of());
        assertThatThrownBy(() -> review.decision(AdditionDecision.LIST, LocalDate.of(2026, 11, 1), "理由", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("会議の開催日");
    }

    private static SectorReviewCase review(List<Meeting> meetings, List<LegalAct> acts) {
        var row = new SectorReview(UUID.randomUUID(), "SR-CASE-1", "テスト事業", "説明", "MLIT", "PERIODIC_REVIEW", null, null,
                null, null, true, "{}", null, "UNDER_REVIEW", null, null, null, null, null, null, null, null, "cao", null);
        return new SectorReviewCase(row, meetings, acts, new StatutoryTime());
    }

    private static Meeting meeting(int number, boolean concluded) {
        return new Meeting(number, LocalDate.of(2026, 11, 10).plusDays(number), "議事", "概要", null, concluded);
    }

    private static LegalAct act(LegalActType type, String decision, LocalDate on) {
        return new LegalAct(type, on, "cao", decision, null, null, new ActContent.Note("理由"), OffsetDateTime.now());
    }
}
