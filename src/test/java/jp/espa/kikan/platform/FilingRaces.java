package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.TestBodies;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Numbers filed once, over real HTTP (run on H2 and on PostgreSQL by the subclasses). Many calls filing one new client
 * number at once: every endpoint that takes a client number creates one record and one process, and every caller gets
 * it, the winner with 201 and each loser with 200 — never 400 "already registered" or 500. Another request under a
 * known number, or a number an official registered, is refused with 409 and changes nothing. Steps completed by many
 * copies at once (a committee meeting, a report) happen once, and no copy gets a 500.
 */
abstract class FilingRaces {

    private static final int CALLERS = 50;
    private static final String RAILWAY_OPERATOR = "6999901000002";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;

    @Test
    void racingPlansMakeOneCase() throws Exception {
        String number = number("RACE-PLAN");
        raceAndExpectOne("/api/screenings", "portal", TestBodies.plan(json, number), body -> body.get("caseId"),
                "screening_case", "application_number", number);
    }

    @Test
    void racingEmergencyNotificationsMakeOneCase() throws Exception {
        String number = number("RACE-EMERGENCY");
        raceAndExpectOne("/api/emergency-notifications", "portal", TestBodies.emergencyNotification(json, number),
                body -> body.get("caseId"), "screening_case", "application_number", number);
    }

    @Test
    void racingDesignationProposalsMakeOneCase() throws Exception {
        String number = number("RACE-PROPOSAL");
        String corporateNumber = TestBodies.corporateNumber((int) (System.nanoTime() % 9_000) + 500);
        raceAndExpectOne("/api/designation-proposals", "mlit-reviewer", TestBodies.designationProposal(json, number, corporateNumber),
                body -> body.get(0).get("designationCaseId"), "designation_case", "proposal_number", number);
        assertThat(rows("operator", "corporate_number", corporateNumber)).isEqualTo(1);
    }

    @Test
    void racingSectorReviewsMakeOneReview() throws Exception {
        String number = number("RACE-REVIEW");
        raceAndExpectOne("/api/sector-reviews", "cao-official", TestBodies.sectorReview(json, number, "MLIT"),
                body -> body.get("reviewId"), "sector_review", "review_number", number);
    }

