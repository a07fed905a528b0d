package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.platform.BeforeItsDayException;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.support.DeployedForms;
import jp.espa.kikan.support.OpenTasks;
import jp.espa.kikan.support.EngineClock;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.support.NoticePictures;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.PdfText;
import jp.espa.kikan.support.TimerJobs;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every outcome and both legal paths of a sector review; the public-comment clock; the keep-studying timer; each timer
 * executed early by an administrator over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SectorAdditionProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired SectorReviewService service;
    @Autowired SectorReviewIntake intake;
    @Autowired CaseFile caseFile;
    @Autowired SectorReviewRepository reviews;
    @Autowired SectorRegistry sectors;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    private static int serial;

    static final Actor CABINET_OFFICE = new Actor("cao-official", Set.of(Roles.CABINET_OFFICE));

    private List<String> acts(String number) {
        return caseFile.acts(Procedure.SECTOR_ADDITION, number).stream().map(act -> act.actType().name()
                + (act.decision() == null || act.actType() != LegalActType.SECTOR_ADDITION_DECIDED ? "" : ":" + act.decision())).toList();
    }

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(date("2026-11-26", LocalTime.NOON));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Date date(String day, LocalTime time) {
        return EngineClock.tokyo(day, time);
    }

    private String start(boolean inside, boolean equipmentConceivable, boolean systemsUnderDevelopment) {
        String number = "SR-TEST-" + (++serial);
        Map<String, Boolean> facts = Map.of("indispensable", true, "dailyLifeDependence", true, "wideAreaDisruption", true,
                "equipmentConceivable", equipmentConceivable, "operatorConceivable", equipmentConceivable,
                "systemsUnderDevelopment", systemsUnderDevelopment);
        intake.start(CABINET_OFFICE, new SectorReviewIntake.Candidate(number, "テスト物流事業（架空）",
                "架空の事業", "MLIT", new SectorReviewCase.Trigger("INCIDENT", LocalDate.of(2026, 10, 1), "架空の事案"),
                "テスト制御システム", "大手事業者", inside, facts));
        return number;
    }

    /** The review's instance: numbers are unique within a procedure only (a screening may carry the same one). */
    private ProcessInstance instance(String number) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(number)
                .singleResult();
    }

    private void complete(String number, String taskKey, Map<String, Object> values) {
        new OpenTasks(engine).complete(number, taskKey, values);
    }

    private void hearAndConclude(String number) {
        complete(number, "Task_HearCompetentMinistry", Map.of("hearingDate", "2026-11-02", "ministryExplanation", "所管省の説明"));
        complete(number, "Task_RecordCommitteeMeeting", Map.of("meetingDate", "2026-11-10", "agenda", "第1回", "minutesSummary", "議論",
                COMMITTEE_CONCLUDED, false));
        assertThat(instance(number)).isWaitingAt("Task_RecordCommitteeMeeting");
        complete(number, "Task_RecordCommitteeMeeting", Map.of("meetingDate", "2026-11-20", "agenda", "第2回", "minutesSummary", "取りまとめ",
                "interimReport", "中間取りまとめ", COMMITTEE_CONCLUDED, true, "committeeConclusion", "追加すべき"));
        assertThat(reviews.meetings(reviews.byNumber(number).orElseThrow().id())).hasSize(2);
    }

    private void decide(String number, String decision, String reReviewOn) {
        Map<String, Object> values = new HashMap<>(Map.of(ADDITION_DECISION, decision, "decisionDate", "2026-11-21",
                "decisionReasons", "理由"));
        if (reReviewOn != null) {
            values.put(RE_REVIEW_ON, reReviewOn);
        }
        complete(number, "Task_DecideSectorAddition", values);
    }

    private void runPublicCommentAndCabinetOrder(String number, String sectorCode) {
        complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, sectorCode + "_CONTROL: テスト制御システム\n不正な行",
                SECTOR_CODE, sectorCode, SECTOR_NAME_JA, "テスト物流", CRITERIA_DECISION_KEY, "Decision_DesignationCriteriaPort",
                "draftSummary", "政令案"));
        complete(number, "Task_StartPublicComment", Map.of("publicCommentStartOn", "2026-11-26", PUBLIC_COMMENT_LAST_DAY, "2026-12-25"));
        Job timer = management.createJobQuery().processInstanceId(instance(number).getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(date("2026-12-26", LocalTime.MIDNIGHT));
        ClockUtil.setCurrentTime(date("2026-12-26", LocalTime.NOON));
        management.executeJob(timer.getId());
        complete(number, "Task_RecordPublicCommentResults", Map.of("commentsReceived", 12, "resultsSummary", "賛成多数"));
        complete(number, "Task_RecordCabinetDecision", Map.of("cabinetDecisionOn", "2026-12-26", "promulgatedOn", "2027-01-05",
                "orderNumber", "政令第1号（架空）", ENFORCEMENT_ON, "2027-04-01"));
    }

    @Test
    void listingOutsideTheStatutoryItemsGoesThroughALawAmendmentToAnActiveSector() {
        String number = start(false, true, false);
        assertThat(reviews.byNumber(number).orElseThrow().preliminaryRecommendation()).isEqualTo("LIST");
        hearAndConclude(number);
        decide(number, "LIST", null);
        assertThat(instance(number)).isWaitingAt("Task_AmendLaw");
        assertThatThrownBy(() -> complete(number, "Task_AmendLaw", Map.of("billSubmittedOn", "2026-11-20", "dietPassedOn", "2026-11-10",
                "promulgatedOn", "2026-11-25", "lawNumber", "x"))).hasStackTraceContaining("BadUserRequestException");
        complete(number, "Task_AmendLaw", Map.of("billSubmittedOn", "2026-11-23", "dietPassedOn", "2026-11-24",
                "promulgatedOn", "2026-11-25", "lawNumber", "令和8年法律第1号（架空）"));
        runPublicCommentAndCabinetOrder(number, "TEST_LOGISTICS");
        // promulgated 2027-01-05, in force 2027-04-01: until then no sector, no designation, no grace running
        assertThat(instance(number)).isWaitingAt("Event_EnforcementDay");
        assertThat(sectors.sector("TEST_LOGISTICS").filter(s -> s.active())).isEmpty();
        Job enforcement = management.createJobQuery().processInstanceId(instance(number).getId()).timers().singleResult();
        assertThat(enforcement.getDuedate()).isEqualTo(date("2027-04-01", LocalTime.MIDNIGHT));
        ClockUtil.setCurrentTime(date("2027-03-31", LocalTime.of(23, 59)));
        assertThatThrownBy(() -> service.activateSector(number)).isInstanceOf(BeforeItsDayException.class)
                .hasMessageContaining("2027-04-01以降");
        ClockUtil.setCurrentTime(date("2027-04-01", LocalTime.of(0, 1)));
        management.executeJob(enforcement.getId());
        assertThat(instance(number)).isNull();

        var sector = sectors.sector("TEST_LOGISTICS").orElseThrow();
        assertThat(sector.active()).isTrue();
        assertThat(sector.enforcedOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(sector.graceEndsOn()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(sector.criteriaDecisionKey()).isEqualTo("Decision_DesignationCriteriaPort");
        assertThat(sector.reviewerGroup()).isEqualTo("ministry-mlit");
        assertThat(sectors.equipmentCategory("TEST_LOGISTICS_CONTROL")).isPresent();
        var review = reviews.byNumber(number).orElseThrow();
        assertThat(review.outcome()).isEqualTo("LISTED");
        assertThat(acts(number)).containsSubsequence(
                "REVIEW_STARTED", "EXCLUSION_CRITERIA_APPLIED", "HEARING", "COMMITTEE_CONCLUDED", "SECTOR_ADDITION_DECIDED:LIST",
                "LAW_PROMULGATED", "ORDERS_DRAFTED", "PUBLIC_COMMENT_STARTED", "PUBLIC_COMMENT_RESULTS", "CABINET_ORDER", "SECTOR_ACTIVE");
        // the results as published (APA Art 43(1)): the number of comments and the summary, from the typed record
        byte[] results = jdbc.queryForObject("select content from document where procedure = 'SECTOR_ADDITION' and "
                + "case_number = ? and kind = 'PUBLIC_COMMENT_RESULTS'", byte[].class, number);
        assertThat(PdfText.of(NoticePictures.keep("PUBLIC_COMMENT_RESULTS", results)))
                .contains("行政手続法第四十三条第一項", "12件", "賛成多数", "令和8年11月26日から令和8年12月25日まで");
    }

    /** Equipment added to a sector later has its own 6 months (Art 53), even for an operator designated long before. */
    @Test
    void equipmentAddedToASectorLaterHasItsOwnGrace() {
        var d = jdbc.queryForMap("select operator_id, sector_code, grace_ends_on from designation where revoked_on is null"
                + " and grace_ends_on < date '2026-11-26' order by designated_on fetch first 1 rows only");
        java.util.UUID operator = (java.util.UUID) d.get("OPERATOR_ID");
        String sector = (String) d.get("SECTOR_CODE");
        LocalDate designationGrace = ((java.sql.Date) d.get("GRACE_ENDS_ON")).toLocalDate();
        String original = jdbc.queryForObject("select code from equipment_category where sector_code = ? fetch first 1 rows only",
                String.class, sector);
        sectors.addEquipmentCategory(new jp.espa.kikan.registry.EquipmentCategory(sector + "_ADDED_2026", sector,
                "追加された特定重要設備（架空）", LocalDate.of(2026, 11, 26), LocalDate.of(2027, 5, 25), null, null, false));
        assertThat(sectors.graceEndsOn(operator, sector, sector + "_ADDED_2026")).contains(LocalDate.of(2027, 5, 25));
        assertThat(sectors.graceEndsOn(operator, sector, original)).contains(designationGrace);
    }

    @Test
    void listingInsideTheStatutoryItemsNeedsOnlyACabinetOrder() {
        String number = start(true, true, false);
        hearAndConclude(number);
        decide(number, "LIST", null);
        assertThat(instance(number)).isWaitingAt("Task_DraftOrders");
        assertThatThrownBy(() -> complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "X: y", SECTOR_CODE, "TEST_X",
                SECTOR_NAME_JA, "x", CRITERIA_DECISION_KEY, "Decision_NoSuchTable", "draftSummary", "x")))
                .hasRootCauseMessage("指定基準の決定表 Decision_NoSuchTable がデプロイされていません（省令の指定基準を決定表として登録してください）。");
        // a sector or equipment already in the registry is not drafted anew (its activation would rewrite it)
        assertThatThrownBy(() -> complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "TEST_NEW_X: y",
                SECTOR_CODE, "RAILWAY", SECTOR_NAME_JA, "x", CRITERIA_DECISION_KEY, "Decision_DesignationCriteriaPort",
                "draftSummary", "x"))).hasRootCauseMessage("対象事業コード RAILWAY は既に登録されています。新たな対象事業のコードを入力してください。");
        assertThatThrownBy(() -> complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES,
                "PORT_TERMINAL_OPERATION_SYSTEM: TOS", SECTOR_CODE, "TEST_X", SECTOR_NAME_JA, "x",
                CRITERIA_DECISION_KEY, "Decision_DesignationCriteriaPort", "draftSummary", "x")))
                .rootCause().hasMessageContaining("PORT_TERMINAL_OPERATION_SYSTEM");
        assertThat(instance(number)).isWaitingAt("Task_DraftOrders");
    }

    @Test
    void publicCommentShorterThanThirtyDaysNeedsAStatedReason() {
        String number = start(true, true, false);
        hearAndConclude(number);
        decide(number, "LIST", null);
        complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "TEST_PC_CONTROL: 制御", SECTOR_CODE, "TEST_PC",
                SECTOR_NAME_JA, "x", CRITERIA_DECISION_KEY, "Decision_DesignationCriteriaPort", "draftSummary", "x"));
        // counted from the notice day 26 Nov, the 30th day is 25 Dec: 24 Dec is one day short
        assertThatThrownBy(() -> complete(number, "Task_StartPublicComment", Map.of("publicCommentStartOn", "2026-11-26",
                PUBLIC_COMMENT_LAST_DAY, "2026-12-24"))).hasRootCauseMessage(
                "意見提出期間は公示の日から起算して30日以上（2026-12-25以降）です。短くする場合は理由を記載してください（行政手続法第40条第1項）。");
        complete(number, "Task_StartPublicComment", Map.of("publicCommentStartOn", "2026-11-26", PUBLIC_COMMENT_LAST_DAY, "2026-12-10",
                "shortenedReason", "施行期日が法定されており急を要する"));
        Job timer = management.createJobQuery().processInstanceId(instance(number).getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(date("2026-12-11", LocalTime.MIDNIGHT));
    }

    @Test
    void notListingEndsWithPublishedReasons() {
        String number = start(false, false, false);
        assertThat(reviews.byNumber(number).orElseThrow().preliminaryRecommendation()).isEqualTo("DO_NOT_LIST");
        hearAndConclude(number);
        decide(number, "DO_NOT_LIST", null);
        complete(number, "Task_PublishNonListing", Map.of("publishedOn", "2026-11-26", "publicationReference", "内閣府ウェブサイト"));
        var review = reviews.byNumber(number).orElseThrow();
        assertThat(review.outcome()).isEqualTo("NOT_LISTED");
        assertThat(acts(number)).contains("SECTOR_ADDITION_DECIDED:DO_NOT_LIST", "REASONS_PUBLISHED");
    }

    @Test
    void keepStudyingReopensTheReviewOnTheReReviewDay() {
        String number = start(false, false, true);
        assertThat(reviews.byNumber(number).orElseThrow().preliminaryRecommendation()).isEqualTo("KEEP_STUDYING");
        hearAndConclude(number);
        assertThatThrownBy(() -> decide(number, "KEEP_STUDYING", null)).hasStackTraceContaining("BadUserRequestException");
        decide(number, "KEEP_STUDYING", "2027-06-01");
        ProcessInstance pi = instance(number);
        assertThat(pi).isWaitingAt("Event_ReReviewDue");
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(date("2027-06-01", LocalTime.MIDNIGHT));
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
        assertThat(pi).hasPassed("Task_ReopenReview").isWaitingAt("Task_HearCompetentMinistry");
        assertThat(acts(number)).contains("SECTOR_ADDITION_DECIDED:KEEP_STUDYING", "REVIEW_REOPENED");
    }

    /**
     * An administrator executes each timer of a review before its day (POST /engine-rest/job/{id}/execute): refused,
     * nothing changes, the timer waits; on its day the act happens. The results of the public comment are refused
     * during the period whatever asks for them (APA Art 42).
     */
    @Test
    void eachTimerExecutedEarlyByAnAdministratorWaitsForItsDay() throws Exception {
        TimerJobs timers = new TimerJobs(new ApiClient(json, port), management);

        String studied = start(false, false, true);
        hearAndConclude(studied);
        decide(studied, "KEEP_STUDYING", "2027-06-01");
        Job reReview = timer(studied);
        ClockUtil.setCurrentTime(date("2027-05-31", LocalTime.of(23, 59)));
        List<String> actsBefore = acts(studied);
        timers.assertRefusedBefore(reReview, "2027-06-01");
        assertThat(instance(studied)).isWaitingAt("Event_ReReviewDue");
        assertThat(reviews.byNumber(studied).orElseThrow().status()).isEqualTo("KEEP_STUDYING");
        assertThat(acts(studied)).isEqualTo(actsBefore);
        ClockUtil.setCurrentTime(date("2027-06-01", LocalTime.of(0, 1)));
        timers.executeOnItsDay(reReview);
        assertThat(instance(studied)).isWaitingAt("Task_HearCompetentMinistry");
        assertThat(acts(studied)).contains("REVIEW_REOPENED");

        ClockUtil.setCurrentTime(date("2026-11-26", LocalTime.NOON));
        String number = start(true, true, false);
        hearAndConclude(number);
        decide(number, "LIST", null);
        complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "TEST_EARLY_CONTROL: 制御", SECTOR_CODE, "TEST_EARLY",
                SECTOR_NAME_JA, "テスト早期", CRITERIA_DECISION_KEY, "Decision_DesignationCriteriaPort", "draftSummary", "政令案"));
        complete(number, "Task_StartPublicComment", Map.of("publicCommentStartOn", "2026-11-26", PUBLIC_COMMENT_LAST_DAY, "2026-12-25"));
        Job comments = timer(number);
        ClockUtil.setCurrentTime(date("2026-12-25", LocalTime.of(23, 59))); // the period's last day
        actsBefore = acts(number);
        timers.assertRefusedBefore(comments, "2026-12-26");
        assertThat(instance(number)).isWaitingAt("Event_PublicCommentEnded");
        assertThatThrownBy(() -> service.recordPublicCommentResults(CABINET_OFFICE, number, 1, "期間中の集計"))
                .isInstanceOf(BeforeItsDayException.class).hasMessageContaining("2026-12-26以降", "行政手続法第42条");
        assertThat(acts(number)).isEqualTo(actsBefore);
        assertThat(jdbc.queryForObject("select count(*) from document where procedure = 'SECTOR_ADDITION' and case_number = ?",
                Integer.class, number)).isZero();

        ClockUtil.setCurrentTime(date("2026-12-26", LocalTime.NOON));
        timers.executeOnItsDay(comments);
        complete(number, "Task_RecordPublicCommentResults", Map.of("commentsReceived", 3, "resultsSummary", "賛成多数"));
        complete(number, "Task_RecordCabinetDecision", Map.of("cabinetDecisionOn", "2026-12-26", "promulgatedOn", "2027-01-05",
                "orderNumber", "政令第2号（架空）", ENFORCEMENT_ON, "2027-04-01"));
        Job enforcement = timer(number);
        ClockUtil.setCurrentTime(date("2027-03-31", LocalTime.of(23, 59)));
        timers.assertRefusedBefore(enforcement, "2027-04-01");
        assertThat(sectors.sector("TEST_EARLY").filter(s -> s.active())).isEmpty();
        assertThat(acts(number)).doesNotContain("SECTOR_ACTIVE");
        ClockUtil.setCurrentTime(date("2027-04-01", LocalTime.of(0, 1)));
        timers.executeOnItsDay(enforcement);
        assertThat(sectors.sector("TEST_EARLY").orElseThrow().active()).isTrue();
        assertThat(acts(number)).contains("PUBLIC_COMMENT_RESULTS", "SECTOR_ACTIVE");
    }

    private Job timer(String number) {
        return management.createJobQuery().processInstanceId(instance(number).getId()).timers().singleResult();
    }

    /**
     * Every day an official enters follows the facts before it and none lies in the future (each refused as it was).
     * A refusal is logged as one warning line, not as the engine's ENGINE-16004 error with a stack trace.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void daysOutOfOrderWithTheReviewAreRefused(CapturedOutput log) throws Exception {
        String number = start(false, true, false); // incident of 2026-10-01
        assertRefused(number, "Task_HearCompetentMinistry", Map.of("hearingDate", "2026-09-30", "ministryExplanation", "x"),
                "ヒアリング実施日", "2026-10-01");
        // the same refusal as Tasklist sends it, over the engine REST: 400, and again one warning line
        String hearing = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_HearCompetentMinistry")
                .singleResult().getId();
        ApiClient.Answer answer = new ApiClient(json, port).call("POST", "/engine-rest/task/" + hearing + "/complete", "cao-official",
                Map.of("variables", Map.of("hearingDate", Map.of("value", "2026-09-30"), "ministryExplanation", Map.of("value", "x"))));
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
        assertThat(log.getOut()).containsPattern(" WARN .*Refused \\(InvalidInputException\\): "
                + "「ヒアリング実施日」は事案の発生日（2026-10-01）以後の日にしてください。\\R")
                .doesNotContain("ENGINE-16004").doesNotContain("ENGINE-REST-HTTP500")
                .doesNotContain("BadUserRequestException: 「ヒアリング実施日」");
        assertThat(log.getOut().split("Refused \\(InvalidInputException\\): 「ヒアリング実施日」は事案の発生日", -1)).hasSize(3);
        assertRefused(number, "Task_HearCompetentMinistry", Map.of("hearingDate", "2026-11-27", "ministryExplanation", "x"),
                "ヒアリング実施日", "将来");
        hearAndConclude(number); // hearing 2026-11-02, meetings 2026-11-10 and 2026-11-20
        assertRefused(number, "Task_DecideSectorAddition", Map.of(ADDITION_DECISION, "LIST", "decisionDate", "2026-11-19",
                "decisionReasons", "x"), "判断日", "2026-11-20");
        assertRefused(number, "Task_DecideSectorAddition", Map.of(ADDITION_DECISION, "LIST", "decisionDate", "2026-11-27",
                "decisionReasons", "x"), "判断日", "将来");
        decide(number, "LIST", null); // 2026-11-21
        assertRefused(number, "Task_AmendLaw", Map.of("billSubmittedOn", "2026-11-20", "dietPassedOn", "2026-11-24",
                "promulgatedOn", "2026-11-25", "lawNumber", "x"), "法案の国会提出日", "2026-11-21");
        complete(number, "Task_AmendLaw", Map.of("billSubmittedOn", "2026-11-21", "dietPassedOn", "2026-11-24",
                "promulgatedOn", "2026-11-25", "lawNumber", "令和8年法律第2号（架空）"));
        complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "TEST_ORDER_CONTROL: 制御", SECTOR_CODE, "TEST_ORDER",
                SECTOR_NAME_JA, "x", CRITERIA_DECISION_KEY, "Decision_DesignationCriteriaPort", "draftSummary", "x"));
        complete(number, "Task_StartPublicComment", Map.of("publicCommentStartOn", "2026-11-26", PUBLIC_COMMENT_LAST_DAY, "2026-12-25"));
        Job timer = management.createJobQuery().processInstanceId(instance(number).getId()).timers().singleResult();
        ClockUtil.setCurrentTime(date("2026-12-26", LocalTime.NOON));
        management.executeJob(timer.getId());
        complete(number, "Task_RecordPublicCommentResults", Map.of("commentsReceived", 1, "resultsSummary", "x"));
        assertRefused(number, "Task_RecordCabinetDecision", Map.of("cabinetDecisionOn", "2026-12-25", "promulgatedOn", "2027-01-05",
                "orderNumber", "x", ENFORCEMENT_ON, "2027-04-01"), "閣議決定日", "2026-12-25");
        assertRefused(number, "Task_RecordCabinetDecision", Map.of("cabinetDecisionOn", "2026-12-27", "promulgatedOn", "2027-01-05",
                "orderNumber", "x", ENFORCEMENT_ON, "2027-04-01"), "閣議決定日", "将来");
        assertThat(acts(number)).doesNotContain("CABINET_ORDER");
    }

    @Test
    void reasonsArePublishedAfterTheDecisionAndMeetingsFollowTheFacts() {
        String number = start(false, false, false);
        complete(number, "Task_HearCompetentMinistry", Map.of("hearingDate", "2026-11-02", "ministryExplanation", "説明"));
        complete(number, "Task_RecordCommitteeMeeting", Map.of("meetingDate", "2026-11-10", "agenda", "第1回", "minutesSummary", "議論",
                COMMITTEE_CONCLUDED, false));
        assertRefused(number, "Task_RecordCommitteeMeeting", Map.of("meetingDate", "2026-11-09", "agenda", "第2回",
                "minutesSummary", "x", COMMITTEE_CONCLUDED, false), "開催日", "2026-11-10");
        assertRefused(number, "Task_RecordCommitteeMeeting", Map.of("meetingDate", "2026-09-30", "agenda", "第2回",
                "minutesSummary", "x", COMMITTEE_CONCLUDED, false), "開催日", "2026-10-01");
        complete(number, "Task_RecordCommitteeMeeting", Map.of("meetingDate", "2026-11-20", "agenda", "第2回", "minutesSummary", "結論",
                COMMITTEE_CONCLUDED, true, "committeeConclusion", "対象としない"));
        decide(number, "DO_NOT_LIST", null); // 2026-11-21
        assertRefused(number, "Task_PublishNonListing", Map.of("publishedOn", "2026-11-20", "publicationReference", "x"),
                "理由の公表日", "2026-11-21");
        assertThat(acts(number)).doesNotContain("REASONS_PUBLISHED");
    }

    @Test
    void anIncidentInTheFutureIsRefused() {
        Map<String, Object> form = new HashMap<>(Map.of(REVIEW_NUMBER, "SR-FORM-FUTURE", BUSINESS_NAME, "フォーム事業（架空）",
                BUSINESS_DESCRIPTION, "架空", COMPETENT_MINISTRY, "MLIT", TRIGGER_KIND, "INCIDENT", INSIDE_STATUTORY_ITEMS, true,
                INCIDENT_DATE, "2026-11-27", INCIDENT_SUMMARY, "架空の事案"));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, form))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("事案の発生日");
        assertThat(reviews.byNumber("SR-FORM-FUTURE")).isEmpty();
    }

    private void assertRefused(String number, String taskKey, Map<String, Object> values, String... messageParts) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult().getId();
        assertThatThrownBy(() -> complete(number, taskKey, values)).hasStackTraceContaining("BadUserRequestException")
                .hasMessageContainingAll(messageParts);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as(taskKey + " still open").isOne();
    }

    /** The official picks the criteria table by its Japanese name; the form offers every one deployed, no key to type. */
    @Test
    void theDraftOrdersFormOffersEveryDeployedCriteriaTableByItsName() throws java.io.IOException {
        Map<String, String> deployed = new java.util.TreeMap<>();
        engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list().stream()
                .filter(table -> table.getKey().startsWith("Decision_DesignationCriteria"))
                .forEach(table -> deployed.put(table.getKey(), table.getName()));
        Map<String, String> offered = new java.util.TreeMap<>();
        try (var in = getClass().getClassLoader().getResourceAsStream("forms/Form_DraftOrders.form")) {
            for (var component : new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).findParents("key")) {
                if (CRITERIA_DECISION_KEY.equals(component.path("key").asText())) {
                    assertThat(component.path("type").asText()).isEqualTo("select");
                    component.path("values").forEach(v -> offered.put(v.path("value").asText(), v.path("label").asText()));
                }
            }
        }
        assertThat(offered).isEqualTo(deployed).isNotEmpty();
        assertThat(offered.values()).allSatisfy(label -> assertThat(label).startsWith("特定社会基盤事業者の指定基準（"));
    }

    @Test
    void theSeedStoriesAreLoadedAtRealisticStages() {
        var port = reviews.byNumber("DEMO-PORT-2023").orElseThrow();
        assertThat(port.preliminaryRecommendation()).isEqualTo("LIST");
        assertThat(reviews.meetings(port.id())).extracting(SectorReviewRepository.Meeting::heldOn).containsExactly(
                LocalDate.of(2023, 7, 31), LocalDate.of(2023, 9, 29), LocalDate.of(2023, 11, 30), LocalDate.of(2024, 1, 24));
        assertThat(instance("DEMO-PORT-2023")).isWaitingAt("Task_AmendLaw");
        // as the seed tells it: the direction of January 2024 "to add" (its day illustrative), the committee once
        var portActs = caseFile.acts(Procedure.SECTOR_ADDITION, "DEMO-PORT-2023");
        assertThat(portActs).filteredOn(act -> act.actType() == jp.espa.kikan.registry.LegalActType.SECTOR_ADDITION_DECIDED)
                .singleElement().satisfies(act -> assertThat(act.text()).contains("追加する方向で検討", "2024年1月", "例示"));
        assertThat(portActs).filteredOn(act -> act.actType() == jp.espa.kikan.registry.LegalActType.HEARING)
                .allSatisfy(act -> assertThat(act.text()).doesNotContain("ヒアリングを実施"));
        assertThat(caseFile.acts(Procedure.SECTOR_ADDITION, "DEMO-MEDICAL-HOSPITALS").toString()).contains("VPN機器経由の可能性が高い");
        assertThat(reviews.byNumber("DEMO-MEDICAL-HOSPITALS").orElseThrow().preliminaryRecommendation()).isEqualTo("DO_NOT_LIST");
        assertThat(instance("DEMO-MEDICAL-HOSPITALS")).isWaitingAt("Task_DecideSectorAddition");
        assertThat(reviews.byNumber("DEMO-MEDICAL-DX").orElseThrow().preliminaryRecommendation()).isEqualTo("KEEP_STUDYING");
        assertThat(instance("DEMO-MEDICAL-DX")).isWaitingAt("Task_DecideSectorAddition");
    }

    @Test
    void theCabinetOfficeStartsAReviewFromTheTasklistStartForm() {
        Map<String, Object> form = new HashMap<>(Map.of(REVIEW_NUMBER, "SR-FORM-1", BUSINESS_NAME, "フォーム事業（架空）",
                BUSINESS_DESCRIPTION, "架空", COMPETENT_MINISTRY, "MLIT", TRIGGER_KIND, "INCIDENT", INSIDE_STATUTORY_ITEMS, true,
                "indispensable", true, "equipmentConceivable", true, "operatorConceivable", true));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, form)) // an incident needs its date
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("事案の発生日");
        assertThat(reviews.byNumber("SR-FORM-1")).isEmpty();

        form.putAll(Map.of(INCIDENT_DATE, "2026-10-01", INCIDENT_SUMMARY, "架空の事案"));
        DeployedForms.assertOnStartForm(engine, PROCESS, form.keySet());
        ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS, form);
        assertThat(pi).hasPassed("Task_ApplyExclusionCriteria").isWaitingAt("Task_HearCompetentMinistry");
        assertThat(reviews.byNumber("SR-FORM-1").orElseThrow().preliminaryRecommendation()).isEqualTo("LIST");
        assertThat(tasks.getIdentityLinksForTask(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("cabinet-office"));
    }
}
