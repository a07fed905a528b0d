package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jp.espa.kikan.platform.FormFields;
import jp.espa.kikan.platform.http.FormRejectionFilter;
import jp.espa.kikan.screening.TestPlans;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.CorporateNumbers;
import jp.espa.kikan.support.TestBodies;
import jp.espa.kikan.support.WebappSession;

import org.apache.catalina.core.StandardContext;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attacks on the engine's raw surfaces over real HTTP, on /engine-rest (HTTP Basic) and on the webapps' engine API
 * (session and CSRF token, as Tasklist and Cockpit call it), as an MLIT reviewer on a case routed to MLIT. Each
 * refusal is checked for its answer and for the record: the task, the variables, the identity links and the case
 * (status, legal acts) are as before.
 *
 * <p>The attacks that turn on who the caller is (administrators only, the caller's own claim and profile, the
 * candidate groups, the roles that see every case, a ministry's own sector) and the work that must still pass run a
 * third time on /engine-rest with the identity provider's bearer tokens ({@link Surface#ENGINE_REST_TOKEN}), whose
 * account and groups come from the token's claims, not from the identity service. Those on what a body or a path holds
 * (form fields, read-only values, path tricks, claims without a user) are checked behind two doors only: the guard
 * reads the body after the authentication, whichever it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class EngineSurfaceAttackTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String REVIEWER = "mlit-reviewer";

    enum Surface {
        ENGINE_REST("/engine-rest/"), WEBAPP("/camunda/api/engine/engine/default/"), ENGINE_REST_TOKEN("/engine-rest/");

        final String base;

        Surface(String base) {
            this.base = base;
        }
    }

    /** A plan filed by the portal, its process waiting at 記載事項の確認 (Task_CheckCompleteness) for MLIT. */
    record Case(String caseId, String applicationNumber, String instanceId, String taskId) {
    }

    /** What an attack could change, read as the administrator (engine) and through the project API (case). */
    record State(String status, int acts, JsonNode tasks, JsonNode variables, JsonNode taskVariables, JsonNode links) {
    }

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ServletWebServerApplicationContext server;
    @Autowired JWKSource<SecurityContext> providerKeys;

    private final Map<String, WebappSession> sessions = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    // --- a. forms accept their own editable fields only

    static Stream<Arguments> variablesNotOnTheForm() {
        List<Arguments> arguments = new ArrayList<>();
        for (Surface surface : List.of(Surface.ENGINE_REST, Surface.WEBAPP)) {
            for (String endpoint : List.of("complete", "submit-form")) {
                for (String variable : List.of("caseId", "criteriaMet", "bogus")) {
                    arguments.add(Arguments.of(surface, endpoint, variable));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1} with {2} -> 400")
    @MethodSource("variablesNotOnTheForm")
    void aVariableThatIsNotOnTheFormIsRefusedNamingIt(Surface surface, String endpoint, String variable) throws Exception {
        Case c = fileCase();
        State before = state(c);

        Answer answer = as(REVIEWER, surface, "POST", "task/" + c.taskId() + "/" + endpoint, withForgedCase(
                form(Map.of("planComplete", true, variable, "00000000-0000-0000-0000-000000000000"))));

        assertInvalid(answer, variable);
        assertThat(state(c)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Surface.class, mode = EnumSource.Mode.EXCLUDE, names = "ENGINE_REST_TOKEN")
    void anythingButVariablesInTheBodyIsRefused(Surface surface) throws Exception {
        Case c = fileCase();
        State before = state(c);
        ObjectNode body = form(Map.of("planComplete", true));
        body.put("withVariablesInReturn", true).put("businessKey", "OTHER");

        assertInvalid(as(REVIEWER, surface, "POST", "task/" + c.taskId() + "/submit-form", body), "businessKey");
        assertThat(state(c)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Surface.class, mode = EnumSource.Mode.EXCLUDE, names = "ENGINE_REST_TOKEN")
    void readOnlyFieldsSentWithOtherValuesAreDroppedAndNeverWritten(Surface surface) throws Exception {
        Case c = fileCase();
        JsonNode shown = caseObject(c);
        List<String> acts = acts(c);

        Answer answer = as(REVIEWER, surface, "POST", "task/" + c.taskId() + "/submit-form",
                withForgedCase(form(Map.of("planComplete", true))));

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(204);
        JsonNode after = caseObject(c);
        assertThat(after.get("receivedOn")).isEqualTo(shown.get("receivedOn"));
        assertThat(after.get("planSummary")).isEqualTo(shown.get("planSummary"));
        assertThat(after.get("operatorName")).isEqualTo(shown.get("operatorName"));
        // the clocks count from the arrival on record, not from a date the client echoed
        assertThat(after.path("periodLastDay").asText())
                .isEqualTo(LocalDate.parse(shown.get("receivedOn").asText()).plusDays(29).toString());
        assertThat(openTasks(c)).containsExactly("Task_ReviewPlan");
        assertThat(acts(c)).containsSequence(acts).contains("COMPLETENESS_CHECKED");
    }

    /** What Tasklist's form-js sends: the decision, and every read-only field back with the value it showed. */
    @ParameterizedTest
    @EnumSource(Surface.class)
    void tasklistsSubmissionWithTheReadOnlyValuesEchoedCompletesTheTask(Surface surface) throws Exception {
        Case c = fileCase();
        // as Tasklist reads them: a Json variable serialized, then sent back with its type
        JsonNode shown = as(REVIEWER, surface, "GET", "task/" + c.taskId() + "/form-variables?deserializeValues=false", null).body();
        FormFields fields = FormFields.read(as(REVIEWER, surface, "GET", "task/" + c.taskId() + "/deployed-form", null).body());
        ObjectNode body = form(Map.of("planComplete", true));
        for (String key : fields.display()) {
            if (shown.has(key)) {
                ((ObjectNode) body.get("variables")).set(key, shown.get(key));
            }
        }
        assertThat(body.get("variables").get("case").get("type").asText()).isEqualTo("Json");
        JsonNode onRecord = caseObject(c);
        State before = state(c);

        Answer answer = as(REVIEWER, surface, "POST", "task/" + c.taskId() + "/submit-form", body);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(204);
        assertThat(openTasks(c)).containsExactly("Task_ReviewPlan");
        assertThat(screening(c).get("status").asText()).isEqualTo("UNDER_REVIEW"); // accepted (受理) by the check
        assertThat(acts(c)).hasSizeGreaterThan(before.acts()).contains("COMPLETENESS_CHECKED");
        assertThat(caseObject(c).get("receivedOn")).isEqualTo(onRecord.get("receivedOn"));
        assertThat(caseObject(c).get("acceptedOn")).isEqualTo(onRecord.get("receivedOn")); // the object shows the act
    }

    // --- b, c, e, f. variables, modification, messages, re-routing: administrators only

    static Stream<Arguments> adminOnlyRequests() {
        String value = "{\"value\":\"2099-12-31\",\"type\":\"String\"}";
        String modifications = "{\"modifications\":{\"periodLastDay\":" + value + "}}";
        List<String[]> requests = List.of(
                new String[] {"PUT", "task/{task}/variables/periodLastDay", value},
                new String[] {"POST", "task/{task}/variables", modifications},
                new String[] {"DELETE", "task/{task}/variables/periodLastDay", null},
                new String[] {"PUT", "task/{task}/localVariables/periodLastDay", value},
                new String[] {"POST", "task/{task}/localVariables", modifications},
                new String[] {"PUT", "execution/{instance}/localVariables/periodLastDay", value},
                new String[] {"POST", "execution/{instance}/localVariables", modifications},
                new String[] {"PUT", "process-instance/{instance}/variables/periodLastDay", value},
                new String[] {"POST", "process-instance/{instance}/variables", modifications},
                new String[] {"DELETE", "process-instance/{instance}/variables/periodLastDay", null},
                new String[] {"POST", "process-instance/{instance}/modification",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ReviewPlan\"}]}"},
                new String[] {"PUT", "process-instance/{instance}/business-key", "{\"businessKey\":\"OTHER\"}"},
                new String[] {"DELETE", "process-instance/{instance}", null},
                new String[] {"POST", "message", "{\"messageName\":\"PlanCorrected\",\"businessKey\":\"{number}\"}"},
                new String[] {"POST", "message", "{\"messageName\":\"PlanCorrected\",\"businessKey\":\"{number}\","
                        + "\"processVariables\":{\"periodLastDay\":" + value + "}}"},
                new String[] {"POST", "execution/{instance}/messageSubscriptions/PlanCorrected/trigger", "{}"},
                new String[] {"POST", "signal", "{\"name\":\"PlanCorrected\"}"},
                new String[] {"POST", "task/{task}/identity-links", "{\"groupId\":\"ministry-meti\",\"type\":\"candidate\"}"},
                new String[] {"POST", "task/{task}/assignee", "{\"userId\":\"meti-reviewer\"}"},
                new String[] {"POST", "task/{task}/delegate", "{\"userId\":\"meti-reviewer\"}"},
                new String[] {"PUT", "task/{task}", "{\"name\":\"記載事項の確認\",\"assignee\":\"meti-reviewer\"}"},
                new String[] {"POST", "task/{task}/bpmnError", "{\"errorCode\":\"x\"}"},
                new String[] {"POST", "task/create", "{\"id\":\"attack\",\"name\":\"x\"}"},
                new String[] {"POST", "history/cleanup", null},
                new String[] {"POST", "history/process-instance/delete", "{\"historicProcessInstanceIds\":[\"{instance}\"]}"},
                new String[] {"POST", "engine/default/process-instance/{instance}/variables", modifications});
        // with a token, one request of each kind: variables, modification, message, signal, re-routing, a new task
        List<String> byToken = List.of("task/{task}/variables", "process-instance/{instance}/modification", "message",
                "signal", "task/{task}/identity-links", "task/{task}/assignee", "task/create");
        return Stream.of(Surface.values()).flatMap(surface -> requests.stream()
                .filter(r -> surface != Surface.WEBAPP || !r[1].startsWith("engine/")) // the webapp API has only the named form
                .filter(r -> surface != Surface.ENGINE_REST_TOKEN || r[0].equals("POST") && byToken.contains(r[1])
                        && !r[2].contains("processVariables"))
                .map(r -> Arguments.of(surface, r[0], r[1], r[2])));
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> 403")
    @MethodSource("adminOnlyRequests")
    void theRawSurfacesAreForAdministratorsOnly(Surface surface, String method, String path, String body) throws Exception {
        Case c = fileCase();
        State before = state(c);

        Answer answer = as(REVIEWER, surface, method, fill(path, c), body == null ? null : fill(body, c));

        assertForbidden(answer);
        assertThat(state(c)).isEqualTo(before);
    }

    /** Paths written so that a naive prefix check would see a whitelisted route; Tomcat or the guard refuses them. */
    @ParameterizedTest(name = "{0}: POST {1} -> refused")
    @CsvSource({
            "ENGINE_REST, task/{task}/../../process-instance/{instance}/variables",
            "ENGINE_REST, task/{task}/%2e%2e/%2e%2e/process-instance/{instance}/variables",
            "ENGINE_REST, process-instance;x=task/{instance}/variables",
            "ENGINE_REST, process-instance//{instance}/variables",
            "ENGINE_REST, task/{task}/claim/../../../process-instance/{instance}/variables",
            "WEBAPP, task/{task}/../../process-instance/{instance}/variables",
            "WEBAPP, process-instance;x=task/{instance}/variables",
            "WEBAPP, process-instance//{instance}/variables"})
    void pathTricksDoNotReachTheEngine(Surface surface, String path) throws Exception {
        Case c = fileCase();
        State before = state(c);
        String modifications = "{\"modifications\":{\"periodLastDay\":{\"value\":\"2099-12-31\",\"type\":\"String\"}}}";

        Answer answer = as(REVIEWER, surface, "POST", fill(path, c), modifications);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isIn(400, 403);
        assertThat(state(c)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: {1} starts {2} -> 403")
    @CsvSource({
            "ENGINE_REST, mlit-reviewer, EquipmentScreeningProcess", "ENGINE_REST, mlit-reviewer, DesignationProcess",
            "ENGINE_REST, cao-official, EquipmentScreeningProcess", "ENGINE_REST, cao-official, DesignationProcess",
            "WEBAPP, mlit-reviewer, EquipmentScreeningProcess", "WEBAPP, mlit-reviewer, DesignationProcess",
            "WEBAPP, cao-official, EquipmentScreeningProcess", "WEBAPP, cao-official, DesignationProcess",
            "ENGINE_REST_TOKEN, mlit-reviewer, DesignationProcess", "ENGINE_REST_TOKEN, cao-official, EquipmentScreeningProcess"})
    void nobodyButAnAdministratorStartsAProcessWithStartInstructions(Surface surface, String user, String key) throws Exception {
        long instances = instances(key);
        String body = """
                {"businessKey": "ATTACK-START", "variables": {"caseId": {"value": "00000000-0000-0000-0000-000000000000"}},
                 "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_ReviewPlan"}]}""";

        assertForbidden(as(user, surface, "POST", "process-definition/key/" + key + "/start", body));
        assertForbidden(as(user, surface, "POST", "process-definition/key/" + key + "/tenant-id/x/start", body));
        assertThat(instances(key)).isEqualTo(instances);
    }

    // --- d. start forms

    static Stream<Arguments> startFormExtras() {
        return Stream.of(Surface.ENGINE_REST, Surface.WEBAPP).flatMap(surface ->
                Stream.of("designationCaseId", "businessKey", "startInstructions", "skipCustomListeners")
                        .map(extra -> Arguments.of(surface, extra)));
    }

    @ParameterizedTest(name = "{0}: start form with {1} -> 400")
    @MethodSource("startFormExtras")
    void theDesignationStartFormTakesOnlyItsOwnFields(Surface surface, String extra) throws Exception {
        long instances = instances("DesignationProcess");
        ObjectNode body = proposal();
        switch (extra) {
            case "designationCaseId" -> ((ObjectNode) body.get("variables")).putObject(extra).put("value", "x");
            case "startInstructions" -> body.putArray(extra).addObject()
                    .put("type", "startBeforeActivity").put("activityId", "Task_PublishDesignation");
            case "skipCustomListeners" -> body.put(extra, true);
            default -> body.put(extra, "DES-ATTACK");
        }

        assertInvalid(as(REVIEWER, surface, "POST", "process-definition/key/DesignationProcess/submit-form", body), extra);
        assertThat(instances("DesignationProcess")).isEqualTo(instances);
    }

    @ParameterizedTest
    @EnumSource(Surface.class)
    void aProposalFromTheStartFormStartsTheDesignation(Surface surface) throws Exception {
        long instances = instances("DesignationProcess");
        ObjectNode body = proposal();
        String id = admin("process-definition/key/DesignationProcess").get("id").asText();

        Answer answer = as(REVIEWER, surface, "POST", "process-definition/" + id + "/submit-form", body);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(instances("DesignationProcess")).isEqualTo(instances + 1);
    }

    /** The form's own fields, but another ministry's sector: the designation service refuses, as the API does. */
    @ParameterizedTest
    @EnumSource(Surface.class)
    void aMinistryCannotProposeAnotherMinistrysCandidateFromTheStartForm(Surface surface) throws Exception {
        long instances = instances("DesignationProcess");
        ObjectNode body = proposal();
        String proposalNumber = body.get("variables").get("proposalNumber").get("value").asText();

        Answer answer = as("meti-reviewer", surface, "POST", "process-definition/key/DesignationProcess/submit-form", body);

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
        assertThat(answer.body().get("message").asText()).isEqualTo("所管外のため、この手続を行うことはできません。");
        assertThat(instances("DesignationProcess")).isEqualTo(instances);
        assertThat(admin("process-instance?businessKey=" + proposalNumber)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Surface.class)
    void aProcessWithoutAStartFormCannotBeStartedFromOne(Surface surface) throws Exception {
        long instances = instances("RevocationProcess");
        assertForbidden(as("cao-official", surface, "POST", "process-definition/key/RevocationProcess/submit-form",
                form(Map.of())));
        assertThat(instances("RevocationProcess")).isEqualTo(instances);
    }

    // --- f. task work

    @ParameterizedTest
    @EnumSource(Surface.class)
    void theReviewerClaimsTheTaskButCannotHandItToAnotherMinistry(Surface surface) throws Exception {
        Case c = fileCase();
        JsonNode links = admin("task/" + c.taskId() + "/identity-links");
        assertThat(links.toString()).contains("ministry-mlit").doesNotContain("ministry-meti");

        assertForbidden(as(REVIEWER, surface, "POST", "task/" + c.taskId() + "/identity-links",
                "{\"groupId\":\"ministry-meti\",\"type\":\"candidate\"}"));
        assertThat(admin("task/" + c.taskId() + "/identity-links")).isEqualTo(links);

        Answer claim = as(REVIEWER, surface, "POST", "task/" + c.taskId() + "/claim", "{\"userId\":\"mlit-reviewer\"}");
        assertThat(claim.status()).as(String.valueOf(claim.body())).isEqualTo(204);
        assertThat(admin("task/" + c.taskId()).get("assignee").asText()).isEqualTo(REVIEWER);
        assertForbidden(as(REVIEWER, surface, "POST", "task/" + c.taskId() + "/assignee", "{\"userId\":\"meti-reviewer\"}"));
        assertThat(admin("task/" + c.taskId()).get("assignee").asText()).isEqualTo(REVIEWER);
        // only the holder releases a claim (Tasklist's 担当を外す): not another official
        Answer others = as("meti-reviewer", surface, "POST", "task/" + c.taskId() + "/unclaim", null);
        assertThat(others.status()).as(String.valueOf(others.body())).isEqualTo(403);
        assertThat(others.contentType()).startsWith("application/problem+json");
        assertThat(admin("task/" + c.taskId()).get("assignee").asText()).isEqualTo(REVIEWER);
        Answer unclaim = as(REVIEWER, surface, "POST", "task/" + c.taskId() + "/unclaim", null);
        assertThat(unclaim.status()).as(String.valueOf(unclaim.body())).isEqualTo(204);
        assertThat(admin("task/" + c.taskId()).get("assignee").isNull()).isTrue();
        assertThat(admin("history/user-operation?taskId=" + c.taskId() + "&operationType=Assign").findValuesAsText("userId"))
                .contains(REVIEWER); // the release is the official's own act in the history
    }

    @ParameterizedTest
    @EnumSource(Surface.class)
    void officialsChangeTheirOwnProfileOnly(Surface surface) throws Exception {
        String profile = "{\"id\":\"%s\",\"firstName\":\"%s\",\"lastName\":\"審査官\",\"email\":\"%s@example.invalid\"}";

        Answer own = as(REVIEWER, surface, "PUT", "user/mlit-reviewer/profile", profile.formatted(REVIEWER, "国交", REVIEWER));
        assertThat(own.status()).as(String.valueOf(own.body())).isEqualTo(204);
        assertForbidden(as(REVIEWER, surface, "PUT", "user/meti-reviewer/profile", profile.formatted("meti-reviewer", "偽", "meti-reviewer")));
        assertThat(admin("user/meti-reviewer/profile").get("firstName").asText()).isEqualTo("経産");
    }

    @ParameterizedTest
    @EnumSource(Surface.class)
    void queriesSentAsPostPass(Surface surface) throws Exception {
        Case c = fileCase();
        String byKey = "{\"processInstanceBusinessKey\":\"" + c.applicationNumber() + "\"}";
        String filter = as(REVIEWER, surface, "GET", "filter?resourceType=Task", null).body().get(0).get("id").asText();

        assertThat(as(REVIEWER, surface, "POST", "task", byKey).body()).hasSize(1);
        assertThat(as(REVIEWER, surface, "POST", "task/count", byKey).body().get("count").asInt()).isOne();
        assertThat(as(REVIEWER, surface, "POST", "filter/" + filter + "/count", byKey).status()).isEqualTo(200);
        assertThat(as(REVIEWER, surface, "POST", "history/task/count", byKey).status()).isEqualTo(200);
        assertThat(as(REVIEWER, surface, "POST", "variable-instance", "{\"processInstanceIdIn\":[\"" + c.instanceId() + "\"]}")
                .status()).isEqualTo(200);
    }

    /** The engine takes a claim without a user as an unclaim: nobody, administrators included, sends one. */
    @ParameterizedTest(name = "{0}: claim with {1} -> 400")
    @MethodSource("claimsWithoutAUser")
    void aClaimWithoutAUserIsRefusedAndTheTaskStaysClaimed(Surface surface, String body, String user) throws Exception {
        Case c = fileCase();
        assertThat(as(REVIEWER, surface, "POST", "task/" + c.taskId() + "/claim", "{\"userId\":\"mlit-reviewer\"}").status())
                .isEqualTo(204);
        State before = state(c);

        assertInvalid(as(user, surface, "POST", "task/" + c.taskId() + "/claim", body), "userId");
        assertThat(state(c)).isEqualTo(before);
        assertThat(admin("task/" + c.taskId()).get("assignee").asText()).isEqualTo(REVIEWER);
    }

    static Stream<Arguments> claimsWithoutAUser() {
        return Stream.of(Surface.ENGINE_REST, Surface.WEBAPP).flatMap(surface -> Stream.of(
                Arguments.of(surface, "{}", REVIEWER), Arguments.of(surface, "{\"userId\":null}", REVIEWER),
                Arguments.of(surface, "{\"userId\":\"\"}", REVIEWER), Arguments.of(surface, null, REVIEWER),
                Arguments.of(surface, "{}", "demo")));
    }

    @ParameterizedTest
    @EnumSource(Surface.class)
    void nobodyClaimsATaskForAnotherUser(Surface surface) throws Exception {
        Case c = fileCase();
        State before = state(c);

        for (String user : List.of(REVIEWER, "demo")) {
            Answer answer = as(user, surface, "POST", "task/" + c.taskId() + "/claim", "{\"userId\":\"meti-reviewer\"}");
            assertThat(answer.status()).as(user + " " + answer.body()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(state(c)).isEqualTo(before);
    }

    /**
     * The engine counts the instances of every definition one may read: a ministry's reviewer, who reads the models
     * for Tasklist's diagram, would see every ministry's running cases. Only the roles that see every case get them.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("aggregates")
    void aggregatesAreForTheRolesThatSeeEveryCase(String surface, String path) throws Exception {
        fileCase();
        Answer reviewer = aggregate("mlit-reviewer", surface, path);
        assertThat(reviewer.status()).as(String.valueOf(reviewer.body())).isEqualTo(403);
        assertThat(reviewer.contentType()).startsWith("application/problem+json");
        assertThat(reviewer.body().get("detail").asText()).isEqualTo(EngineRequestGuard.EVERY_CASE_ONLY);
        assertThat(aggregate("mlit-senior", surface, path).status()).isEqualTo(403);
        for (String user : List.of("cao-official", "demo")) {
            Answer answer = aggregate(user, surface, path);
            assertThat(answer.status()).as(user + " " + answer.body()).isEqualTo(200);
        }
    }

    static Stream<Arguments> aggregates() {
        List<String> engine = List.of("process-definition/statistics?rootIncidents=true",
                "process-definition/key/EquipmentScreeningProcess/statistics",
                "history/process-instance/report?reportType=duration&periodUnit=month",
                "history/task/report?reportType=count&groupBy=taskName", "task/report/candidate-group-count");
        return Stream.concat(Stream.of(Surface.values()).flatMap(surface -> engine.stream().map(p -> Arguments.of(surface.name(), p))),
                Stream.of(Arguments.of("COCKPIT", "process-definition/statistics"),
                        Arguments.of("COCKPIT", "process-definition/statistics-count")));
    }

    private Answer aggregate(String user, String surface, String path) throws Exception {
        if (surface.equals("COCKPIT")) {
            return session(user).call("GET", "/camunda/api/cockpit/plugin/base/default/" + path, null);
        }
        return as(user, Surface.valueOf(surface), "GET", path, null);
    }

    /** The portal is a system account: no webapp session (Camunda gives every account one for its Welcome app). */
    @ParameterizedTest
    @CsvSource({"portal, welcome", "portal-railway, welcome", "portal, cockpit"})
    void aSystemAccountGetsNoWebappSession(String user, String app) throws Exception {
        WebappSession portal = new WebappSession(json, port);

        WebappSession.Raw login = portal.login(user, "demo", app);

        assertThat(login.status()).as(login.body()).isEqualTo(403);
        assertThat(login.body()).doesNotContain("authorizedApps");
        assertThat(portal.send("GET", "/api/admin/auth/user/default", null, null).status()).isNotEqualTo(200);
        assertThat(portal.call("GET", "/camunda/api/engine/engine/default/task/count", null).status()).isIn(401, 403);
        assertThat(portal.call("GET", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null)
                .status()).isIn(401, 403);
        assertThat(WebappSession.login(json, port, REVIEWER).call("GET", "/camunda/api/engine/engine/default/task/count",
                null).status()).isEqualTo(200);
    }

    /**
     * A browser that once answered /engine-rest's Basic challenge sends the credentials with another site's form too.
     * Such a form can only POST, with a form's Content-Type or none: an administrator's deployment and an unclaim are
     * refused, and nothing changes; an API client's JSON, or the X-Requested-By header, passes.
     */
    @Test
    void anotherSitesFormCannotWriteWithTheBrowsersBasicCredentials() throws Exception {
        Case c = fileCase();
        assertThat(as(REVIEWER, Surface.ENGINE_REST, "POST", "task/" + c.taskId() + "/claim",
                "{\"userId\":\"mlit-reviewer\"}").status()).isEqualTo(204);
        State before = state(c);
        long deployments = admin("deployment/count").get("count").asLong();
        ApiClient browser = new ApiClient(json, port);
        String multipart = "multipart/form-data; boundary=" + ApiClient.BOUNDARY;

        List<Answer> refused = List.of(
                browser.crossSite("/engine-rest/deployment/create", "demo", multipart, ApiClient.deploymentForm("CrossSite")),
                browser.crossSite("/engine-rest/task/" + c.taskId() + "/unclaim", "demo", null, null),
                browser.crossSite("/engine-rest/task/" + c.taskId() + "/unclaim", "demo", "text/plain", "{}"),
                browser.crossSite("/engine-rest/task/" + c.taskId() + "/claim", REVIEWER, "application/x-www-form-urlencoded",
                        "userId=mlit-reviewer"),
                browser.crossSite("/api/screenings", "portal", "text/plain; charset=UTF-8",
                        json.writeValueAsString(TestPlans.introduction("CROSS-SITE-1", LocalDate.now(TOKYO)))));
        for (Answer answer : refused) {
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(415);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body().get("detail").asText()).contains("X-Requested-By");
        }
        assertThat(state(c)).isEqualTo(before);
        assertThat(admin("deployment/count").get("count").asLong()).isEqualTo(deployments);
        assertThat(admin("task/" + c.taskId()).get("assignee").asText()).isEqualTo(REVIEWER);

        // an API client says it is one: deployments (outside production) and other writes go through
        Answer deployed = browser.crossSite("/engine-rest/deployment/create", "demo", multipart,
                ApiClient.deploymentForm("ApiClientDeployment"), "X-Requested-By", "kikan-test");
        assertThat(deployed.status()).as(String.valueOf(deployed.body())).isEqualTo(200);
        assertThat(admin("deployment/count").get("count").asLong()).isEqualTo(deployments + 1);
    }

    /** The webapps' cookie sessions: Camunda's CSRF filter refuses a write without the session's token. */
    @Test
    void anotherSitesFormCannotWriteWithTheWebappSessionCookie() throws Exception {
        Case c = fileCase();
        WebappSession reviewer = session(REVIEWER);
        State before = state(c);

        WebappSession.Raw answer = reviewer.sendFromAnotherSite("POST", "/api/engine/engine/default/task/" + c.taskId()
                + "/claim", "{\"userId\":\"mlit-reviewer\"}", "application/json");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(state(c)).isEqualTo(before);
        assertThat(admin("task/" + c.taskId()).get("assignee").isNull()).isTrue();
    }

    // --- g. the guard runs after each surface's authentication

    @ParameterizedTest
    @EnumSource(value = Surface.class, mode = EnumSource.Mode.EXCLUDE, names = "ENGINE_REST_TOKEN")
    void anonymousRequestsGet401FromTheSurface(Surface surface) throws Exception {
        Case c = fileCase();
        State before = state(c);
        ApiClient anonymous = new ApiClient(json, port);

        assertThat(anonymous.call("GET", surface.base + "task", null, null).status()).isEqualTo(401);
        assertThat(anonymous.call("POST", surface.base + "task/" + c.taskId() + "/complete", null,
                form(Map.of("caseId", "x"))).status()).isEqualTo(401);
        assertThat(anonymous.call("PUT", surface.base + "process-instance/" + c.instanceId() + "/variables/periodLastDay",
                null, "{\"value\":\"2099-12-31\"}").status()).isEqualTo(401);
        assertThat(state(c)).isEqualTo(before);
    }

    /**
     * Servlet spec 6.2.4: a chain has the URL-pattern mappings first, then the servlet-name mappings. The guard is
     * mapped by the names of the two engine servlets, the authentication filters (and the webapps' CSRF filter) by
     * URL patterns covering them, so the guard is after them on both surfaces.
     */
    @Test
    void theGuardIsMappedAfterTheAuthenticationOfBothSurfaces() {
        StandardContext context = (StandardContext) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost()
                .findChildren()[0];
        Map<String, FilterMap> maps = new HashMap<>();
        for (FilterMap map : context.findFilterMaps()) {
            maps.put(map.getFilterName(), map);
        }

        FilterMap guard = maps.get("engine-request-guard");
        assertThat(guard.getURLPatterns()).isEmpty();
        assertThat(guard.getServletNames()).containsExactlyInAnyOrder(context.findServletMapping("/engine-rest/*"),
                context.findServletMapping("/camunda/api/engine/*"), context.findServletMapping("/camunda/api/cockpit/*"));
        assertThat(maps.get("engine-rest-authentication").getURLPatterns()).contains("/engine-rest/*");
        assertThat(maps.get("Authentication Filter").getURLPatterns()).contains("/camunda/api/*");
        assertThat(maps.get("Security Filter").getURLPatterns()).contains("/camunda/api/*");
        assertThat(maps.get("CsrfPreventionFilter").getURLPatterns()).contains("/camunda/api/*");
    }

    // --- helpers

    private Answer as(String user, Surface surface, String method, String path, Object body) throws Exception {
        return switch (surface) {
            case ENGINE_REST -> new ApiClient(json, port).call(method, surface.base + path, user, body);
            case ENGINE_REST_TOKEN -> new ApiClient(json, port).callWithToken(method, surface.base + path, token(user), body);
            case WEBAPP -> session(user).call(method, surface.base + path, body);
        };
    }

    /** What the provider gives the official for the API: signed by its key, with the official's directory group. */
    private String token(String user) {
        return tokens.computeIfAbsent(user, account -> {
            DemoProviderTokens provider = new DemoProviderTokens(port, providerKeys);
            return provider.signed(provider.official(account, DemoProviderTokens.DIRECTORY_GROUPS.get(account)));
        });
    }

    private WebappSession session(String user) throws Exception {
        WebappSession session = sessions.get(user);
        if (session == null) {
            session = WebappSession.login(json, port, user);
            sessions.put(user, session);
        }
        return session;
    }

    /** GET on /engine-rest as the administrator (passes the guard). */
    private JsonNode admin(String path) throws Exception {
        Answer answer = new ApiClient(json, port).call("GET", "/engine-rest/" + path, "demo", null);
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private Case fileCase() throws Exception {
        String number = "ATTACK-" + SERIAL.incrementAndGet();
        Answer filed = new ApiClient(json, port).call("POST", "/api/screenings", "portal",
                TestPlans.introduction(number, LocalDate.now(TOKYO)));
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        JsonNode task = admin("task?processInstanceBusinessKey=" + number).get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_CheckCompleteness");
        return new Case(filed.body().get("caseId").asText(), number, task.get("processInstanceId").asText(),
                task.get("id").asText());
    }

    private State state(Case c) throws Exception {
        JsonNode screening = screening(c);
        return new State(screening.get("status").asText(), screening.get("acts").size(),
                admin("task?processInstanceBusinessKey=" + c.applicationNumber()),
                admin("process-instance/" + c.instanceId() + "/variables?deserializeValues=false"),
                admin("task/" + c.taskId() + "/localVariables"),
                admin("task/" + c.taskId() + "/identity-links"));
    }

    private JsonNode screening(Case c) throws Exception {
        Answer answer = new ApiClient(json, port).call("GET", "/api/screenings/" + c.caseId(), REVIEWER, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private List<String> acts(Case c) throws Exception {
        List<String> types = new ArrayList<>();
        screening(c).get("acts").forEach(act -> types.add(act.get("actType").asText()));
        return types;
    }

    /** The case object the forms show (a Json variable), as the administrator reads it. */
    private JsonNode caseObject(Case c) throws Exception {
        JsonNode object = json.readTree(admin("process-instance/" + c.instanceId() + "/variables/case?deserializeValue=false")
                .get("value").asText());
        assertThat(object.path("receivedOn").isTextual()).as("the case object %s", object).isTrue();
        return object;
    }

    /** The case object sent back as Tasklist sends it, with other facts than those on record. */
    private ObjectNode withForgedCase(ObjectNode body) {
        ((ObjectNode) body.get("variables")).putObject("case").put("type", "Json")
                .put("value", "{\"receivedOn\":\"2099-12-31\",\"planSummary\":\"書き換えた概要\",\"operatorName\":\"別の事業者\"}");
        return body;
    }

    private List<String> openTasks(Case c) throws Exception {
        List<String> keys = new ArrayList<>();
        admin("task?processInstanceBusinessKey=" + c.applicationNumber()).forEach(t -> keys.add(t.get("taskDefinitionKey").asText()));
        return keys;
    }

    private long instances(String key) throws Exception {
        return admin("history/process-instance/count?processDefinitionKey=" + key).get("count").asLong();
    }

    private ObjectNode form(Map<String, Object> values) {
        return TestBodies.form(json, values);
    }

    /** The designation start form filled in as an MLIT official would, for a new fictional railway operator. */
    private ObjectNode proposal() {
        int serial = SERIAL.incrementAndGet();
        // block 09 of registry office 9999 is this class's own: other classes' serials of TestBodies.corporateNumber would collide
        return form(TestBodies.designationStartForm("DES-ATTACK-" + serial,
                CorporateNumbers.of(String.format("99990900%04d", serial))));
    }

    private static String fill(String template, Case c) {
        return template.replace("{task}", c.taskId()).replace("{instance}", c.instanceId())
                .replace("{number}", c.applicationNumber());
    }

    private static void assertForbidden(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asText()).isEqualTo(EngineRequestGuard.ADMIN_ONLY);
        assertThat(answer.body().get("message").asText()).isEqualTo(EngineRequestGuard.ADMIN_ONLY);
    }

    private static void assertInvalid(Answer answer, String field) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("title").asText()).isEqualTo(FormRejectionFilter.INVALID_TITLE_JA);
        List<String> fields = new ArrayList<>();
        answer.body().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactly(field);
        assertThat(answer.body().get("message").asText()).contains("「" + field + "」").isEqualTo(answer.body().get("detail").asText());
    }
}