    @Test
    void racingCommitteeMeetingsRecordOneMeeting() throws Exception {
        String number = number("RACE-MEETING");
        assertThat(call("POST", "/api/sector-reviews", "cao-official", TestBodies.sectorReview(json, number, "MLIT")).status())
                .isEqualTo(201);
        ObjectNode hearing = form(Map.of("hearingDate", LocalDate.now(StatutoryPeriods.TOKYO).minusDays(2).toString(),
                "ministryExplanation", "説明"));
        String task = call("GET", "/engine-rest/task?processInstanceBusinessKey=" + number, "cao-official", null).body()
                .get(0).get("id").asText();
        assertThat(call("POST", "/engine-rest/task/" + task + "/submit-form", "cao-official", hearing).status()).isEqualTo(204);
        ObjectNode meeting = json.createObjectNode().put("meetingDate", LocalDate.now(StatutoryPeriods.TOKYO).minusDays(1).toString())
                .put("agenda", "第1回").put("minutesSummary", "議論").put("concluded", false);

        List<Answer> answers = race("/api/sector-reviews/" + number + "/committee-meetings", "mlit-reviewer", meeting);

        assertThat(answers).as("every copy gets the meeting: %s", answers)
                .allSatisfy(answer -> assertThat(answer.status()).isIn(200, 201));
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.body().get("meetingNo").asInt()).isEqualTo(1));
        assertThat(jdbc.queryForObject("select count(*) from committee_meeting m join sector_review r on r.id = m.review_id "
                + "where r.review_number = ?", Long.class, number)).isEqualTo(1);
    }

    @Test
    void racingReportsRecordOneReport() throws Exception {
        ObjectNode request = json.createObjectNode().put("kind", "REPORT").put("corporateNumber", RAILWAY_OPERATOR)
                .put("sectorCode", "RAILWAY").put("purpose", "PLAN_REVIEW").put("matters", "保守の委託先")
                .put("dueOn", LocalDate.now(StatutoryPeriods.TOKYO).plusDays(14).toString());
        String number = call("POST", "/api/inspections", "mlit-reviewer", request).body().get("caseNumber").asText();

        List<Answer> answers = race("/api/inspections/" + number + "/report", "portal-railway",
                json.createObjectNode().put("summary", "委託先一覧"));

        // one report; every other copy finds it filed
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).as("%s", answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        });
        assertThat(jdbc.queryForObject("select count(*) from case_act where case_number = ? and act_type = 'REPORT_SUBMITTED'",
                Long.class, number)).isEqualTo(1);
    }

    /**
     * An official registers a paper emergency notification under a number; the portal's plan under that number is
     * refused, not answered with the official's case (and so dropped). Nothing of the paper case is shown or changed.
     */
    @Test
    void anOfficialsRegistrationIsNotAnsweredToThePortalsPlan() throws Exception {
        String number = number("RESERVED");
        ObjectNode paper = form(Map.ofEntries(Map.entry("trigger", "EMERGENCY_NOTIFICATION"), Map.entry("applicationNumber", number),
                Map.entry("operatorCorporateNumber", RAILWAY_OPERATOR), Map.entry("sectorCode", "RAILWAY"),
                Map.entry("equipmentCategoryCode", "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL"), Map.entry("outline", "運行管理サーバ"),
                Map.entry("introducedOn", LocalDate.now(StatutoryPeriods.TOKYO).minusDays(1).toString()),
                Map.entry("urgencyReason", "故障による緊急交換"), Map.entry("supplierName", "デモシステム株式会社"),
                Map.entry("supplierAddress", "東京都（架空）"), Map.entry("supplierCountry", "JP"),
                Map.entry("supplierCorporateNumber", "5999901000003"), Map.entry("foreignGovernmentSalesShare", 0),
                Map.entry("plantCountry", "JP"), Map.entry("emergencyCase", "SERVICE_DISRUPTION_THREATENED")));
        Answer registered = call("POST", "/engine-rest/process-definition/key/PostIntroductionReviewProcess/submit-form",
                "mlit-reviewer", paper);
        assertThat(registered.status()).as(String.valueOf(registered.body())).isEqualTo(200);
        String paperCase = jdbc.queryForObject("select cast(id as varchar(36)) from screening_case where application_number = ?",
                String.class, number);

        for (String portal : List.of("portal", "portal-railway")) {
            Answer plan = call("POST", "/api/screenings", portal, TestBodies.plan(json, number));
            assertConflict(plan);
            assertThat(plan.body().toString()).doesNotContain(paperCase);
            assertConflict(call("POST", "/api/emergency-notifications", portal, TestBodies.emergencyNotification(json, number)));
        }
        assertThat(jdbc.queryForMap("select kind, submitted_by from screening_case where application_number = ?", number))
                .containsEntry("kind", "EMERGENCY_NOTIFICATION").containsEntry("submitted_by", "mlit-reviewer");
        assertThat(rows("screening_case", "application_number", number)).isEqualTo(1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    /** The same request again answers with its record; another operator's, account's, kind's or content's gets 409. */
    @Test
    void aKnownApplicationNumberTakesOnlyTheSameRequest() throws Exception {
        String number = number("KNOWN-PLAN");
        ObjectNode plan = TestBodies.plan(json, number);
        Answer filed = call("POST", "/api/screenings", "portal", plan);
        assertThat(filed.status()).isEqualTo(201);
        Answer again = call("POST", "/api/screenings", "portal", plan);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("caseId")).isEqualTo(filed.body().get("caseId"));

        ObjectNode otherContent = plan.deepCopy();
        otherContent.with("plan").put("outline", "別の設備の計画");
        ObjectNode otherSector = plan.deepCopy().put("sectorCode", "ELECTRICITY");
        assertConflict(call("POST", "/api/screenings", "portal", otherContent));
        assertConflict(call("POST", "/api/screenings", "portal", otherSector));
        assertConflict(call("POST", "/api/screenings", "portal-railway", plan));
        assertConflict(call("POST", "/api/emergency-notifications", "portal", TestBodies.emergencyNotification(json, number)));
        assertThat(jdbc.queryForObject("select outline from screening_case where application_number = ?", String.class, number))
                .isEqualTo(plan.get("plan").get("outline").asText());
        assertThat(rows("screening_case", "application_number", number)).isEqualTo(1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    @Test
    void aKnownProposalOrReviewNumberTakesOnlyTheSameRequest() throws Exception {
        String proposal = number("KNOWN-PROPOSAL");
        ObjectNode proposed = TestBodies.designationProposal(json, proposal, TestBodies.corporateNumber((int) (System.nanoTime() % 9_000) + 500));
        assertThat(call("POST", "/api/designation-proposals", "mlit-reviewer", proposed).status()).isEqualTo(201);
        assertThat(call("POST", "/api/designation-proposals", "mlit-reviewer", proposed).status()).isEqualTo(200);
        ObjectNode renamed = proposed.deepCopy();
        ((ObjectNode) renamed.get("candidates").get(0)).put("operatorName", "別の鉄道株式会社（架空）");
        assertConflict(call("POST", "/api/designation-proposals", "mlit-reviewer", renamed));
        assertThat(rows("designation_case", "proposal_number", proposal)).isEqualTo(1);

        String review = number("KNOWN-REVIEW");
        ObjectNode started = TestBodies.sectorReview(json, review, "MLIT");
        assertThat(call("POST", "/api/sector-reviews", "cao-official", started).status()).isEqualTo(201);
        // the same facts written in another order are the same request
        ObjectNode reordered = started.deepCopy();
        reordered.set("facts", json.createObjectNode().put("operatorConceivable", true).put("equipmentConceivable", true)
                .put("indispensable", true));
        assertThat(call("POST", "/api/sector-reviews", "cao-official", reordered).status()).isEqualTo(200);
        assertConflict(call("POST", "/api/sector-reviews", "cao-official", started.deepCopy().put("competentMinistry", "METI")));
        assertThat(rows("sector_review", "review_number", review)).isEqualTo(1);
    }

    private static void assertConflict(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    private Answer call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(json, port).call(method, path, user, body);
    }

    private ObjectNode form(Map<String, Object> values) {
        ObjectNode body = json.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((name, value) -> variables.putObject(name).set("value", json.valueToTree(value)));
        return body;
    }

    /** One 201, every other answer 200, all with the same id; one row under the number and one process instance. */
    private void raceAndExpectOne(String path, String user, Object body, Function<JsonNode, JsonNode> id, String table,
                                  String column, String number) throws Exception {
        List<Answer> answers = race(path, user, body);
        assertThat(answers).as("every caller gets the record: %s", answers)
                .allSatisfy(answer -> assertThat(answer.status()).isIn(200, 201));
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers.stream().map(answer -> id.apply(answer.body()).asText()).distinct()).hasSize(1);
        assertThat(rows(table, column, number)).isEqualTo(1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    private List<Answer> race(String path, String user, Object body) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                calls.add(callers.submit(() -> {
                    go.await();
                    return new ApiClient(json, port).call("POST", path, user, body);
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            callers.shutdownNow();
        }
    }

    private long rows(String table, String column, String value) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, value);
    }

    private static String number(String prefix) {
        return prefix + "-" + System.nanoTime();
    }
}
