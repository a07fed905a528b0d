package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.platform.ProblemCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The project API and the engine REST API over real HTTP: authentication, idempotency, bad input, visibility. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ScreeningApiTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;


    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }


    Answer call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(json, port).call(method, path, user, body);
    }

    ObjectNode validPlan(String applicationNumber) {
        return json.valueToTree(TestPlans.introduction(applicationNumber, LocalDate.now(ProcessTestSupport.TOKYO)));
    }

    long cases() {
        return jdbc.queryForObject("select count(*) from screening_case", Long.class);
    }

    long processInstances() {
        return history.createHistoricProcessInstanceQuery().count();
    }

    @Test
    void anonymousAndWrongCredentialsGet401() throws Exception {
        long cases = cases();
        for (String path : new String[] {"/api/statutory-periods/standstill?receivedOn=2026-11-26", "/api/screenings/00000000-0000-0000-0000-000000000000", "/engine-rest/task"}) {
            assertThat(call("GET", path, null, null).status()).as(path).isEqualTo(401);
            assertThat(call("GET", path, "intruder", null).status()).as(path).isEqualTo(401);
        }
        Answer anonymous = call("POST", "/api/screenings", null, validPlan("API-ANON"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(cases()).isEqualTo(cases);
    }

    @Test
    void statutoryPeriodsAreExposedReadOnly() throws Exception {
        JsonNode standstill = call("GET", "/api/statutory-periods/standstill?receivedOn=2026-11-26", "portal", null).body();
        assertThat(standstill.get("standstillLastDay").asText()).isEqualTo("2026-12-25");
        assertThat(standstill.get("introductionAllowedFrom").asText()).isEqualTo("2026-12-26");
        assertThat(standstill.get("extensionCap").asText()).isEqualTo("2027-03-25");
        JsonNode reply = call("GET", "/api/statutory-periods/reply?recommendationReceivedOn=2026-12-21", "mlit-reviewer", null).body();
        assertThat(reply.get("replyDueOn").asText()).isEqualTo("2027-01-04");

        Answer bad = call("GET", "/api/statutory-periods/standstill?receivedOn=2026-02-30", "portal", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().toString()).contains("receivedOn");
        assertThat(call("GET", "/api/statutory-periods/reply", "portal", null).status()).isEqualTo(400);
    }

    @Test
    void filingTwiceReturnsTheSameCaseAndCreatesNothingNew() throws Exception {
        Answer first = call("POST", "/api/screenings", "portal", validPlan("API-IDEM-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("caseId").asText()).isNotBlank();
        assertThat(first.body().get("applicationNumber").asText()).isEqualTo("API-IDEM-1");
        LocalDate today = LocalDate.now(ProcessTestSupport.TOKYO);
        // provisional until the ministry's formal check accepts the plan (受理): as if accepted on arrival
        assertThat(first.body().get("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(first.body().get("provisional").asBoolean()).isTrue();
        assertThat(first.body().path("acceptedOn").asText(null)).isNull();
        assertThat(first.body().get("standstillLastDay").asText()).isEqualTo(today.plusDays(29).toString());
        assertThat(first.body().get("extensionCap").asText()).isNotBlank();
        long cases = cases();
        long instances = processInstances();

        Answer again = call("POST", "/api/screenings", "portal", validPlan("API-IDEM-1"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("caseId")).isEqualTo(first.body().get("caseId"));
        assertThat(cases()).isEqualTo(cases);
        assertThat(processInstances()).isEqualTo(instances);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            applicationNumber missing                 | applicationNumber
            check digit of operator wrong             | operatorCorporateNumber
            operator not designated                   | operatorCorporateNumber
            unknown sector                            | sectorCode
            equipment of another sector               | equipmentCategoryCode
            closed legacy category                    | equipmentCategoryCode
            unknown kind                              | kind
            no parties                                | plan.parties
            country not ISO                           | plan.parties[0].countryOfIncorporation
            Japanese supplier without corporate number| plan.parties[0].corporateNumber
            sales share above 100                     | plan.parties[1].foreignGovernmentSalesShare
            officer born in the future                | plan.parties[1].officers[0].birthDate
            component without item                    | plan.parties[1].componentItem
            received in the future                    | receivedOn
            impossible date                           | receivedOn
            unknown field                             | bogus
            not JSON                                  | body
            entrustment without contractor            | plan.parties
            """)
    void badInputIsRejectedNamingTheFieldAndCreatesNothing(String mutation, String field) throws Exception {
        long cases = cases();
        long instances = processInstances();
        ObjectNode plan = validPlan("API-BAD-" + Math.abs(mutation.hashCode()));
        ObjectNode content = (ObjectNode) plan.get("plan");
        ArrayNode parties = (ArrayNode) content.get("parties");
        Consumer<ObjectNode> change = switch (mutation) {
            case "applicationNumber missing" -> p -> p.remove("applicationNumber");
            case "check digit of operator wrong" -> p -> p.put("operatorCorporateNumber", "1999901000002");
            case "operator not designated" -> p -> p.put("operatorCorporateNumber", TestPlans.UNDESIGNATED_OPERATOR);
            case "unknown sector" -> p -> p.put("sectorCode", "SPACE");
            case "equipment of another sector" -> p -> p.put("equipmentCategoryCode", "FINANCE_BANK_SYSTEM");
            case "closed legacy category" -> p -> p.put("equipmentCategoryCode", "RAILWAY_TRAFFIC_MANAGEMENT");
            case "unknown kind" -> p -> p.put("kind", "PURCHASE");
            case "no parties" -> p -> parties.removeAll();
            case "country not ISO" -> p -> ((ObjectNode) parties.get(0)).put("countryOfIncorporation", "Japan");
            case "Japanese supplier without corporate number" -> p -> ((ObjectNode) parties.get(0)).remove("corporateNumber");
            case "sales share above 100" -> p -> ((ObjectNode) parties.get(1)).put("foreignGovernmentSalesShare", 120);
            case "officer born in the future" -> p -> ((ObjectNode) parties.get(1).get("officers").get(0)).put("birthDate", "2999-01-01");
            case "component without item" -> p -> ((ObjectNode) parties.get(1)).remove("componentItem");
            case "received in the future" -> p -> p.put("receivedOn", LocalDate.now(ProcessTestSupport.TOKYO).plusDays(2).toString());
            case "impossible date" -> p -> p.put("receivedOn", "2026-02-30");
            case "unknown field" -> p -> p.put("bogus", 1);
            case "entrustment without contractor" -> p -> p.put("kind", "ENTRUSTMENT");
            default -> p -> { };
        };
        change.accept(plan);
        Object body = mutation.equals("not JSON") ? "{\"applicationNumber\": " : plan;

        Answer answer = call("POST", "/api/screenings", "portal", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors")).anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
        assertThat(cases()).isEqualTo(cases);
        assertThat(processInstances()).isEqualTo(instances);
    }

    @Test
    void theApiListsTheOrdinancesItemsAndTheCabinetOrdersBusinessesButNoClosedCategory() throws Exception {
        JsonNode railway = call("GET", "/api/equipment-categories?sectorCode=RAILWAY", "portal", null).body();
        assertThat(railway).hasSize(1);
        assertThat(railway.get(0).get("code").asText()).isEqualTo("RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL");
        assertThat(railway.get(0).get("ordinance").asText()).isEqualTo("令和五年国土交通省令第六十二号");
        assertThat(railway.get(0).get("provision").asText()).isEqualTo("第一条第二号");
        assertThat(railway.get(0).get("businessCodes").get(0).asText()).isEqualTo("TYPE1_RAILWAY");
        JsonNode all = call("GET", "/api/equipment-categories", "portal", null).body();
        assertThat(all.findValuesAsText("code")).contains("FINANCE_BANK_SYSTEM", "PORT_TERMINAL_OPERATION_SYSTEM")
                .doesNotContain("RAILWAY_TRAFFIC_MANAGEMENT", "FINANCE_GENERAL", "ELECTRICITY_SUPPLY_DEMAND_CONTROL");

        JsonNode electricity = call("GET", "/api/businesses?sectorCode=ELECTRICITY", "mlit-reviewer", null).body();
        assertThat(electricity.findValuesAsText("code")).containsExactlyInAnyOrder("GENERAL_TRANSMISSION_DISTRIBUTION",
                "TRANSMISSION", "DISTRIBUTION", "GENERATION", "AGGREGATION");
        assertThat(electricity.findValuesAsText("provision")).containsOnly("施行令第九条第一号");
    }

    @Test
    void onlyThePortalFilesAndOnlyTheCompetentMinistrySeesTheCase() throws Exception {
        assertThat(call("POST", "/api/screenings", "mlit-reviewer", validPlan("API-VIS-0")).status()).isEqualTo(403);
        String caseId = call("POST", "/api/screenings", "portal", validPlan("API-VIS-1")).body().get("caseId").asText();

        Answer byPortal = call("GET", "/api/screenings/" + caseId, "portal", null);
        assertThat(byPortal.status()).isEqualTo(200);
        assertThat(byPortal.body().get("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(byPortal.body().path("periodLastDay").asText(null)).isNull();
        assertThat(byPortal.body().get("acts").get(0).get("actType").asText()).isEqualTo("RECEIPT");
        assertThat(byPortal.body().toString()).doesNotContain("山田太郎").doesNotContain("1970-01-01");
        assertThat(call("GET", "/api/screenings/" + caseId, "mlit-reviewer", null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/screenings/" + caseId, "cao-official", null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/screenings/" + caseId, "meti-reviewer", null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/screenings/not-a-uuid", "portal", null).status()).isEqualTo(400);
    }

    @Test
    void actsOutOfTurnAreConflicts() throws Exception {
        String caseId = call("POST", "/api/screenings", "portal", validPlan("API-409")).body().get("caseId").asText();
        Answer reply = call("POST", "/api/screenings/" + caseId + "/reply", "portal",
                json.createObjectNode().put("accepted", true).put("revisedPlanSummary", "x"));
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        // systems read the stable code; the operator reads the Japanese detail
        assertThat(reply.body().get("code").asText()).isEqualTo("REPLY_NOT_AWAITED");
        assertThat(reply.body().get("detail").asText()).startsWith("この事案では勧告に対する回答を待っていません");
        Answer correction = call("POST", "/api/screenings/" + caseId + "/corrections", "portal",
                json.createObjectNode().put("summary", "x").set("plan", validPlan("unused").get("plan")));
        assertThat(correction.status()).isEqualTo(409);
        assertThat(correction.body().get("code").asText()).isEqualTo("CASE_NOT_AWAITING_FILING");
        assertThat(correction.body().get("detail").asText()).isEqualTo("この計画について補正は求められていないか、既に補正済みです。");
        Answer unknownItem = call("POST", "/api/screenings/" + caseId + "/changes", "portal",
                json.createObjectNode().put("summary", "x").set("items", json.createArrayNode().add("COLOUR")));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.body().get("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(unknownItem.body().get("detail").asText()).isEqualTo("入力内容に誤りがあります（items[0]）。");
        assertThat(unknownItem.body().get("errors").get(0).get("field").asText()).isEqualTo("items[0]");
        assertThat(unknownItem.body().get("errors").get(0).get("message").asText()).startsWith("変更事項 COLOUR は定められていません。");
    }

    /** Each refusal carries a stable code for systems and a Japanese detail for the operator (docs/api.md). */
    @Test
    void refusalsCarryAStableCodeAndAJapaneseDetail() throws Exception {
        String caseId = call("POST", "/api/screenings", "portal", validPlan("API-CODES")).body().get("caseId").asText();
        Answer accepted = call("POST", "/api/screenings/" + caseId + "/reply", "portal", json.createObjectNode().put("accepted", true));
        assertThat(accepted.status()).isEqualTo(400);
        assertThat(accepted.body().get("code").asText()).isEqualTo("PLAN_REVISION_REQUIRED");
        assertThat(accepted.body().get("detail").asText()).isEqualTo(ProblemCode.PLAN_REVISION_REQUIRED.ja()).contains("応諾");
        assertThat(accepted.body().get("title").asText()).isEqualTo("Invalid input");
        assertThat(accepted.body().get("errors").get(0).get("field").asText()).isEqualTo("revisedPlanSummary");
        Answer notAccepted = call("POST", "/api/screenings/" + caseId + "/reply", "portal", json.createObjectNode().put("accepted", false));
        assertThat(notAccepted.body().get("code").asText()).isEqualTo("REPLY_REASONS_REQUIRED");
        assertThat(notAccepted.body().get("errors").get(0).get("field").asText()).isEqualTo("reasons");

        ObjectNode blank = validPlan("API-CODES-2");
        blank.put("sectorCode", " ");
        Answer invalid = call("POST", "/api/screenings", "portal", blank);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("code").asText()).isEqualTo("INVALID_INPUT");
        for (JsonNode error : invalid.body().get("errors")) { // Bean Validation's words too
            assertThat(ProblemCode.japanese(error.get("message").asText())).as(error.toString()).isTrue();
        }
        Answer unknown = call("GET", "/api/screenings/" + java.util.UUID.randomUUID(), "portal", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(ProblemCode.japanese(unknown.body().get("detail").asText())).isTrue();
        Answer noSuchPath = call("GET", "/api/no-such-path", "portal", null);
        assertThat(noSuchPath.status()).isEqualTo(404);
        assertThat(noSuchPath.body().get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(noSuchPath.body().get("detail").asText()).isEqualTo(ProblemCode.NOT_FOUND.ja());
        Answer anonymous = call("GET", "/api/screenings/" + caseId, null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().get("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(ProblemCode.japanese(anonymous.body().get("detail").asText())).isTrue();
    }

    @Test
    void tasklistShowsTheTaskOnlyToTheCompetentMinistryAndChecksSubmittedFormsOnTheServer() throws Exception {
        assertThat(call("POST", "/api/screenings", "portal", validPlan("API-TASK-1")).status()).isEqualTo(201);
        JsonNode mlitTasks = call("GET", "/engine-rest/task?processInstanceBusinessKey=API-TASK-1", "mlit-reviewer", null).body();
        assertThat(mlitTasks).hasSize(1);
        assertThat(mlitTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_CheckCompleteness");
        assertThat(call("GET", "/engine-rest/task?processInstanceBusinessKey=API-TASK-1", "meti-reviewer", null).body()).isEmpty();
        assertThat(call("GET", "/engine-rest/task?processInstanceBusinessKey=API-TASK-1", "portal", null).body()).isEmpty();

        String taskId = mlitTasks.get(0).get("id").asText();
        ObjectNode incomplete = json.createObjectNode();
        incomplete.putObject("variables").putObject("planComplete").put("value", false);
        Answer rejected = call("POST", "/engine-rest/task/" + taskId + "/submit-form", "mlit-reviewer", incomplete);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().get("message").asText()).isEqualTo("「補正を求める事項」を入力してください。");
        assertThat(call("GET", "/engine-rest/task/" + taskId, "mlit-reviewer", null).status()).isEqualTo(200);

        JsonNode filters = call("GET", "/engine-rest/filter?resourceType=Task", "mlit-reviewer", null).body();
        assertThat(filters.get(0).get("properties").get("variables").toString()).contains("taskCard", "案件", "taskReplyDueOn", "事業者の回答期限");

        JsonNode form = call("GET", "/engine-rest/task/" + taskId + "/deployed-form", "mlit-reviewer", null).body();
        assertThat(form.get("id").asText()).isEqualTo("Form_CheckCompleteness");
    }

    /** An Art 55 review the official ends without a recommendation: refused without reasons, then closed on record. */
    @Test
    void anArticle55ReviewEndedWithoutARecommendationShowsInTheCaseView() throws Exception {
        String caseId = call("POST", "/api/screenings", "portal", validPlan("API-55-NOREC")).body().get("caseId").asText();
        submitForm("API-55-NOREC", "Task_CheckCompleteness", Map.of("planComplete", true));
        submitForm("API-55-NOREC", "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "懸念なし"));
        assertThat(call("POST", "/api/screenings/" + caseId + "/post-introduction-reviews", "mlit-reviewer",
                json.createObjectNode().put("reason", "供給者の親会社の変更の報道")).status()).isEqualTo(202);

        Answer refused = submitForm("API-55-NOREC", "Task_DecideRecommendation",
                Map.of("recommend", false, "recommendationDecisionReason", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("判断の理由");
        assertThat(call("GET", "/api/screenings/" + caseId, "mlit-reviewer", null).body().get("status").asText())
                .isEqualTo("POST_INTRODUCTION_REVIEW");

        assertThat(submitForm("API-55-NOREC", "Task_DecideRecommendation", Map.of("recommend", false,
                "recommendationDecisionReason", "報道は事実でなかった")).status()).isEqualTo(204);
        JsonNode view = call("GET", "/api/screenings/" + caseId, "mlit-reviewer", null).body();
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("outcome").asText()).isEqualTo("NOT_RECOMMENDED");
        JsonNode decided = null;
        for (JsonNode act : view.get("acts")) {
            if (act.get("actType").asText().equals("RECOMMENDATION_DECIDED")) {
                decided = act;
            }
        }
        assertThat(decided).as("the decision on record").isNotNull();
        assertThat(decided.get("decision").asText()).isEqualTo("DO_NOT_RECOMMEND");
        assertThat(decided.toString()).contains("報道は事実でなかった", "ACT_55_1");
        assertThat(call("GET", "/api/screenings/" + caseId, "portal", null).body().get("outcome").asText())
                .isEqualTo("NOT_RECOMMENDED");
    }

    /** Completes the open task of the case as the competent ministry's reviewer would, over Tasklist's REST call. */
    private Answer submitForm(String businessKey, String taskKey, Map<String, Object> values) throws Exception {
        JsonNode open = call("GET", "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey,
                "mlit-reviewer", null).body();
        assertThat(open).as("open task " + taskKey).hasSize(1);
        ObjectNode body = json.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        values.forEach((name, value) -> variables.putObject(name).set("value", json.valueToTree(value)));
        return call("POST", "/engine-rest/task/" + open.get(0).get("id").asText() + "/submit-form", "mlit-reviewer", body);
    }
}
