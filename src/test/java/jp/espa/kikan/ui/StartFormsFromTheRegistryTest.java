package jp.espa.kikan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist's start form of a designation, in a real browser: its sector list is the registry's, a sector in force
 * since today (as a cabinet order's enforcement leaves it) included, with no release.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartFormsFromTheRegistryTest {

    @LocalServerPort int port;
    @Autowired SectorRegistry sectors;
    @Autowired JdbcTemplate jdbc;

    private static final String SECTOR = "TEST_UI_SECTOR34";

    private Browser browser;

    @BeforeAll
    void browser() throws Exception {
        Browser.requireInstalled();
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void close() throws Exception {
        jdbc.update("delete from sector where code = ?", SECTOR); // the shared registry as other classes expect it
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theProposalFormOffersTheSectorsOfTheRegistry() throws Exception {
        LocalDate today = LocalDate.now(jp.espa.kikan.legal.StatutoryPeriods.TOKYO);
        sectors.activateSector(new Sector(SECTOR, 0, "ブラウザ試験事業34", "Browser test sector", "MLIT", "ministry-mlit",
                true, null, today, today.plusMonths(6)), List.of());
        browser.startTest("theProposalFormOffersTheSectorsOfTheRegistry");
        browser.login("tasklist", "mlit-reviewer");
        browser.consoleErrors(); // those of the login handed out
        browser.go("/camunda/app/tasklist/default/#/?processStart=DesignationProcess");
        browser.waitForText("指定候補の提案");
        By sectorSelect = By.xpath("//label[text()[normalize-space()='特定社会基盤事業']]/following-sibling::*[1]");
        browser.click(sectorSelect);
        browser.waitForText("ブラウザ試験事業34");
        browser.screenshot("sector-list-from-the-registry");
        assertThat(browser.textContent(By.cssSelector(".fjs-dropdownlist"))).contains("ブラウザ試験事業34", "一般港湾運送", "鉄道")
                .doesNotContain("RAILWAY");
        assertThat(browser.consoleErrors()).as("errors in the browser's console on the start form").isEmpty();
    }
}
