package jp.espa.kikan.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jp.espa.kikan.inspection.ReportAndInspectionCase.Kind;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Purpose;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Result;
import jp.espa.kikan.inspection.ReportAndInspectionRepository.InspectionRequest;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.BeforeItsDayException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;

import jp.espa.kikan.support.EngineClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of Art 58 on a request's record alone: no Spring, no engine. */
class ReportAndInspectionCaseTest {

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
    void aRequestForTheDesignationIsForAReportOnly() {
        assertThatThrownBy(() -> ReportAndInspectionCase.requireKindAllowed(Kind.INSPECTION, Purpose.DESIGNATION))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("法第58条第1項");
        ReportAndInspectionCase.requireKindAllowed(Kind.REPORT, Purpose.DESIGNATION);
        ReportAndInspectionCase.requireKindAllowed(Kind.INSPECTION, Purpose.PLAN_REVIEW);
    }

    @Test
    void aReportIsMissingOnlyFromTheDayAfterItsDueDate() {
        assertThatThrownBy(() -> request(TODAY, List.of()).reportMissing("督促済み")).isInstanceOf(BeforeItsDayException.class);
        assertThat(request(TODAY.minusDays(1), List.of()).reportMissing("督促済み").type())
                .isEqualTo(LegalActType.REPORT_NOT_SUBMITTED);
    }

    @Test
    void aReportOnItsDueDateIsOnTimeAndAfterItLate() {
        assertThat(request(TODAY, List.of()).reportSubmitted(" 報告 ").decision()).isEqualTo("ON_TIME");
        assertThat(request(TODAY.minusDays(1), List.of()).reportSubmitted("報告").decision()).isEqualTo("LATE");
    }

    @Test
    void theResultIsTheLastStepOnRecord() {
        var reviewed = act(LegalActType.REPORT_REVIEWED, "INSUFFICIENT");
        var inspected = act(LegalActType.INSPECTION_CONDUCTED, "REFUSED_OR_OBSTRUCTED");
        assertThat(request(TODAY, List.of(reviewed)).result()).isEqualTo(Result.REPORT_INSUFFICIENT);
        assertThat(request(TODAY, List.of(reviewed, inspected)).result()).isEqualTo(Result.INSPECTION_REFUSED);
    }

    @Test
    void inspectorsShowTheirIdentificationCard() {
        assertThatThrownBy(() -> request(TODAY, List.of()).inspected(TODAY, "検査官", "本社", false, false, "異状なし"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("法第58条第3項");
    }

    private static ReportAndInspectionCase request(LocalDate dueOn, List<LegalAct> acts) {
        var row = new InspectionRequest(UUID.randomUUID(), 1, "REPORT", UUID.randomUUID(), "テスト鉄道", "1234567890123", "RAILWAY",
                null, "PLAN_REVIEW", "事項", TODAY.minusDays(10), dueOn, "AWAITING_REPORT", null, "mlit");
        return new ReportAndInspectionCase(row, acts, new StatutoryTime());
    }

    private static LegalAct act(LegalActType type, String decision) {
        return new LegalAct(type, TODAY, "mlit", decision, null, null, new ActContent.Note(""), OffsetDateTime.now());
    }
}
