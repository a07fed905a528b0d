package jp.espa.kikan.sectoraddition;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.TestBodies;
import jp.espa.kikan.support.ApiClient.Answer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The sector review API over real HTTP: starting reviews, recording committee meetings, querying reviews and sectors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SectorReviewApiTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;



    Answer call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(json, port).call(method, path, user, body);
    }

    ObjectNode review(String number) {
        return TestBodies.sectorReview(json, number, "MLIT");
    }

    long reviews() {
        return jdbc.queryForObject("select count(*) from sector_review", Long.class);
    }

    @Test
    void theCabinetOfficeStartsReviewsOnceAndBadInputCreatesNothing() throws Exception {
        long before = reviews();
        assertThat(call("POST", "/api/sector-reviews", "mlit-reviewer", review("API-SR-1")).status()).isEqualTo(403);
        ObjectNode unknownFact = review("API-SR-2");
        ((ObjectNode) unknownFact.get("facts")).put("popularity", true);
        Answer bad = call("POST", "/api/sector-reviews", "cao-official", unknownFact);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asText()).isEqualTo("facts.popularity");
        ObjectNode incidentWithoutDate = review("API-SR-3");
        ((ObjectNode) incidentWithoutDate.get("trigger")).put("kind", "INCIDENT");
        assertThat(call("POST", "/api/sector-reviews", "cao-official", incidentWithoutDate).body().get("errors").get(0)
                .get("field").asText()).isEqualTo("trigger");
        assertThat(reviews()).isEqualTo(before);

        Answer created = call("POST", "/api/sector-reviews", "cao-official", review("API-SR-4"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("preliminaryRecommendation").asText()).isEqualTo("LIST");
        assertThat(call("POST", "/api/sector-reviews", "cao-official", review("API-SR-4")).status()).isEqualTo(200);
        assertThat(reviews()).isEqualTo(before + 1);
    }

    @Test
    void theCompetentMinistryRecordsCommitteeMeetingsWhenTheReviewIsAtThatStage() throws Exception {
        call("POST", "/api/sector-reviews", "cao-official", review("API-SR-5"));
        ObjectNode meeting = json.createObjectNode().put("meetingDate", "2026-11-20").put("agenda", "第1回")
                .put("minutesSummary", "議論").put("concluded", false);
        assertThat(call("POST", "/api/sector-reviews/API-SR-5/committee-meetings", "mlit-reviewer", meeting).status()).isEqualTo(409);

        JsonNode hearing = call("GET", "/engine-rest/task?processInstanceBusinessKey=API-SR-5", "cao-official", null).body();
        ObjectNode form = json.createObjectNode();
        ObjectNode variables = form.putObject("variables");
        variables.putObject("hearingDate").put("value", "2026-11-10");
        variables.putObject("ministryExplanation").put("value", "説明");
        assertThat(call("POST", "/engine-rest/task/" + hearing.get(0).get("id").asText() + "/submit-form", "cao-official", form).status())
                .isEqualTo(204);

        assertThat(call("POST", "/api/sector-reviews/API-SR-5/committee-meetings", "meti-reviewer", meeting).status()).isEqualTo(403);
        Answer first = call("POST", "/api/sector-reviews/API-SR-5/committee-meetings", "mlit-reviewer", meeting);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("meetingNo").asInt()).isEqualTo(1);
        meeting.put("concluded", true);
        assertThat(call("POST", "/api/sector-reviews/API-SR-5/committee-meetings", "mlit-reviewer", meeting).body().get("errors")
                .get(0).get("field").asText()).isEqualTo("conclusion");
        meeting.put("conclusion", "追加すべき").put("meetingDate", "2026-11-25");
        assertThat(call("POST", "/api/sector-reviews/API-SR-5/committee-meetings", "mlit-reviewer", meeting).body().get("meetingNo").asInt())
                .isEqualTo(2);

        // the deliberations are for the Cabinet Office and the ministries, not for the operators' portal
        assertThat(call("GET", "/api/sector-reviews/API-SR-5", "portal", null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/sector-reviews", "portal", null).status()).isEqualTo(404);
        JsonNode view = call("GET", "/api/sector-reviews/API-SR-5", "meti-reviewer", null).body();
        assertThat(view.get("meetings")).hasSize(2);
        assertThat(view.get("meetings").get(1).get("concluded").asBoolean()).isTrue();
        assertThat(view.get("acts").toString()).contains("COMMITTEE_CONCLUDED").contains("mlit-reviewer");
        assertThat(call("GET", "/api/sectors", "portal", null).body().toString()).contains("\"code\":\"PORT\"");
    }
}
