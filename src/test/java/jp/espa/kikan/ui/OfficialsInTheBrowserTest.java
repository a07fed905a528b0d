package jp.espa.kikan.ui;

import static jp.espa.kikan.ui.Browser.FORM_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.platform.StandardPeriods;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;

import org.assertj.core.api.AbstractStringAssert;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What officials see and do in Camunda Tasklist and Cockpit, in a real browser against the running service.
 * Screenshots of every step: target/ui-screenshots/{test}/. With -Dui.docImages=docs/images the review form is
 * also saved as the README's picture (scripts/render-tasklist).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OfficialsInTheBrowserTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static Browser browser;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired TaskService tasks;
    @Autowired StandardPeriods standardPeriods;
    @Autowired FilterService filters;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot("failed");
        }
    };

    @BeforeAll
    static void browserInstalled() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void freshBrowser(TestInfo test) throws Exception {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        ClockUtil.reset(); // "today" is the real day here, whatever an earlier test class did to the engine clock
        browser.reset();
        browser.startTest(test.getTestMethod().orElseThrow().getName());
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void reviewerConfirmsThePlanThenConcludesNoConcernsAndTheCaseCloses() throws Exception {
        JsonNode receipt = filePlan("UI-REVIEW-1");
        LocalDate lastDay = LocalDate.parse(receipt.get("standstillLastDay").asText());
        assertThat(lastDay).isEqualTo(LocalDate.now(TOKYO).plusDays(29));

        browser.login("tasklist", "mlit-reviewer");
        browser.consoleErrors(); // those of earlier tests handed out
        browser.openTask("UI-REVIEW-1", "記載事項の確認（受理前）");
        // its card: the case number first, the operator, the last day as officials write it with the days left; before
        // 受理 no statutory period runs, so the step's standard period is its deadline; no priority
        assertThat(browser.card("記載事項の確認（受理前）", "kikan-case-number")).isEqualTo("UI-REVIEW-1");
        assertThat(browser.card("記載事項の確認（受理前）", "kikan-party")).isNotBlank();
        assertThat(browser.card("記載事項の確認（受理前）", "kikan-deadline"))
                .isEqualTo(deadline(standardPeriods.lastDay("Task_CheckCompleteness", LocalDate.now(TOKYO))));
        assertThat(browser.displayed(By.cssSelector(".tasks-list .priority"))).as("priority badge").isFalse();
        assertThat(browser.displayed(By.cssSelector(".tasks-list .due-date"))).as("relative due date").isFalse();
        // the task's header: the last day as on the card, beside Tasklist's relative 「…日後」
        assertThat(headerDeadline()).isEqualTo(deadline(standardPeriods.lastDay("Task_CheckCompleteness", LocalDate.now(TOKYO))));
        browser.claim();
        // the case's facts are one Json variable (case), which Tasklist parses and the form binds by path
        assertField("受付番号").isEqualTo("UI-REVIEW-1");
        assertField("計画書の到達日").isEqualTo(FORM_DATE.format(LocalDate.now(TOKYO)));
        assertField("特定社会基盤事業").contains("鉄道");
        assertField("特定重要設備").contains("遠隔制御装置");
        assertThat(browser.displayed(By.cssSelector("a[href='/documents/screening/UI-REVIEW-1'][target='_blank']"))).isTrue();
        browser.screenshot("completeness-check-claimed");
        assertField("計画の概要").contains("列車運行管理システムの更新", "Example Components Ltd.");
        browser.tick("記載事項に不備はない");
        browser.screenshot("plan-summary-and-no-defects-ticked");
        browser.complete();

        browser.clickTaskInList("導入等計画書の審査");
        assertThat(browser.card("導入等計画書の審査", "kikan-deadline")).isEqualTo(deadline(lastDay)).endsWith("まで　あと29日");
        browser.screenshot("review-card-with-its-last-day");
        browser.claim();
        assertField("禁止期間の末日（延長後を含む）").isEqualTo(FORM_DATE.format(lastDay));
        assertField("計画書の受理日").isEqualTo(FORM_DATE.format(LocalDate.now(TOKYO))); // shown once accepted
        assertField("リスク要因").contains("Example Components Ltd.", "外国政府");
        browser.screenshot("review-shows-risk-findings");
        browser.choose("審査の結論", "勧告しない（懸念なし）");
        browser.fill("理由", "リスク要因に対する防止措置が講じられている。");
        browser.screenshot("no-concerns-with-reason");
        String docImages = System.getProperty("ui.docImages");
        if (docImages != null) {
            browser.documentationShot(Path.of(docImages, "tasklist-review.png"), 2250);
        }
        browser.complete();
        browser.waitUntilTaskGone("導入等計画書の審査");
        browser.screenshot("review-completed");

        JsonNode screening = api("GET", "/api/screenings/" + receipt.get("caseId").asText(), "mlit-reviewer");
        assertThat(screening.get("status").asText()).isEqualTo("CLOSED");
        assertThat(screening.get("outcome").asText()).isEqualTo("NO_CONCERNS");
        assertThat(openTasks("UI-REVIEW-1")).isZero();
        assertThat(browser.consoleErrors()).as("errors in the browser's console on Tasklist").isEmpty();
    }

    /**
     * 事業者の対応待ち (platform/OperatorWaits): a plan the ministry asked to correct is in its own filter, its card with the
     * case number and the operator's last day (for a correction, the ministry's standard period); its detail says
     * what it waits for, with the last day as a 令和 date in the header, and offers no form to complete or claim.
     */
    @Test
    void aCaseWaitingForTheOperatorIsInItsFilterWithItsLastDayAndNothingToComplete() throws Exception {
        JsonNode receipt = filePlan("UI-WAIT-1");
        completeOnTheEngine("UI-WAIT-1", "Task_CheckCompleteness", Map.of("planComplete", false,
                "correctionRequest", "構成設備の供給者の住所を記載してください"));
        String lastDay = deadline(standardPeriods.lastDay("Await_PlanCorrected", LocalDate.now(TOKYO)));
        Filter awaiting = filters.createFilterQuery().filterName("事業者の対応待ち").singleResult();

        browser.login("tasklist", "mlit-reviewer");
        browser.consoleErrors(); // those of earlier tests handed out
        String search = "[{\"type\":\"taskVariables\",\"operator\":\"like\",\"name\":\"taskCard\",\"value\":\"UI-WAIT-1%\"}]";
        browser.go("/camunda/app/tasklist/default/#/?filter=" + awaiting.getId() + "&searchQuery="
                + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8));
        browser.waitForText("事業者の対応待ち");
        String name = "補正された計画書の提出待ち（事業者の対応待ち）";
        assertThat(browser.card(name, "kikan-case-number")).isEqualTo("UI-WAIT-1");
        assertThat(browser.card(name, "kikan-deadline")).isEqualTo("事業者の期限　" + lastDay);
        browser.screenshot("awaiting-operator-filter");

        browser.click(By.xpath("//li[contains(@class,'task')]//h4//a[normalize-space()='" + name + "']"));
        browser.waitFor(By.cssSelector(".kikan-wait-notice"));
        assertThat(browser.textContent(By.cssSelector(".kikan-wait-notice"))).contains("補正", "自動で閉じ", "職員は完了できません");
        assertThat(headerDeadline()).isEqualTo(lastDay);
        assertThat(browser.displayed(By.cssSelector("[cam-tasklist-form]"))).as("a form to complete").isFalse();
        assertThat(browser.displayed(By.cssSelector("[cam-tasklist-task-meta] .claim"))).as("claim").isFalse();
        assertThat(browser.displayed(By.cssSelector("[cam-tasklist-task-meta] a"))).as("follow-up, group, due date").isFalse();
        browser.screenshot("awaiting-operator-detail");
        assertThat(browser.consoleErrors()).as("errors in the browser's console on Tasklist").isEmpty();

        // the operator's corrected plan closes the wait; the check is back in the ministry's work
        Answer corrected = api().call("POST", "/api/screenings/" + receipt.get("caseId").asText() + "/corrections", "portal",
                "{\"summary\": \"住所を追記\", \"plan\": " + planJson() + "}");
        assertThat(corrected.status()).as(String.valueOf(corrected.body())).isEqualTo(202);
        assertThat(tasks.createTaskQuery().taskVariableValueLike("taskCard", "UI-WAIT-1%")
                .taskVariableValueLike("taskAwaiting", "Await%").count()).isZero();
    }

    /** The deadline line of task-cards.js, by the day the card is read (Tokyo), as officials write days. */
    @Test
    void cardsWriteTheLastDayWithTheDaysLeftAsOfficialsReadThem() {
        browser.go("/camunda/app/tasklist/");
        record Seen(String lastDay, String today, String text) {
        }
        List<Seen> table = List.of(
                new Seen("2027-01-05", "2026-12-07", "令和9年1月5日（火）まで　あと29日"),
                new Seen("2027-01-05", "2027-01-04", "令和9年1月5日（火）まで　あと1日"),
                new Seen("2027-01-05", "2027-01-05", "令和9年1月5日（火）　本日まで"),
                new Seen("2027-01-05", "2027-01-08", "令和9年1月5日（火）まで　3日超過"),
                new Seen("2028-02-29", "2028-02-01", "令和10年2月29日（火）まで　あと28日"),
                new Seen("2019-05-01", "2019-04-30", "令和元年5月1日（水）まで　あと1日"),
                new Seen("2019-04-30", "2019-04-30", "平成31年4月30日（火）　本日まで"));
        for (Seen seen : table) {
            assertThat(browser.run("const cards = await import('/camunda/app/task-cards.js?bust=7.24.0');"
                    + "return cards.deadline(arguments[0][0], arguments[0][1]).text;", List.of(seen.lastDay(), seen.today())))
                    .as("%s read on %s", seen.lastDay(), seen.today()).isEqualTo(seen.text());
        }
        // the day in Tokyo of the engine's due dates, whatever the browser's zone: 23:59:59 in Tokyo, and 15:00 UTC
        assertThat(browser.run("const cards = await import('/camunda/app/task-cards.js?bust=7.24.0');"
                + "return [cards.tokyoDay(new Date('2027-01-05T23:59:59.000+09:00')), cards.tokyoDay(new Date('2027-01-05T15:00:00Z'))];",
                null)).isEqualTo(List.of("2027-01-05", "2027-01-06"));
    }

    @Test
    void extensionBeyondTheCapIsRefusedInJapaneseAndTheReviewStaysOpen() throws Exception {
        JsonNode receipt = filePlan("UI-EXTEND-1");
        LocalDate cap = LocalDate.parse(receipt.get("extensionCap").asText());
        completeOnTheEngine("UI-EXTEND-1", "Task_CheckCompleteness", Map.of("planComplete", true));

        browser.login("tasklist", "mlit-reviewer");
        browser.openTask("UI-EXTEND-1", "導入等計画書の審査");
        browser.claim();
        assertField("延長の上限日").isEqualTo(FORM_DATE.format(cap));
        browser.choose("審査の結論", "期間を延長する");
        browser.fillDate("延長後の期間の末日", cap.plusDays(1));
        browser.fill("理由", "供給者の資本関係の確認に時間を要する。");
        browser.screenshot("extension-beyond-the-cap");
        browser.complete();

        browser.waitForText("延長後の期間の末日は、現在の末日（" + receipt.get("standstillLastDay").asText() + "）より後、延長の上限（" + cap + "）以前にしてください。");
        browser.screenshot("refused-in-japanese");
        assertThat(openTasks("UI-EXTEND-1")).isOne();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("UI-EXTEND-1").singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_ReviewPlan");
    }

    /**
     * Typed dates are read year first whatever the browser's language (form-js alone read "20270329" as 2029/8/9 in
     * a Japanese browser and "2027/03/30" as 8/7/2027 in an English one); other texts are refused with a message and
     * the field keeps what it held, so what is shown is what is submitted. Every browser shows them year first, with a
     * Japanese calendar.
     */
    @Test
    void datesTypedYearFirstAreReadAsWrittenAndOthersAreRefusedInEveryBrowser() throws Exception {
        typedDatesAreReadYearFirst(browser, "UI-DATES-JA");
        try (Browser english = new Browser("http://localhost:" + port, "en-US")) {
            english.startTest("datesTypedYearFirstInAnEnglishBrowser");
            typedDatesAreReadYearFirst(english, "UI-DATES-EN");
        }
    }

    private void typedDatesAreReadYearFirst(Browser official, String number) throws Exception {
        JsonNode receipt = filePlan(number);
        LocalDate cap = LocalDate.parse(receipt.get("extensionCap").asText());
        completeOnTheEngine(number, "Task_CheckCompleteness", Map.of("planComplete", true));
        official.login("tasklist", "mlit-reviewer");
        official.openTask(number, "導入等計画書の審査");
        official.claim();
        official.choose("審査の結論", "期間を延長する");
        official.consoleErrors();
        official.focusWindowAgain(); // the official comes back from another window: the focus event's target is the window
        assertThat(official.consoleErrors()).as("errors in the console when the window regains the focus").isEmpty();

        String field = "延長後の期間の末日";
        LocalDate march29 = LocalDate.of(2027, 3, 29);
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        record Typed(String text, LocalDate shows, boolean refused) {
        }
        // after a refusal the field shows what it held before
        List<Typed> table = List.of(
                new Typed("20270329", march29, false),
                new Typed("2027-03-30", march29.plusDays(1), false),
                new Typed("２０２７年３月２９日", march29, false),
                new Typed("令和9年3月31日", march29.plusDays(2), false),
                new Typed("R9.3.29", march29, false),
                new Typed("令和元年5月1日", LocalDate.of(2019, 5, 1), false),
                new Typed("平成31年4月30日", LocalDate.of(2019, 4, 30), false),
                new Typed("2028/2/29", leapDay, false),
                new Typed("平成31年5月1日", leapDay, true),
                new Typed("3/30/2027", leapDay, true),
                new Typed("30.03.2027", leapDay, true),
                new Typed("2027/2/29", leapDay, true),
                new Typed("20270399", leapDay, true));
        for (Typed typed : table) {
            assertThat(official.typeDate(field, typed.text())).as("typed %s", typed.text()).isEqualTo(FORM_DATE.format(typed.shows()));
            assertThat(official.dateWarning(field)).as("warning after %s", typed.text()).isEqualTo(typed.refused()
                    ? "「" + typed.text() + "」は日付として読み取れません。年から順に 2027/3/29、20270329、令和9年3月29日 のように入力してください。"
                    : "");
        }
        official.screenshot("typed-date-refused");
        assertThat(official.textContent(By.cssSelector(".flatpickr-calendar .flatpickr-weekdaycontainer"))).isEqualTo("日月火水木金土");
        assertThat(official.textContent(By.cssSelector(".flatpickr-calendar .flatpickr-monthDropdown-months option"))).isEqualTo("1月");

        // a month-first date typed and 完了 clicked at once: refused, and the completion is held back
        String monthFirst = DateTimeFormatter.ofPattern("M/d/yyyy").format(cap);
        official.typeOver(field, monthFirst);
        official.complete();
        official.waitForText("「" + monthFirst + "」は日付として読み取れません。");
        assertThat(openTasks(number)).isOne();

        // typed without Enter, then a click into the next field: the date still reaches the form
        official.typeOver(field, EraDates.format(cap));
        official.fill("理由", "供給者の資本関係の確認に時間を要する。");
        assertThat(official.value(field)).isEqualTo(FORM_DATE.format(cap));
        official.complete();
        official.waitUntilTaskGone("導入等計画書の審査");
        JsonNode screening = api("GET", "/api/screenings/" + receipt.get("caseId").asText(), "mlit-reviewer");
        assertThat(screening.get("periodLastDay").asText()).isEqualTo(cap.toString());
    }

    @Test
    void seniorReviewerDesignatesTheSmePortOperatorAndTheOpportunityToExplainFollows() throws Exception {
        String proposal = "DEMO-DESIGNATION-PORT"; // left at its senior review by the demo profile

        browser.login("tasklist", "mlit-senior");
        browser.openTask(proposal, "中小企業等に係る追加審査");
        browser.claim();
        assertField("指定基準の評価結果").contains("第二条第五号");
        assertField("中小企業者の判定").contains("資本金");
        browser.screenshot("senior-review-shows-criteria-and-sme");
        browser.choose("追加審査の結論", "指定する");
        browser.fill("追加審査の理由（基本指針：中小企業への配慮）", "代替困難な役務であり、事業者の負担にも配慮して指定する。");
        browser.screenshot("designate-with-reason");
        browser.complete();
        browser.waitUntilTaskGone("中小企業等に係る追加審査");

        Task next = tasks.createTaskQuery().processInstanceBusinessKey(proposal).singleResult();
        // a designation imposes duties: the ministry gives the operator the opportunity to explain first (APA Art 13)
        assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_GiveOpportunityToExplain");
        assertThat(tasks.createTaskQuery().taskId(next.getId()).taskCandidateGroup("ministry-mlit").count()).isOne();
        browser.login("tasklist", "mlit-reviewer");
        browser.openTask(proposal, "弁明の機会の付与（行政手続法第13条）");
        browser.screenshot("opportunity-to-explain-for-the-ministry");
    }

    @Test
    void cabinetOfficeFindsTheScreeningInCockpitByItsBusinessKey() throws Exception {
        filePlan("UI-COCKPIT-1");

        browser.login("cockpit", "cao-official");
        browser.go("/camunda/app/cockpit/default/#/processes");
        browser.click(By.linkText("EquipmentScreeningProcess"));
        browser.waitFor(By.cssSelector("td.business-key"));
        browser.click(By.cssSelector("input[placeholder='条件を追加']"));
        browser.click(By.xpath("//li[contains(@class,'uib-typeahead-match')]/a[normalize-space()='業務キー']"));
        // the widget opens the value editor by itself, but under load it may have closed it again: open it by clicking
        browser.click(By.cssSelector(".search-label .value-field"));
        browser.type(By.cssSelector(".search-label .value-field input"), "UI-COCKPIT-1", Keys.ENTER);
        browser.waitForTexts(By.cssSelector("td.business-key"), "UI-COCKPIT-1");
        browser.screenshot("instances-filtered-by-business-key");
        browser.click(By.cssSelector("td.instance-id a"));
        browser.waitFor(By.xpath("//dt[normalize-space()='業務キー：']/following-sibling::dd[1][normalize-space()='UI-COCKPIT-1']"));
        browser.screenshot("process-instance");
    }

    @Test
    void ministryRecordsTheConcludingCommitteeMeetingOfASectorReview() throws Exception {
        String review = """
                {"reviewNumber": "UI-SR-1", "businessName": "テスト物流事業（架空）", "businessDescription": "架空",
                 "competentMinistry": "MLIT", "insideStatutoryItems": false, "trigger": {"kind": "PERIODIC_REVIEW"},
                 "facts": {"indispensable": true, "equipmentConceivable": true, "operatorConceivable": true}}""";
        Answer started = api().call("POST", "/api/sector-reviews", "cao-official", review);
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(201);
        completeOnTheEngine("UI-SR-1", "Task_HearCompetentMinistry", Map.of("hearingDate", LocalDate.now(TOKYO).toString(),
                "ministryExplanation", "所管省の説明（架空）"));

        browser.login("tasklist", "mlit-reviewer");
        browser.openTask("UI-SR-1", "有識者会議の開催記録");
        browser.claim();
        assertField("予備的な判断").contains("対象事業に追加する方向");
        assertField("除外基準の評価").contains("基準1");
        browser.fillDate("開催日", LocalDate.now(TOKYO));
        browser.fill("議事", "取りまとめ");
        browser.fill("議事概要", "対象事業に追加すべきとの意見で一致した。");
        browser.tick("本会議で取りまとめ（結論）を得た");
        browser.fill("結論", "対象事業に追加する方向");
        browser.screenshot("concluding-meeting-entered");
        browser.complete();
        browser.waitUntilTaskGone("有識者会議の開催記録");
        browser.screenshot("meeting-recorded");

        JsonNode recorded = api("GET", "/api/sector-reviews/UI-SR-1", "cao-official");
        assertThat(recorded.get("meetings")).hasSize(1);
        assertThat(recorded.get("meetings").get(0).get("concluded").asBoolean()).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("UI-SR-1").singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_DecideSectorAddition");
    }

    /** What a card says of a last day read today: 令和9年1月5日（火）まで　あと29日. */
    private static String deadline(LocalDate lastDay) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(TOKYO), lastDay);
        String day = EraDates.format(lastDay) + "（" + lastDay.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + "）";
        return days == 0 ? day + "　本日まで" : day + "まで　" + (days > 0 ? "あと" + days + "日" : -days + "日超過");
    }

    /** The last day task-cards.js shows in the task's header, after Tasklist's relative due date (CSS content). */
    private static String headerDeadline() {
        browser.waitFor(By.cssSelector("[cam-tasklist-task-meta] .due-date[data-kikan-deadline]"));
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.run("const due = document.querySelector('[cam-tasklist-task-meta] .due-date');"
                + "return [due.dataset.kikanDeadline, getComputedStyle(due, '::after').content];", null);
        // the browser gives the content as computed: the text itself, or the attr() it comes from
        assertThat(shown.get(1)).as("shown after 「…日後」").matches("\"\u3000(" + java.util.regex.Pattern.quote(shown.get(0))
                + "|\" attr\\(data-kikan-deadline\\))\"?");
        return shown.get(0);
    }

    /** Assertions on what a form field shows, named by its label when they fail. */
    private static AbstractStringAssert<?> assertField(String label) {
        return assertThat(browser.value(label)).as("form field 「%s」", label);
    }

    private JsonNode filePlan(String applicationNumber) throws Exception {
        String plan = """
                {"applicationNumber": "%s", "kind": "INTRODUCTION", "operatorCorporateNumber": "6999901000002",
                 "sectorCode": "RAILWAY", "equipmentCategoryCode": "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL",
                 "plan": %s}
                """.formatted(applicationNumber, planJson());
        Answer filed = api().call("POST", "/api/screenings", "portal", plan);
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        return filed.body();
    }

    /** The plan's content as the railway operator files it (and files it again, corrected). */
    private static String planJson() {
        return """
                {"outline": "列車運行管理システムの更新", "content": "運行管理サーバ及び端末の導入", "plannedFrom": "%s",
                   "preventiveMeasures": "保守用リモート接続の遮断",
                   "parties": [
                     {"role": "SUPPLIER", "name": "デモシステム株式会社", "representative": "代表取締役（架空）", "address": "東京都（架空）",
                      "countryOfIncorporation": "JP", "corporateNumber": "5999901000003", "foreignGovernmentSalesShare": 0,
                      "plantCountry": "JP"},
                     {"role": "COMPONENT_SUPPLIER", "name": "Example Components Ltd.", "representative": "CEO（架空）",
                      "address": "1 Example Road (fictional)", "countryOfIncorporation": "XX", "componentItem": "制御用ルータ",
                      "foreignGovernmentSalesShare": 30, "plantCountry": "XX",
                      "votingHolders": [{"name": "Example Holdings", "country": "XX", "share": 40}]}]}
                """.formatted(LocalDate.now(TOKYO).plusMonths(4));
    }

    private JsonNode api(String method, String path, String user) throws Exception {
        Answer answer = api().call(method, path, user, null);
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body();
    }

    private ApiClient api() {
        return new ApiClient(json, port);
    }

    private void completeOnTheEngine(String businessKey, String taskKey, Map<String, Object> values) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
        tasks.setAssignee(task.getId(), "mlit-reviewer");
        tasks.complete(task.getId(), values);
    }

    private long openTasks(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).count();
    }
}
