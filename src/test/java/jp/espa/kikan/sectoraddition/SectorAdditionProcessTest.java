package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    @Autowired jp.espa.kikan.criteria.CriteriaDrafts criteriaDrafts;
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
                CRITERIA_DRAFT_NUMBER, criteriaDraft(sectorCode), "draftSummary", "政令案"));
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
        assertThat(sector.nameJa()).isEqualTo("テスト物流");
        assertThat(sector.criteriaDecisionKey()).isEqualTo("Decision_DesignationCriteriaTestLogistics");
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
    void listingInsideTheStatutoryItemsNeedsOnlyACabinetOrder() throws Exception {
        String number = start(true, true, false);
        hearAndConclude(number);
        decide(number, "LIST", null);
        assertThat(instance(number)).isWaitingAt("Task_DraftOrders");
        // only a draft of criteria for a new sector of the review's ministry, not yet enacted: not an unknown number, not
        // another ministry's, not an existing sector's (its activation would rewrite a sector in force)
        String railwayDraft = thresholdsDraft("RAILWAY", null);
        String otherMinistrys = criteriaDraft("TEST_METI_X", "METI");
        for (String refused : List.of("TEST_NO_SUCH-D1", otherMinistrys, railwayDraft)) {
            assertThatThrownBy(() -> complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "TEST_X_CONTROL: y",
                    CRITERIA_DRAFT_NUMBER, refused, "draftSummary", "x"))).as(refused)
                    .hasRootCauseMessage("指定基準の案 " + refused + " は所管省庁の新たな対象事業の案（未施行）ではありません。");
        }
        String draft = criteriaDraft("TEST_X");
        assertThatThrownBy(() -> complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES,
                "PORT_TERMINAL_OPERATION_SYSTEM: TOS", CRITERIA_DRAFT_NUMBER, draft, "draftSummary", "x")))
                .rootCause().hasMessageContaining("PORT_TERMINAL_OPERATION_SYSTEM");
        assertThat(instance(number)).isWaitingAt("Task_DraftOrders");
    }

    @Test
    void publicCommentShorterThanThirtyDaysNeedsAStatedReason() {
        String number = start(true, true, false);
        hearAndConclude(number);
        decide(number, "LIST", null);
        complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "TEST_PC_CONTROL: 制御",
                CRITERIA_DRAFT_NUMBER, criteriaDraft("TEST_PC"), "draftSummary", "x"));
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
        complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "TEST_EARLY_CONTROL: 制御",
                CRITERIA_DRAFT_NUMBER, criteriaDraft("TEST_EARLY"), "draftSummary", "政令案"));
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
        complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "TEST_ORDER_CONTROL: 制御",
                CRITERIA_DRAFT_NUMBER, criteriaDraft("TEST_ORDER"), "draftSummary", "x"));
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

    /**
     * The official picks a draft of criteria by its number, summary and what it would catch on the registry: the form's
     * select reads the drafts the step offers (the review's ministry's new-sector drafts), no fixed list.
     */
    @Test
    void theDraftOrdersFormOffersTheMinistrysNewSectorDraftsWithWhatTheyWouldCatch() throws java.io.IOException {
        String offered = criteriaDraft("TEST_OFFERED");
        String otherMinistrys = criteriaDraft("TEST_OFFERED_METI", "METI");
        String number = start(true, true, false);
        hearAndConclude(number);
        decide(number, "LIST", null);
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_DraftOrders").singleResult();
        String options = String.valueOf(tasks.getVariable(task.getId(), CRITERIA_DRAFT_OPTIONS));
        assertThat(options).contains("\"value\":\"" + offered + "\"", "特定社会基盤事業者の指定基準（テスト物流）案 第1版（" + offered + "）: 報告のある事業者 0 のうち 0 が該当")
                .doesNotContain(otherMinistrys).doesNotContain("RAILWAY");
        assertThat((String) tasks.getVariable(task.getId(), CRITERIA_DRAFTS))
                .contains("特定社会基盤事業者の指定基準（テスト物流）案 第1版: 報告のある事業者 0 のうち 0 が該当\n年間80万TEU以上（テスト）");
        try (var in = getClass().getClassLoader().getResourceAsStream("forms/Form_DraftOrders.form")) {
            var select = new ObjectMapper().readTree(in).findParents("key").stream()
                    .filter(c -> CRITERIA_DRAFT_NUMBER.equals(c.path("key").asText())).findFirst().orElseThrow();
            assertThat(select.path("type").asText()).isEqualTo("select");
            assertThat(select.path("valuesKey").asText()).isEqualTo(CRITERIA_DRAFT_OPTIONS);
            assertThat(select.has("values")).isFalse();
        }
    }

    /**
     * From draft to law to cases: the draft the orders take becomes the new sector's live table on the enforcement day
     * and the designation procedure proposes exactly the operators meeting it (at and above 800,000 TEU, not below);
     * the enforcement run again starts nothing. A later amendment enacted over the API reviews exactly the designations
     * no longer meeting the live table (Art 51), and is refused as it should be, changing nothing.
     */
    @Test
    void theEnforcedDraftProposesTheOperatorsNewlyMeetingItAndReviewsThoseNoLongerMeetingIt() throws Exception {
        String draft = criteriaDraft("TEST_ENACTED");
        Map<String, Integer> teu = Map.of(enacted(1), 900_000, enacted(2), 800_000, enacted(3), 799_999);
        teu.forEach((operator, value) -> report("TEST_ENACTED", operator, value));
        String number = start(true, true, false);
        hearAndConclude(number);
        decide(number, "LIST", null);
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_DraftOrders").singleResult();
        assertThat(String.valueOf(tasks.getVariable(task.getId(), CRITERIA_DRAFT_OPTIONS)))
                .contains("（" + draft + "）: 報告のある事業者 3 のうち 2 が該当");
        complete(number, "Task_DraftOrders", Map.of(EQUIPMENT_CATEGORIES, "TEST_ENACTED_CONTROL: 制御",
                CRITERIA_DRAFT_NUMBER, draft, "draftSummary", "政令案"));
        assertThat(reviews.byNumber(number).orElseThrow().criteriaDraftNumber()).isEqualTo(draft);
        complete(number, "Task_StartPublicComment", Map.of("publicCommentStartOn", "2026-11-26", PUBLIC_COMMENT_LAST_DAY, "2026-12-25"));
        ClockUtil.setCurrentTime(date("2026-12-26", LocalTime.NOON));
        management.executeJob(timer(number).getId());
        complete(number, "Task_RecordPublicCommentResults", Map.of("commentsReceived", 1, "resultsSummary", "賛成"));
        complete(number, "Task_RecordCabinetDecision", Map.of("cabinetDecisionOn", "2026-12-26", "promulgatedOn", "2027-01-05",
                "orderNumber", "政令第3号（架空）", ENFORCEMENT_ON, "2027-04-01"));
        ClockUtil.setCurrentTime(date("2027-04-01", LocalTime.of(0, 1)));
        assertThat(proposals(draft)).isEmpty();

        management.executeJob(timer(number).getId());

        assertThat(jdbc.queryForObject("select status from criteria_draft where draft_number = ?", String.class, draft))
                .isEqualTo("ENACTED");
        assertThat(proposals(draft)).containsExactlyInAnyOrder(draft + "-" + enacted(1), draft + "-" + enacted(2));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("DesignationProcess")
                .processInstanceBusinessKey(draft + "-" + enacted(1)).count()).isOne();
        assertThat(criteriaDrafts.enact(draft, LocalDate.of(2027, 4, 1), "again")).isEmpty(); // enforcement re-run
        assertThat(proposals(draft)).hasSize(2);

        // an operator designated meanwhile (900,000 TEU) and one that stays above the amended threshold
        java.util.UUID designated = operator(enacted(4), 900_000);
        jdbc.update("insert into designation (id, operator_id, sector_code, designated_on, grace_ends_on) values (?, ?, ?, ?, ?)",
                java.util.UUID.randomUUID(), designated, "TEST_ENACTED", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 9, 30));
        java.util.UUID staying = operator(enacted(5), 1_200_000);
        jdbc.update("insert into designation (id, operator_id, sector_code, designated_on, grace_ends_on) values (?, ?, ?, ?, ?)",
                java.util.UUID.randomUUID(), staying, "TEST_ENACTED", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 9, 30));
        String amendment = thresholdsDraft("TEST_ENACTED", 1_000_000);
        ApiClient api = new ApiClient(json, port);
        String path = "/api/criteria-drafts/" + amendment + "/enactment";
        assertThat(api.call("POST", path, "mlit-reviewer", Map.of("enforcedOn", "2027-04-02")).status()).isEqualTo(400);
        assertThat(api.call("POST", path, "meti-reviewer", Map.of("enforcedOn", "2027-04-01")).status()).isEqualTo(404);
        assertThat(api.call("POST", path, "cao-official", Map.of("enforcedOn", "2027-04-01")).status()).isEqualTo(403);
        assertThat(api.call("POST", path, "mlit-reviewer", Map.of()).status()).isEqualTo(400);
        String newSectorDraft = criteriaDraft("TEST_NOT_ENACTED");
        ApiClient.Answer notThisWay = api.call("POST", "/api/criteria-drafts/" + newSectorDraft + "/enactment", "mlit-reviewer",
                Map.of("enforcedOn", "2027-04-01"));
        assertThat(notThisWay.status()).isEqualTo(400);
        assertThat(notThisWay.body().get("errors").get(0).get("field").asText()).isEqualTo("draftNumber");
        assertThat(jdbc.queryForObject("select count(*) from criteria_draft where draft_number in (?, ?) and status = 'DRAFT'",
                Integer.class, amendment, newSectorDraft)).isEqualTo(2);
        assertThat(revocations()).isEmpty();

        ApiClient.Answer enactedNow = api.call("POST", path, "mlit-reviewer", Map.of("enforcedOn", "2027-04-01"));

        assertThat(enactedNow.status()).as(String.valueOf(enactedNow.body())).isEqualTo(200);
        assertThat(enactedNow.body().get("status").asText()).isEqualTo("ENACTED");
        assertThat(revocations()).containsExactly("DESIGNATION-" + jdbc.queryForObject(
                "select id from designation where operator_id = ?", java.util.UUID.class, designated));
        assertThat(proposals(amendment)).isEmpty(); // nobody newly meets a raised threshold
        assertThat(api.call("POST", path, "mlit-reviewer", Map.of("enforcedOn", "2027-04-01")).status()).isEqualTo(409);
        assertThat(revocations()).hasSize(1);
    }

    private static String enacted(int serial) {
        return jp.espa.kikan.support.CorporateNumbers.of(String.format("99992400%04d", serial));
    }

    /** An Art 58(1) answer: the same TEU for the fiscal years 2025 and 2026. */
    private void report(String sectorCode, String corporateNumber, int teu) {
        ObjectNode body = json.createObjectNode().put("sectorCode", sectorCode).put("corporateNumber", corporateNumber)
                .put("operatorName", "港湾" + corporateNumber + "株式会社（架空）").put("receivedOn", "2026-11-26")
                .put("reference", "報告徴収への回答（テスト）");
        var figures = body.putArray("figures");
        for (int year : new int[] {2025, 2026}) {
            figures.addObject().put("code", "teu").put("fiscalYear", year).put("number", teu);
        }
        try {
            ApiClient.Answer answer = new ApiClient(json, port).call("POST", "/api/business-reports", "mlit-reviewer", body);
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.UUID operator(String corporateNumber, int teu) {
        ClockUtil.setCurrentTime(date("2026-11-26", LocalTime.NOON));
        report("TEST_ENACTED", corporateNumber, teu);
        ClockUtil.setCurrentTime(date("2027-04-01", LocalTime.NOON));
        return jdbc.queryForObject("select id from operator where corporate_number = ?", java.util.UUID.class, corporateNumber);
    }

    private List<String> proposals(String draftNumber) {
        return jdbc.queryForList("select proposal_number from designation_case where proposal_number like ?", String.class,
                draftNumber + "-%");
    }

    private List<String> revocations() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("RevocationProcess").list().stream()
                .map(ProcessInstance::getBusinessKey).filter(key -> jdbc.queryForObject("select count(*) from designation d "
                        + "where 'DESIGNATION-' || cast(d.id as varchar(36)) = ? and d.sector_code = 'TEST_ENACTED'", Integer.class,
                        key) > 0).toList();
    }

    /** A new sector's draft of criteria (80万TEU) by a ministry, over the API; its number. */
    private String criteriaDraft(String sectorCode, String ministry) {
        ObjectNode body = json.createObjectNode().put("sectorCode", sectorCode).put("sectorNameJa", "テスト物流")
                .put("competentMinistry", ministry).put("summary", "年間80万TEU以上（テスト）");
        body.putArray("criteria").addObject().put("measureCode", "teu").put("labelJa", "コンテナ取扱量（TEU）")
                .put("atLeast", 800_000).put("descriptionJa", "年間のコンテナ取扱量が八十万TEU以上であること（テスト）");
        return draft(body, ministry.toLowerCase() + "-reviewer");
    }

    private String criteriaDraft(String sectorCode) {
        return criteriaDraft(sectorCode, "MLIT");
    }

    private String draft(ObjectNode body, String account) {
        try {
            ApiClient.Answer answer = new ApiClient(json, port).call("POST", "/api/criteria-drafts", account, body);
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
            return answer.body().get("draftNumber").asText();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A draft of a live sector with its live table's thresholds, the first one set to {@code firstValue} (null: as is). */
    private String thresholdsDraft(String sectorCode, Number firstValue) throws Exception {
        ObjectNode body = json.createObjectNode().put("sectorCode", sectorCode).put("summary", "閾値を改める案（テスト）");
        var thresholds = body.putArray("thresholds");
        new ApiClient(json, port).call("GET", "/api/criteria-drafts/live-thresholds?sectorCode=" + sectorCode, "mlit-reviewer", null)
                .body().forEach(t -> thresholds.addObject().put("ruleId", t.get("ruleId").asText()).put("input", t.get("input").asText())
                        .put("value", t.get("value").decimalValue()));
        if (firstValue != null) {
            ((ObjectNode) thresholds.get(0)).put("value", firstValue.longValue());
        }
        return draft(body, "mlit-reviewer");
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
