package jp.espa.kikan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.support.ApiClient;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 指定基準の案の試算 in Cockpit, in a real browser: MLIT's reviewer makes a railway draft from the live thresholds and
 * tries it (the operators at and above the new value newly meeting, one below not), the Cabinet Office tries it too,
 * another ministry does not see it. Screenshots in target/ui-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CriteriaSimulationPageTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired StatutoryTime time;

    private Browser browser;

    /** Operators of this class: registry office 9999, block 07. */
    static String corporateNumber(int serial) {
        String base = String.format("99990700%04d", serial);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + base;
    }

    @BeforeAll
    void operatorsReportedTheirRouteKm() throws Exception {
        Browser.requireInstalled();
        int latest = StatutoryPeriods.fiscalYearOf(time.today()) - 1;
        for (var operator : List.of(List.of(1, 900), List.of(2, 700))) {
            ObjectNode report = json.createObjectNode().put("sectorCode", "RAILWAY").put("corporateNumber", corporateNumber(operator.get(0)))
                    .put("operatorName", "画面試算鉄道" + operator.get(0) + "株式会社（架空）").put("receivedOn", time.today().toString())
                    .put("reference", "報告徴収への回答");
            report.putArray("figures").add(json.createObjectNode().put("code", "businessType").put("text", "TYPE1_RAILWAY"))
                    .add(json.createObjectNode().put("code", "routeKm").put("fiscalYear", latest).put("number", operator.get(1)));
            assertThat(new ApiClient(json, port).call("POST", "/api/business-reports", "mlit-reviewer", report).status()).isEqualTo(201);
        }
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMinistryDraftsFromTheLiveThresholdsAndTriesItOnTheRegistryInJapanese() throws Exception {
        String summary = "画面から: 営業キロの基準を850kmに引き下げる案";
        browser.startTest("criteria-simulation");
        browser.login("cockpit", "mlit-reviewer");
        browser.click(By.linkText("指定基準の案の試算"));
        browser.waitFor(By.id("criteria-sector"));
        browser.select(By.id("criteria-sector"), "鉄道");
        try {
            browser.waitFor(By.cssSelector("input.criteria-threshold"));
        } catch (RuntimeException e) {
            throw new AssertionError("the page shows: " + browser.pageText(), e);
        }
        browser.type(By.cssSelector("input.criteria-threshold"), Keys.chord(Keys.CONTROL, "a"), "850");
        browser.type(By.id("criteria-summary"), summary);
        browser.click(By.id("criteria-create"));
        browser.waitForText("を作成しました。");
        By run = By.xpath("//tr[td[text()='" + summary + "']]//button");
        browser.click(run);
        browser.waitFor(By.cssSelector("tr[data-operator='" + corporateNumber(1) + "'][data-change='NEWLY_MEETING']"));
        assertThat(browser.displayed(By.cssSelector("tr[data-operator='" + corporateNumber(2) + "'][data-change='STILL_NOT_MEETING']"))).isTrue();
        assertThat(browser.pageText()).contains("指定基準の案の試算", "試算結果", "新たに該当", "引き続き非該当", "CSVで保存（会議資料用）",
                "画面試算鉄道1株式会社（架空）", "現行の基準値を変更", "直近の終了事業年度");
        String draftRow = "//tr[td[text()='" + summary + "']]";

        browser.login("cockpit", "meti-reviewer");
        browser.click(By.linkText("指定基準の案の試算"));
        browser.waitFor(By.xpath("//h3[text()='指定基準の案']")); // the list has loaded
        assertThat(browser.displayed(By.xpath(draftRow))).as("another ministry's draft").isFalse();

        browser.login("cockpit", "cao-official");
        browser.click(By.linkText("指定基準の案の試算"));
        browser.click(run);
        browser.waitFor(By.cssSelector("tr[data-operator='" + corporateNumber(1) + "'][data-change='NEWLY_MEETING']"));
    }
}
