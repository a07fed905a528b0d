package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.support.PdfText;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The confirmation of an exemption is a written notice (issue 19 point 6); a rejection is not (the plan is then
 * screened and accepted as any other). A claim of an earlier release, which named no item of 施行令第十条第一項, is
 * confirmed on the article's list in the words it was made in.
 */
class ExemptionConfirmationTest extends ProcessTestSupport {

    @BeforeEach
    void onTheDayOfFiling() {
        today("2026-11-26");
    }

    private List<String> issued(ScreeningCaseRow c) {
        return jdbc.queryForList("select kind from document where procedure = 'SCREENING' and case_number = ? order by issued_at",
                String.class, c.applicationNumber());
    }

    private String text(ScreeningCaseRow c, String kind) {
        return PdfText.of(jdbc.queryForObject("select content from document where case_number = ? and kind = ?", byte[].class,
                c.applicationNumber(), kind));
    }

    @Test
    void aConfirmationIsNotifiedWithTheGroundAndItsProvisions() {
        ScreeningCaseRow c = file(TestPlans.exempt(nextApplicationNumber("EXC"), LocalDate.of(2026, 11, 26)));
        complete(c, "Task_CheckExemption", Map.of("exemptionConfirmed", true, "exemptionAssessment", "発行済株式の全部の保有を株主名簿で確認"));
        assertThat(reload(c).outcome()).isEqualTo(Outcome.EXEMPT);
        assertThat(issued(c)).containsExactly("EXEMPTION_CONFIRMATION");
        assertThat(text(c, "EXEMPTION_CONFIRMATION")).contains("令和8年11月26日付けで届出のあった",
                "経済安全保障推進法施行令第十条第一項第一号に掲げる者",
                "経済安全保障推進法施行令第十条第一項第一号、令和五年国土交通省令第六十二号第七条第一項第一号",
                "議決権の過半数を自己の計算において所有している（自己の計算において所有する議決権の割合100％）",
                "発行済株式の全部の保有を株主名簿で確認");
    }

    @Test
    void aRejectionIssuesNoConfirmation() {
        ScreeningCaseRow c = file(TestPlans.exempt(nextApplicationNumber("EXR"), LocalDate.of(2026, 11, 26)));
        complete(c, "Task_CheckExemption", Map.of("exemptionConfirmed", false, "exemptionAssessment", "支配関係が確認できない"));
        assertThat(screening(c)).isWaitingAt("Task_CheckCompleteness");
        assertThat(issued(c)).isEmpty();
    }

    @Test
    void aClaimOfAnEarlierReleaseIsConfirmedInTheWordsItWasMadeIn() {
        ScreeningCaseRow c = file(TestPlans.exempt(nextApplicationNumber("EXL"), LocalDate.of(2026, 11, 26)));
        // as release 3 stored it: a flag and a note, no ground
        jdbc.update("update screening_case set exemption = 'CONTROLLED_SUBSIDIARY' where id = ?", c.id());
        jdbc.update("update case_act set content = '{\"text\":\"適用除外（支配関係にある子会社等からの供給等）の申出。所管省庁が確認する\"}' "
                + "where case_number = ? and act_type = 'EXEMPTION_CLAIMED'", c.applicationNumber());
        complete(c, "Task_CheckExemption", Map.of("exemptionConfirmed", true, "exemptionAssessment", "議決権の過半数を保有する子会社"));
        assertThat(text(c, "EXEMPTION_CONFIRMATION")).contains("経済安全保障推進法施行令第十条第一項に掲げる者（支配関係にある子会社等からの供給等）",
                "デモシステム株式会社", "議決権の過半数を保有する子会社").doesNotContain("発出時に記載");
    }
}
