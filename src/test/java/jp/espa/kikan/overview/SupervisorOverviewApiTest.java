package jp.espa.kikan.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.screening.PostIntroductionReviewService;
import jp.espa.kikan.screening.ScreeningService;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.screening.TestPlans;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.OpenTasks;
import jp.espa.kikan.support.EngineClock;
import jp.espa.kikan.support.WebappSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The supervisors' overview over real HTTP, as Cockpit's page calls it (/camunda/api/cockpit/plugin/supervisor-overview/
 * default/overview, in a webapp session): the demo data and plans filed here, seen by the Cabinet Office (everything),
 * a ministry's reviewer (its sectors only) and refused to the others; the statutory clock read on the engine's day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS) // lists over the whole registry, whose order other
// classes' cases (sharing the cached context, closed at their moved engine clocks) would change
class SupervisorOverviewApiTest {

    private static final String OVERVIEW = "/camunda/api/cockpit/plugin/supervisor-overview/default/overview";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Actor PORTAL = new Actor("portal", Set.of(Roles.OPERATOR_PORTAL));
    private static int sequence;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ScreeningService screenings;
    @Autowired TaskService tasks;
    @Autowired ProcessEngine engine;
    @Autowired SupervisorOverview supervisorOverview;
    @Autowired CaseFile caseFile;
    @Autowired PostIntroductionReviewService postIntroduction;
    @Autowired SectorRegistry sectorRegistry;
    @Autowired AccessChecks accessChecks;
    @Autowired StatutoryTime statutoryTime;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCabinetOfficeSeesEveryProcedureOfEveryMinistryWithItsStepHolderAndEvaluations() throws Exception {
        String closed = fileAndClose();
        JsonNode overview = overview("cao-official");
        assertThat(overview.get("scope").asText()).isEqualTo("全府省");
        JsonNode railway = row(overview.get("openCases"), "DEMO-RAILWAY-0001");
        assertThat(railway.get("procedure").asText()).isEqualTo("特定重要設備の導入等計画書の審査");
        assertThat(railway.get("ministry").asText()).isEqualTo("国土交通省");
        assertThat(railway.get("holder").asText()).isEqualTo("国土交通省");
        assertThat(row(overview.get("openCases"), "DEMO-ELECTRICITY-0001").get("ministry").asText()).isEqualTo("経済産業省");
        JsonNode senior = row(overview.get("openCases"), "DEMO-DESIGNATION-PORT");
        assertThat(senior.get("step").asText()).isEqualTo("中小企業等に係る追加審査");
        assertThat(senior.get("holder").asText()).isEqualTo("国土交通省（幹部）");
        assertThat(row(overview.get("openCases"), "DEMO-MEDICAL-DX").get("holder").asText()).isEqualTo("内閣府");
        assertThat(row(overview.get("closedCases"), closed).get("outcome").asText()).isEqualTo("勧告しない（懸念なし）");
        assertThat(row(overview.get("evaluations"), closed).get("decision").asText()).isEqualTo("供給者等のリスク要因");
        assertThat(row(overview.get("evaluations"), closed).get("outcome").asText()).startsWith("リスク");
        JsonNode criteria = row(overview.get("evaluations"), "DEMO-DESIGNATION-PORT");
        assertThat(criteria.get("procedure").asText()).isEqualTo("特定社会基盤事業者の指定");
        assertThat(values(overview.get("evaluations"), "decision")).contains("特定社会基盤事業者の指定基準（港湾運送）",
                "中小企業者の範囲（中小企業基本法第2条第1項）", "除外基準の該当性", "追加の方向性（予備的な判断）");
        assertThat(values(overview.get("evaluations"), "outcome")).contains("指定基準に該当", "中小企業者に該当")
                .allMatch(outcome -> !outcome.matches(".*[A-Z_]{3,}.*"));
        assertThat(values(overview.get("evaluations"), "caseNumber")).contains("DEMO-MEDICAL-DX");
        assertThat(values(overview.get("workload"), "ministry")).contains("国土交通省", "経済産業省", "内閣府");
        assertThat(row(overview.get("workload"), "内閣府", "ministry").get("atItsDesk").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMinistrysReviewerSeesOnlyTheCasesOfItsSectors() throws Exception {
        String closed = fileAndClose();
        JsonNode overview = overview("mlit-reviewer");
        assertThat(overview.get("scope").asText()).isEqualTo("国土交通省");
        assertThat(values(overview.get("openCases"), "caseNumber")).contains("DEMO-RAILWAY-0001", "DEMO-DESIGNATION-PORT")
                .doesNotContain("DEMO-ELECTRICITY-0001", "DEMO-MEDICAL-DX");
        assertThat(values(overview.get("openCases"), "ministry")).containsOnly("国土交通省");
        assertThat(values(overview.get("closedCases"), "caseNumber")).contains(closed);
        assertThat(values(overview.get("closedCases"), "ministry")).containsOnly("国土交通省");
        assertThat(values(overview.get("evaluations"), "caseNumber")).contains(closed, "DEMO-DESIGNATION-PORT", "DEMO-PORT-2023")
                .doesNotContain("DEMO-MEDICAL-DX", "DEMO-MEDICAL-HOSPITALS");
        assertThat(values(overview.get("workload"), "ministry")).containsExactly("国土交通省");
    }

    @Test
    void aCaseNumberOfAnotherProcedureNeverLendsItsMinistry() throws Exception {
        // numbers are unique within a procedure only: a railway plan (MLIT) filed under a Ministry of Health review's number
        screenings.filePlan(PORTAL, TestPlans.introduction("DEMO-MEDICAL-HOSPITALS", LocalDate.now(TOKYO)));
        JsonNode overview = overview("mlit-reviewer");
        assertThat(overview.get("openCases").findValuesAsText("caseNumber").stream()
                .filter("DEMO-MEDICAL-HOSPITALS"::equals)).hasSize(1);
        assertThat(row(overview.get("openCases"), "DEMO-MEDICAL-HOSPITALS").get("procedure").asText())
                .isEqualTo("特定重要設備の導入等計画書の審査");
        assertThat(values(overview.get("evaluations"), "caseNumber")).doesNotContain("DEMO-MEDICAL-HOSPITALS");
        JsonNode all = overview("cao-official");
        assertThat(all.get("openCases").findValuesAsText("caseNumber").stream()
                .filter("DEMO-MEDICAL-HOSPITALS"::equals)).hasSize(2);
    }

    @Test
    void othersGetNothing() throws Exception {
        assertThat(WebappSession.login(json, port, "mlit-senior").call("GET", OVERVIEW, null).status()).isEqualTo(403);
        assertThat(WebappSession.login(json, port, "demo").call("GET", OVERVIEW, null).status()).isEqualTo(200);
        // the portal has no webapp: its login is refused and the resource stays closed to its session, as to anyone's
        WebappSession portal = new WebappSession(json, port);
        assertThat(portal.login("portal", "demo", "cockpit").status()).isNotEqualTo(200);
        Answer anonymous = portal.call("GET", OVERVIEW, null);
        assertThat(anonymous.status()).isIn(401, 403);
        assertThat(anonymous.body() == null ? "" : anonymous.body().toString()).doesNotContain("DEMO-");
    }

    @Test
    void daysLeftAndOverdueFollowTheDayItIsRead() throws Exception {
        today("2026-11-26");
        String inReview = file(LocalDate.of(2026, 11, 26));
        complete(inReview, "Task_CheckCompleteness", Map.of("planComplete", true)); // accepted: last day 2026-12-25
        String awaitingCorrection = file(LocalDate.of(2026, 11, 26));
        complete(awaitingCorrection, "Task_CheckCompleteness",
                Map.of("planComplete", false, "correctionRequest", "構成設備の供給者の住所を記載してください"));
        String closed = file(LocalDate.of(2026, 11, 26));
        complete(closed, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(closed, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "国内供給者のみ",
                "shortenStandstill", false));

        today("2026-12-20");
        JsonNode open = row(overview("mlit-reviewer").get("openCases"), inReview);
        assertThat(open.get("step").asText()).isEqualTo("導入等計画書の審査");
        assertThat(open.get("lastDay").asText()).isEqualTo("2026-12-25");
        assertThat(open.get("lastDayJa").asText()).isEqualTo("2026年12月25日（金）");
        assertThat(open.get("daysLeft").asLong()).isEqualTo(6);
        assertThat(open.get("overdue").asBoolean()).isFalse();

        today("2026-12-25");
        assertThat(row(overview("mlit-reviewer").get("openCases"), inReview).get("daysLeft").asLong()).isEqualTo(1);

        today("2026-12-26"); // the period's timer has not run (no job executor here): the case is late
        JsonNode overview = overview("cao-official");
        open = row(overview.get("openCases"), inReview);
        assertThat(open.get("daysLeft").asLong()).isEqualTo(0);
        assertThat(open.get("overdue").asBoolean()).isTrue();
        assertThat(overview.get("todayJa").asText()).isEqualTo("2026年12月26日（土）");
        assertThat(row(overview.get("workload"), "国土交通省", "ministry").get("overdue").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode waiting = row(overview.get("openCases"), awaitingCorrection);
        assertThat(waiting.get("step").asText()).isEqualTo("補正された計画書の到達");
        assertThat(waiting.get("holder").asText()).isEqualTo("事業者");
        assertThat(waiting.get("awaitingOperator").asBoolean()).isTrue();
        assertThat(waiting.hasNonNull("lastDay")).isFalse(); // no period runs before acceptance
        assertThat(waiting.get("overdue").asBoolean()).isFalse();

        JsonNode ended = row(overview.get("closedCases"), closed);
        assertThat(ended.get("outcome").asText()).isEqualTo("勧告しない（懸念なし）");
        assertThat(ended.get("startedOnJa").asText()).isEqualTo("2026年11月26日（木）");
        assertThat(values(overview.get("openCases"), "caseNumber")).doesNotContain(closed);
    }

    @Test
    void aCaseWaitingForTheOperatorsReplyShowsTheReplysLastDayNotThePeriods() throws Exception {
        today("2026-11-26");
        String recommended = file(LocalDate.of(2026, 11, 26));
        complete(recommended, "Task_CheckCompleteness", Map.of("planComplete", true)); // period's last day 2026-12-25
        complete(recommended, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "外国政府の影響"));
        complete(recommended, "Task_ConsultMinisters", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣", "consultationSummary", "勧告相当"));
        complete(recommended, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2026-11-26",
                "recommendationDeliveredOn", "2026-11-26", "recommendationMeasures", "CHANGE_PLAN",
                "recommendationContent", "構成設備の供給者の変更"));

        today("2026-12-01");
        JsonNode waiting = row(overview("mlit-reviewer").get("openCases"), recommended);
        // delivered Thu 26 Nov: the reply is due on day 10 counted from it, Sat 5 Dec, moved to Mon 7 Dec
        assertThat(waiting.get("lastDay").asText()).isEqualTo("2026-12-07");
        assertThat(waiting.get("daysLeft").asLong()).isEqualTo(7);
        assertThat(waiting.get("holder").asText()).contains("事業者");
    }

    /** Ten years of cases make no page of hundreds of thousands of rows: each list is bounded, the workload counts all. */
    @Test
    void eachListShowsAtMostItsLimitTheOpenCasesNearestTheirLastDayAndTheCasesClosedLast() throws Exception {
        String closedFirst = fileAndClose();
        Thread.sleep(20); // a later end time
        String closedLast = fileAndClose();
        String accepted = file(LocalDate.now(TOKYO));
        complete(accepted, "Task_CheckCompleteness", Map.of("planComplete", true));
        SupervisorOverview bounded = bounded(new SupervisorOverview.Listed(3, 1, 2));

        Overview overview = bounded.read(new Actor("cao-official", Set.of(Roles.CABINET_OFFICE)));

        Overview everything = supervisorOverview.read(new Actor("cao-official", Set.of(Roles.CABINET_OFFICE)));
        assertThat(overview.openCaseCount()).isEqualTo(everything.openCaseCount()).isGreaterThan(3);
        assertThat(overview.openCases()).hasSize(3).isEqualTo(everything.openCases().subList(0, 3));
        assertThat(overview.openCases().get(0).lastDay()).isNotNull();
        assertThat(overview.workload()).isEqualTo(everything.workload());
        assertThat(overview.closedCases()).extracting(Overview.ClosedCase::caseNumber).containsExactly(closedLast);
        assertThat(everything.closedCases()).extracting(Overview.ClosedCase::caseNumber).contains(closedFirst, closedLast);
        assertThat(overview.evaluations()).hasSize(2).isEqualTo(everything.evaluations().subList(0, 2));
    }

    /**
     * Closed cases and evaluations are filtered by ministry in SQL: a ministry's bounded lists are the first of its own,
     * past another ministry's cases closed after them.
     */
    @Test
    void aMinistrysBoundedListsAreTheFirstOfItsOwnFoundPastPagesOfOtherMinistries() throws Exception {
        String railway = fileAndClose();
        Thread.sleep(20); // a later end time
        String electricity = fileAndClose("DEMO-ELECTRICITY-0001");
        SupervisorOverview bounded = bounded(new SupervisorOverview.Listed(1, 1, 1));
        Actor mlit = new Actor("mlit-reviewer", Set.of("ministry-mlit"));

        Overview overview = bounded.read(mlit);

        Overview everything = supervisorOverview.read(mlit);
        Overview cabinetOffice = supervisorOverview.read(new Actor("cao-official", Set.of(Roles.CABINET_OFFICE)));
        assertThat(cabinetOffice.closedCases().get(0).caseNumber()).isEqualTo(electricity);
        assertThat(cabinetOffice.evaluations().get(0).caseNumber()).isEqualTo(electricity);
        assertThat(overview.closedCases()).extracting(Overview.ClosedCase::caseNumber).containsExactly(railway);
        assertThat(overview.closedCases()).isEqualTo(everything.closedCases().subList(0, 1));
        assertThat(overview.evaluations()).extracting(Overview.Evaluation::caseNumber).containsExactly(railway);
        assertThat(overview.evaluations()).isEqualTo(everything.evaluations().subList(0, 1));
        assertThat(overview.openCases()).isEqualTo(everything.openCases().subList(0, 1));
        assertThat(overview.workload()).isEqualTo(everything.workload());
    }

    @Test
    void eachCaseNumberLeadsToItsProcessInstanceAndItsDocuments() throws Exception {
        String accepted = file(LocalDate.now(TOKYO));
        complete(accepted, "Task_CheckCompleteness", Map.of("planComplete", true));
        String closed = fileAndClose();
        JsonNode overview = overview("mlit-reviewer");
        JsonNode open = row(overview.get("openCases"), accepted);
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("EquipmentScreeningProcess")
                .processInstanceBusinessKey(accepted).singleResult().getId();
        assertThat(open.get("instanceId").asText()).isEqualTo(instance);
        assertThat(open.get("documents").asText()).isEqualTo("/documents/screening/" + accepted);
        assertThat(row(overview.get("closedCases"), closed).get("documents").asText())
                .isEqualTo("/documents/screening/" + closed);
        assertThat(SupervisorOverview.documentsPath(jp.espa.kikan.registry.Procedure.SECTOR_ADDITION, "SR 2026/1"))
                .isEqualTo("/documents/sector-addition/SR%202026%2F1");
    }

    /** One number, two processes: the screening closed without concerns, then an Art 55 review closed without a recommendation. */
    @Test
    void aScreeningShowsItsOwnOutcomeNotThatOfItsLaterArticle55Review() throws Exception {
        String number = fileAndClose();
        UUID caseId = jdbc.sql("select id from screening_case where application_number = ?").param(number).query(UUID.class).single();
        postIntroduction.startPostIntroductionReview(new Actor("mlit-reviewer", Set.of("ministry-mlit")), caseId, "国際情勢の変化");
        complete(number, "Task_DecideRecommendation", Map.of("recommend", false, "recommendationDecisionReason", "懸念は解消"));

        List<String> outcomes = new ArrayList<>();
        for (JsonNode closed : overview("cao-official").get("closedCases")) {
            if (closed.get("caseNumber").asText().equals(number)) {
                outcomes.add(closed.get("procedure").asText() + ": " + closed.get("outcome").asText());
            }
        }
        assertThat(outcomes).containsExactlyInAnyOrder("特定重要設備の導入等計画書の審査: " + Outcome.NO_CONCERNS.labelJa(),
                processName("PostIntroductionReviewProcess") + ": " + Outcome.NOT_RECOMMENDED.labelJa());
    }

    @Test
    void anInspectionEndsWithItsResultNotJustConcluded() throws Exception {
        String today = LocalDate.now(TOKYO).toString();
        Answer started = new ApiClient(json, port).call("POST", "/api/inspections", "mlit-reviewer", Map.of("kind", "INSPECTION",
                "corporateNumber", "6999901000002", "sectorCode", "RAILWAY", "purpose", "PLAN_REVIEW",
                "matters", "列車運行管理システムの保守の委託先", "dueOn", today));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
        String number = started.body().get("caseNumber").asText();
        complete(number, "Task_RecordInspection", Map.of("inspectedOn", today, "inspectors", "検査官A（架空）",
                "placesInspected", "本社（架空）", "idCardShown", true, "inspectionFinding", "REFUSED_OR_OBSTRUCTED",
                "inspectionResult", "入室を拒否された"));
        assertThat(row(overview("mlit-reviewer").get("closedCases"), number).get("outcome").asText())
                .isEqualTo("立入検査の拒否・妨害・忌避（法第96条第5号の対象となり得る事実を記録）");
    }

    /** A sector review to be studied again waits for its re-review day: the overview shows that day, not a blank. */
    @Test
    void aCaseWaitingForADayShowsThatDayAndTheCabinetOfficeCountsTheReviewsItConducts() throws Exception {
        today("2026-11-26");
        String number = "SR-OVERVIEW-" + System.nanoTime();
        Answer started = new ApiClient(json, port).call("POST", "/api/sector-reviews", "cao-official", Map.of(
                "reviewNumber", number, "businessName", "監督一覧の例示事業（架空）", "businessDescription", "架空の事業",
                "competentMinistry", "MLIT", "insideStatutoryItems", false, "trigger", Map.of("kind", "PERIODIC_REVIEW"),
                "facts", Map.of("indispensable", true, "systemsUnderDevelopment", true)));
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(201);
        complete(number, "Task_HearCompetentMinistry", Map.of("hearingDate", "2026-11-02", "ministryExplanation", "所管省の説明"));
        complete(number, "Task_RecordCommitteeMeeting", Map.of("meetingDate", "2026-11-20", "agenda", "第1回", "minutesSummary",
                "取りまとめ", "interimReport", "中間取りまとめ", "committeeConcluded", true, "committeeConclusion", "引き続き検討"));
        complete(number, "Task_DecideSectorAddition", Map.of("additionDecision", "KEEP_STUDYING", "decisionDate", "2026-11-21",
                "decisionReasons", "技術動向を見極める", "reReviewOn", "2027-06-01"));

        JsonNode overview = overview("cao-official");
        JsonNode waiting = row(overview.get("openCases"), number);
        assertThat(waiting.get("step").asText()).isEqualTo("再検討の時期");
        assertThat(waiting.get("holder").asText()).isEqualTo("期日の到来");
        assertThat(waiting.get("awaitedDay").asText()).isEqualTo("2027-06-01");
        assertThat(waiting.get("awaitedDayJa").asText()).isEqualTo("2027年6月1日（火）");
        assertThat(row(overview.get("openCases"), "DEMO-RAILWAY-0001").hasNonNull("awaitedDay")).isFalse();

        // the Cabinet Office conducts every sector review, whatever ministry it concerns: they are its cases
        long reviews = 0;
        for (JsonNode open : overview.get("openCases")) {
            reviews += open.get("documents").asText().startsWith("/documents/sector-addition/") ? 1 : 0;
        }
        JsonNode cabinetOffice = row(overview.get("workload"), "内閣府", "ministry");
        assertThat(overview.get("openCaseCount").asInt()).isEqualTo(overview.get("openCases").size());
        assertThat(cabinetOffice.get("openCases").asLong()).isEqualTo(reviews).isGreaterThanOrEqualTo(4);
        assertThat(cabinetOffice.get("atItsDesk").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void cockpitsHumanTasksViewAndAnInstancesUserTasksWorkForTheCabinetOffice() throws Exception {
        WebappSession cao = WebappSession.login(json, port, "cao-official");
        Answer perGroup = cao.call("GET", "/camunda/api/engine/engine/default/task/report/candidate-group-count", null);
        assertThat(perGroup.status()).isEqualTo(200);
        assertThat(values(perGroup.body(), "groupName")).contains("ministry-mlit", "cabinet-office");
        Answer userTasks = cao.call("POST", "/camunda/api/engine/engine/default/task",
                Map.of("processInstanceBusinessKey", "DEMO-RAILWAY-0001"));
        assertThat(userTasks.status()).isEqualTo(200);
        assertThat(values(userTasks.body(), "taskDefinitionKey")).isNotEmpty();
        Answer group = cao.call("GET", "/camunda/api/engine/engine/default/group/ministry-mlit", null);
        assertThat(group.body().get("name").asText()).startsWith("国土交通省");
        // reading is all: no work on another ministry's task
        String taskId = userTasks.body().get(0).get("id").asText();
        assertThat(cao.call("POST", "/camunda/api/engine/engine/default/task/" + taskId + "/claim",
                Map.of("userId", "cao-official")).status()).isIn(403, 500);
    }

    private JsonNode overview(String user) throws Exception {
        Answer answer = WebappSession.login(json, port, user).call("GET", OVERVIEW, null);
        assertThat(answer.status()).as(user + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** A plan of the demo railway operator (MLIT) received today, reviewed without concerns. */
    private String fileAndClose() {
        return fileAndClose("DEMO-RAILWAY-0001");
    }

    /** A plan for the operator, sector and equipment of the demo case named, received today, reviewed without concerns. */
    private String fileAndClose(String demoCase) {
        String number = file(LocalDate.now(TOKYO), demoCase);
        complete(number, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(number, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "国内供給者のみ",
                "shortenStandstill", false));
        return number;
    }

    private String file(LocalDate receivedOn) {
        return file(receivedOn, "DEMO-RAILWAY-0001");
    }

    private String file(LocalDate receivedOn, String demoCase) {
        String number = "OVERVIEW-" + System.nanoTime() + "-" + (++sequence);
        List<String> demo = jdbc.sql("select o.corporate_number, c.sector_code, c.equipment_category_code from screening_case c"
                        + " join operator o on o.id = c.operator_id where c.application_number = ?").param(demoCase)
                .query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3))).single();
        screenings.filePlan(PORTAL, TestPlans.introduction(number, receivedOn, demo.get(0), demo.get(1), demo.get(2)));
        return number;
    }

    /** The overview with smaller lists than in service, read as the real one is (same engine, registry and policy). */
    private SupervisorOverview bounded(SupervisorOverview.Listed listed) {
        return new SupervisorOverview(engine.getIdentityService(), engine.getRepositoryService(), caseFile, sectorRegistry,
                accessChecks, statutoryTime, jdbc, listed);
    }

    private String processName(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getName();
    }

    private void complete(String caseNumber, String taskKey, Map<String, Object> values) {
        new OpenTasks(engine).complete(caseNumber, taskKey, values);
    }

    private static void today(String isoDate) {
        EngineClock.today(isoDate);
    }

    private static JsonNode row(JsonNode rows, String caseNumber) {
        return row(rows, caseNumber, "caseNumber");
    }

    private static JsonNode row(JsonNode rows, String value, String field) {
        for (JsonNode row : rows) {
            if (row.get(field).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " " + value + " in " + rows);
    }

    private static List<String> values(JsonNode rows, String field) {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.get(field).asText()));
        return values;
    }
}
