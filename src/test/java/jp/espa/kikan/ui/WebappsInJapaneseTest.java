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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
class WebappsInJapaneseTest {

    private static final String PRODUCT = "基幹インフラ審査ワークフロー";
    /** The footer's "基盤： Camunda Platform / v7.24.0"; ID as Japanese writes it. */
    private static final Set<String> PROPER_NAMES = Set.of("Camunda", "Platform", "ID");
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
    @ValueSource(strings = {"ja-JP", "en-US"})
    void reviewerReadsTheTaskInJapanese(String language) throws Exception {
        Browser browser = browser(language, "mlit-reviewer");
        browser.login("tasklist", "mlit-reviewer");
        browser.openFirstTask("DEMO-RAILWAY-0001");
        assertJapanese(browser, "tasklist", "タスク一覧");
        assertThat(browser.pageText()).as("task card dates").containsPattern("\\d+(秒|分|時間|日|週間|か月|年)(前|後)");
        mainScreen(browser, language, "mlit-reviewer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-JP", "en-US"})
    void seniorReviewerReadsTheDesignationInJapanese(String language) throws Exception {
        Browser browser = browser(language, "mlit-senior");
        browser.login("tasklist", "mlit-senior");
        browser.openFirstTask("DEMO-DESIGNATION-PORT");
        assertJapanese(browser, "tasklist", "タスク一覧");
        mainScreen(browser, language, "mlit-senior");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja-JP", "en-US"})
    void cabinetOfficeWatchesInJapanese(String language) throws Exception {
        Browser browser = browser(language, "cao-official");
        browser.login("cockpit", "cao-official");
        browser.go("/camunda/app/cockpit/default/#/processes");
        browser.waitFor(By.cssSelector(".process-definitions-list a, [cam-widget-bpmn-viewer]"));
        assertJapanese(browser, "cockpit/processes", "運用監視");
        browser.go("/camunda/app/cockpit/default/#/dashboard");
        browser.waitFor(By.cssSelector(".dashboard"));
        assertJapanese(browser, "cockpit/dashboard", "運用監視");
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
        browser.go("/camunda/app/admin/default/#/users");
        browser.waitFor(By.cssSelector("table tbody tr"));
        assertJapanese(browser, "admin/users", "管理");
        mainScreen(browser, language, "demo-admin");
        browser.click(By.cssSelector(".app-switch .dropdown-toggle"));
        browser.waitFor(By.cssSelector(".app-switch .dropdown-menu a"));
        assertJapanese(browser, "admin/webapp-switcher", "管理");
        browser.go("/camunda/app/welcome/default/#!/welcome");
        browser.waitFor(By.cssSelector(".webapps, .profile"));
        assertJapanese(browser, "welcome", "ようこそ");
        browser.go("/camunda/app/cockpit/default/#/dashboard");
        browser.waitFor(By.cssSelector(".dashboard"));
        assertJapanese(browser, "cockpit/dashboard", "運用監視");
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
