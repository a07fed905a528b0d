package jp.espa.kikan.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.WebappSession;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reports and on-site inspections over real HTTP: the project API (/api/inspections) and the engine's surfaces
 * (/engine-rest and the webapps' /camunda/api/engine), as the demo accounts. Refusals answer problem+json and leave
 * the registry and the engine as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReportAndInspectionApiTest {

    private static final String RAILWAY_OPERATOR = "6999901000002";
    private static final String ENGINE_REST = "/engine-rest/";
    private static final String WEBAPP = "/camunda/api/engine/engine/default/";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    private final Map<String, WebappSession> sessions = new HashMap<>();

    @Test
    void theMinistryRequestsTheRepresentingPortalReportsOnceAndEveryoneElseIsToldNothing() throws Exception {
        Answer requested = api("POST", "/api/inspections", "mlit-reviewer", request("REPORT", 14));
        assertThat(requested.status()).as(String.valueOf(requested.body())).isEqualTo(201);
        String number = requested.body().get("caseNumber").asText();
        assertThat(number).matches("INSPECTION-[0-9]+");
        assertThat(requested.body().get("status").asText()).isEqualTo("AWAITING_REPORT");
        assertThat(requested.body().get("dueOn").asText()).isEqualTo(today().plusDays(14).toString());

        assertThat(api("GET", "/api/inspections/" + number, "meti-reviewer", null).status()).isEqualTo(404);
        assertThat(api("GET", "/api/inspections/" + number, "cao-official", null).status()).isEqualTo(200);
        Answer notPortal = api("POST", "/api/inspections/" + number + "/report", "mlit-reviewer", report("x"));
        assertThat(notPortal.status()).isEqualTo(403);
        assertThat(notPortal.contentType()).startsWith("application/problem+json");

        Answer reported = api("POST", "/api/inspections/" + number + "/report", "portal-railway", report("委託先一覧"));
        assertThat(reported.status()).as(String.valueOf(reported.body())).isEqualTo(201);
        assertThat(reported.body().get("late").asBoolean()).isFalse();
        Answer again = api("POST", "/api/inspections/" + number + "/report", "portal-railway", report("もう一度"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        JsonNode view = api("GET", "/api/inspections/" + number, "portal-railway", null).body();
        assertThat(view.get("status").asText()).isEqualTo("REPORT_RECEIVED");
        assertThat(actTypes(view)).containsExactly("REPORT_REQUESTED", "REPORT_SUBMITTED");
        assertThat(api("GET", "/api/inspections/INSPECTION-999999999", "mlit-reviewer", null).status()).isEqualTo(404);
        assertThat(api("GET", "/api/inspections/not-a-case", "mlit-reviewer", null).status()).isEqualTo(404);
    }

    /** The written request reaches the representing portal as the ministry's other documents do; no one else's. */
    @Test
    void theReportRequestsDocumentIsDownloadableByTheMinistryAndTheRepresentingPortal() throws Exception {
        String number = api("POST", "/api/inspections", "mlit-reviewer", request("REPORT", 14)).body().get("caseNumber").asText();
        JsonNode listed = api("GET", "/api/cases/inspection/" + number + "/documents", "portal-railway", null).body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("kind").asText()).isEqualTo("REPORT_REQUEST");
        String href = listed.get(0).get("href").asText();
        var pdf = new ApiClient(json, port).download(href, "portal-railway");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(jp.espa.kikan.support.PdfText.of(pdf.body())).contains("第五十八条第二項", "同法第九十六条第五号");
        assertThat(new ApiClient(json, port).download(href, "mlit-reviewer").statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/cases/inspection/" + number + "/documents", "meti-reviewer", null).status()).isEqualTo(404);
    }

    /** An inspection is no part of Art 58(1): a request for a designation that asks for one is refused, naming purpose. */
    @Test
    void anInspectionForADesignationIsRefusedOverHttpAndCreatesNothing() throws Exception {
        long before = instances();
        ObjectNode body = request("INSPECTION", 7).put("purpose", "DESIGNATION");
        Answer refused = api("POST", "/api/inspections", "mlit-reviewer", body);
        assertThat(refused.status()).as(String.valueOf(refused.body())).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("purpose");
        assertThat(instances()).isEqualTo(before);
    }

    @Test
    void badRequestsNameTheFieldAndCreateNothing() throws Exception {
        long before = instances();
        ObjectNode pastDue = request("REPORT", 0);
        assertInvalid(api("POST", "/api/inspections", "mlit-reviewer", pastDue), "dueOn");
        assertInvalid(api("POST", "/api/inspections", "mlit-reviewer", request("REPORT", 14).put("corporateNumber", "123")),
                "corporateNumber");
        assertInvalid(api("POST", "/api/inspections", "mlit-reviewer", request("REPORT", 14).put("corporateNumber", "7999901000001")),
                "corporateNumber");
        assertInvalid(api("POST", "/api/inspections", "mlit-reviewer", request("REPORT", 14).put("purpose", "CRIMINAL_INVESTIGATION")),
                "purpose");
        assertInvalid(api("POST", "/api/inspections", "mlit-reviewer", request("REPORT", 14).put("matters", "")), "matters");
        Answer otherMinistry = api("POST", "/api/inspections", "meti-reviewer", request("INSPECTION", 3));
        assertThat(otherMinistry.status()).isEqualTo(403);
        assertThat(instances()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGINE_REST, WEBAPP})
    void theStartFormStartsARequestOnlyForTheOfficialsOwnMinistryAndOnlyWithItsOwnFields(String surface) throws Exception {
        long before = instances();
        Answer otherMinistry = engine("meti-reviewer", surface, "POST",
                "process-definition/key/ReportAndInspectionProcess/submit-form", startForm(Map.of()));
        assertThat(otherMinistry.status()).as(String.valueOf(otherMinistry.body())).isEqualTo(400);
        assertThat(otherMinistry.body().get("message").asText()).isEqualTo("所管外のため、この手続を行うことはできません。");
        Answer extra = engine("mlit-reviewer", surface, "POST", "process-definition/key/ReportAndInspectionProcess/submit-form",
                startForm(Map.of("status", "CLOSED")));
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.body().get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(instances()).isEqualTo(before);

        Answer started = engine("mlit-reviewer", surface, "POST", "process-definition/key/ReportAndInspectionProcess/submit-form",
                startForm(Map.of()));
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(200);
        assertThat(instances()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {ENGINE_REST, WEBAPP})
    void noOneButAnAdministratorDeliversAReportThroughTheEngine(String surface) throws Exception {
        String number = api("POST", "/api/inspections", "mlit-reviewer", request("REPORT", 14)).body().get("caseNumber").asText();
        ObjectNode message = json.createObjectNode().put("messageName", InspectionVariables.REPORT_MESSAGE).put("businessKey", number);
        for (String user : List.of("mlit-reviewer", "cao-official")) {
            Answer answer = engine(user, surface, "POST", "message", message);
            assertThat(answer.status()).as(user + " " + answer.body()).isEqualTo(403);
        }
        JsonNode view = api("GET", "/api/inspections/" + number, "mlit-reviewer", null).body();
        assertThat(view.get("status").asText()).isEqualTo("AWAITING_REPORT");
        assertThat(actTypes(view)).containsExactly("REPORT_REQUESTED");
    }

    // ---- helpers

    private ObjectNode request(String kind, int dueInDays) {
        return json.createObjectNode().put("kind", kind).put("corporateNumber", RAILWAY_OPERATOR).put("sectorCode", "RAILWAY")
                .put("purpose", "PLAN_REVIEW").put("matters", "列車運行管理システムの保守の委託先")
                .put("dueOn", today().plusDays(dueInDays).toString());
    }

    private ObjectNode report(String summary) {
        return json.createObjectNode().put("summary", summary);
    }

    /** The start form as an official fills it in, plus the given extra variables. */
    private ObjectNode startForm(Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("kind", "INSPECTION", "corporateNumber", RAILWAY_OPERATOR,
                "sectorCode", "RAILWAY", "purpose", "COMPLIANCE", "matters", "命令の履行状況", "dueOn", today().plusDays(7).toString()));
        values.putAll(extra);
        ObjectNode body = json.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((name, value) -> variables.putObject(name).set("value", json.valueToTree(value)));
        return body;
    }

    private Answer api(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(json, port).call(method, path, user, body);
    }

    private Answer engine(String user, String surface, String method, String path, Object body) throws Exception {
        if (surface.equals(ENGINE_REST)) {
            return api(method, surface + path, user, body);
        }
        WebappSession session = sessions.get(user);
        if (session == null) {
            session = WebappSession.login(json, port, user);
            sessions.put(user, session);
        }
        return session.call(method, surface + path, body);
    }

    private long instances() throws Exception {
        return api("GET", "/engine-rest/history/process-instance/count?processDefinitionKey=ReportAndInspectionProcess", "demo", null)
                .body().get("count").asLong();
    }

    private static List<String> actTypes(JsonNode view) {
        List<String> types = new ArrayList<>();
        view.get("acts").forEach(act -> types.add(act.get("actType").asText()));
        return types;
    }

    private static LocalDate today() {
        return LocalDate.now(StatutoryPeriods.TOKYO);
    }

    private static void assertInvalid(Answer answer, String field) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().toString()).contains("\"" + field);
    }
}
