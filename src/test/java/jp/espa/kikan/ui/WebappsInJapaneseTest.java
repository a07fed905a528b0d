package jp.espa.kikan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each role's main screens of Tasklist, Cockpit, Admin and Welcome, in a browser that asks for Japanese and in one
 * that asks for English: both get Japanese, with the product's title, Japanese dates and no end-of-life banner. Fails
 * on any English word in the visible text or in a title, placeholder, tooltip or aria label, except case numbers,
 * ids and the proper names in {@link #PROPER_NAMES}. With -Dui.docImages=docs/images the Japanese main screen of each
 * role is saved as the README's picture (docs/images/webapps-{role}.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS) // the demo's cases as the demo leaves them, in lists
// that other classes' cases (sharing the cached context) would crowd
class WebappsInJapaneseTest {

    private static final String PRODUCT = "基幹インフラ審査ワークフロー";
    /** The footer's "基盤： Camunda Platform / v7.24.0"; ID and PDF as Japanese writes them (通知書（PDF）). */
    private static final Set<String> PROPER_NAMES = Set.of("Camunda", "Platform", "ID", "PDF");
    /** Case numbers, ids and codes (DEMO-RAILWAY-0001, mlit-reviewer, Task_ReviewPlan, v7.24.0, Asia/Tokyo,
     * EquipmentScreeningProcess, reviewNumber, demo@example.invalid, the date pattern yyyy/mm/dd): words joined by
     * - _ . : / @ or digits, or camel case without spaces. */
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z0-9]+(?:[-_.:/@][A-Za-z0-9]+)+\\b"
            + "|\\b[A-Za-z]*[0-9][A-Za-z0-9]*\\b|\\b[A-Za-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    /** What the official reads: visible text, then the attributes a browser shows on hover or reads aloud. */
    private static final String VISIBLE_TEXT = """
            const shown = e => { const s = getComputedStyle(e);
              return s.display !== 'none' && s.visibility !== 'hidden' && e.getClientRects().length > 0; };
            const out = [document.title];
            const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (texts.nextNode()) {
              const text = texts.currentNode.textContent.trim(), parent = texts.currentNode.parentElement;
              if (text && parent && !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) && shown(parent)) out.push(text);
            }
            const attributes = ['title', 'placeholder', 'aria-label', 'alt', 'uib-tooltip', 'tooltip', 'data-original-title'];
            for (const e of document.querySelectorAll(attributes.map(a => '[' + a + ']').join(','))) {
              if (!shown(e)) continue;
              for (const a of attributes) {
                const value = (e.getAttribute(a) || '').trim();
                if (value && !value.includes('{{')) out.push(value);
              }
            }
            return out;""";

    private static final Map<String, Browser> browsers = new HashMap<>();

    @LocalServerPort int port;
    @Autowired IdentityService identities;
    @Autowired RuntimeService runtime;
    private String test;

    @BeforeAll
    static void browserInstalled() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void today(TestInfo info) {
        ClockUtil.reset();
        test = info.getTestMethod().orElseThrow().getName();
    }

    @AfterAll
    static void closeBrowsers() throws IOException {
        for (Browser browser : browsers.values()) {
            browser.close();
        }
        browsers.clear();
    }

    @ParameterizedTest
    @CsvSource({"mlit-reviewer, DEMO-RAILWAY-0001, ja-JP", "mlit-reviewer, DEMO-RAILWAY-0001, en-US",
            "mlit-senior, DEMO-DESIGNATION-PORT, ja-JP", "mlit-senior, DEMO-DESIGNATION-PORT, en-US"})
    void reviewersReadTheirTaskInJapanese(String role, String businessKey, String language) throws Exception {
        Browser browser = browser(language, role);
        browser.login("tasklist", role);
        browser.openFirstTask(businessKey);
        assertJapanese(browser, "tasklist", "タスク一覧");
        assertThat(browser.pageText()).as("task card dates").containsPattern("(\\d+|数)(秒|分|時間|日|週間|か月|年)(前|後)");
        mainScreen(browser, language, role);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-JP", "en-US"})
    void cabinetOfficeWatchesInJapanese(String language) throws Exception {
        Browser browser = browser(language, "cao-official");
        browser.login("cockpit", "cao-official");
        open(browser, "cockpit/default/#/processes", ".process-definitions-list a", "運用監視");
        open(browser, "cockpit/default/#/dashboard", ".dashboard", "運用監視");
        mainScreen(browser, language, "cao-official");
        browser.login("tasklist", "cao-official");
        browser.openFirstTask("DEMO-MEDICAL-HOSPITALS");
        assertJapanese(browser, "tasklist", "タスク一覧");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-JP", "en-US"})
    void administratorManagesAccountsInJapanese(String language) throws Exception {
        Browser browser = browser(language, "demo");
        browser.login("admin", "demo");
        open(browser, "admin/default/#/users", "table tbody tr", "管理");
        mainScreen(browser, language, "demo-admin");
        browser.click(By.cssSelector(".app-switch .dropdown-toggle"));
        browser.waitFor(By.cssSelector(".app-switch .dropdown-menu a"));
        assertJapanese(browser, "admin/webapp-switcher", "管理");
        open(browser, "welcome/default/#!/welcome", ".webapps, .profile", "ようこそ");
        open(browser, "cockpit/default/#/dashboard", ".dashboard", "運用監視");
    }

    /** The supervisors' overview in Cockpit: the Cabinet Office sees every ministry's cases, MLIT's reviewer its own. */
    @ParameterizedTest
    @CsvSource({"cao-official, ja-JP", "cao-official, en-US", "mlit-reviewer, ja-JP", "mlit-reviewer, en-US"})
    void supervisorsReadTheOverviewInJapanese(String role, String language) throws Exception {
        Browser browser = browser(language, role);
        browser.login("cockpit", role);
        browser.click(By.linkText("監督一覧"));
        browser.waitFor(By.cssSelector("tr[data-case='DEMO-DESIGNATION-PORT']"));
        assertJapanese(browser, "cockpit/overview", "運用監視");
        assertThat(browser.pageText()).contains("府省別の件数", "未了の案件", "中小企業等に係る追加審査", "国土交通省（幹部）")
                .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日（[月火水木金土日]）現在");
        boolean cabinetOffice = role.equals("cao-official");
        assertThat(browser.displayed(By.cssSelector("tr[data-case='DEMO-ELECTRICITY-0001']"))).isEqualTo(cabinetOffice);
        assertThat(browser.displayed(By.cssSelector("tr[data-case='DEMO-MEDICAL-DX']"))).isEqualTo(cabinetOffice);
        assertThat(browser.displayed(By.cssSelector("tr[data-case='DEMO-RAILWAY-0001']"))).isTrue();
        String docImages = System.getProperty("ui.docImages");
        if (docImages != null && language.startsWith("ja")) {
            browser.documentationShot(Path.of(docImages, "overview-" + role + ".png"), 1400);
        }
        // the case number opens the case's process instance in Cockpit, 文書 its documents in a new tab
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("EquipmentScreeningProcess")
                .processInstanceBusinessKey("DEMO-RAILWAY-0001").singleResult().getId();
        String railway = "tr[data-case='DEMO-RAILWAY-0001'] ";
        assertThat(browser.run("return document.querySelector(\"" + railway + "a.supervisor-overview-instance\").getAttribute('href');",
                null)).isEqualTo("#/process-instance/" + instance + "/runtime");
        assertThat(browser.run("const a = document.querySelector(\"" + railway + "a.supervisor-overview-documents\");"
                + "return a.getAttribute('href') + ' ' + a.target;", null))
                .isEqualTo("/documents/screening/DEMO-RAILWAY-0001 _blank");
        if (cabinetOffice) {
            browser.click(By.cssSelector(railway + "a.supervisor-overview-instance"));
            for (int i = 0; i < 60 && browser.displayed(By.cssSelector(railway)); i++) {
                Thread.sleep(500);
            }
            assertThat(browser.currentUrl()).contains("#/process-instance/" + instance);
            browser.waitForText("DEMO-RAILWAY-0001"); // the instance's business key, on Cockpit's page of it
            assertThat(browser.displayed(By.cssSelector(railway))).isFalse();
        }
    }

    private Browser browser(String language, String role) throws IOException {
        Browser browser = browsers.computeIfAbsent(language, lang -> {
            try {
                return new Browser("http://localhost:" + port, lang);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        browser.startTest(test + "-" + role + "-" + language);
        return browser;
    }

    /** Opens a screen of a webapp (its path under /camunda/app/), waits for what it shows, and checks it. */
    private void open(Browser browser, String screen, String shows, String appName) throws IOException {
        browser.go("/camunda/app/" + screen);
        browser.waitFor(By.cssSelector(shows));
        assertJapanese(browser, screen.replaceAll("/default/#!?/", "/"), appName);
    }

    /** Waits until the screen stops changing, then fails on any English word it shows. */
    private void assertJapanese(Browser browser, String screen, String appName) throws IOException {
        List<String> texts = browser.settledTexts(VISIBLE_TEXT);
        browser.screenshot(screen.replace('/', '-'));
        assertThat(browser.title()).as("%s: the page title", screen).startsWith(PRODUCT + " " + appName);
        Set<String> accounts = new HashSet<>();
        identities.createUserQuery().list().forEach(user -> accounts.add(user.getId()));
        assertThat(browser.displayed(By.cssSelector(".ce-eol-banner"))).as("%s: end-of-life banner shown", screen).isFalse();
        Set<String> english = new LinkedHashSet<>();
        for (String text : texts) {
            String withoutIds = IDENTIFIER.matcher(text).replaceAll(" ");
            for (String account : accounts) { // account ids, e.g. in Admin's list of users
                withoutIds = withoutIds.replaceAll("(?<![\\w-])" + Pattern.quote(account) + "(?![\\w-])", " ");
            }
            Matcher words = WORD.matcher(withoutIds);
            while (words.find()) {
                if (!PROPER_NAMES.contains(words.group())) {
                    english.add(text);
                }
            }
        }
        assertThat(new ArrayList<>(english)).as("%s: English on the screen", screen).isEmpty();
    }

    private static void mainScreen(Browser browser, String language, String role) throws IOException {
        String docImages = System.getProperty("ui.docImages");
        if (docImages != null && language.startsWith("ja")) {
            browser.documentationShot(Path.of(docImages, "webapps-" + role + ".png"), 1100);
        }
    }
}
