package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.TestBodies;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many calls filing one new client number at once, over real HTTP (run on H2 and on PostgreSQL by the subclasses):
 * every endpoint that takes a client number creates one record and one process, and every caller gets it, the
 * winner with 201 and each loser with 200 — never 400 "already registered" or 500.
 */
abstract class FilingRaces {

    private static final int CALLERS = 20;

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
