package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.screening.TestPlans;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.WebappSession;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist as the case's ministry reviewer uses it, over real HTTP on the webapps' engine API with the requests
 * Tasklist's JavaScript sends: comments, the History and Diagram tabs, the cards' case variable and due dates (standard
 * periods where the law sets none), the role filters and their order, and "Set follow-up date" / "Set due date" on a
 * task with a Camunda Form (for administrators also on /engine-rest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class TasklistForEveryRoleTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String ENGINE = "/camunda/api/engine/engine/default/";
    private static final String REVIEWER = "mlit-reviewer";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired TaskService taskService;
    @Autowired AuthorizationService authorizationService;
    @Autowired OpenTaskBackfill backfill;
    @Autowired StandardPeriods standardPeriods;

    private final Map<String, WebappSession> sessions = new HashMap<>();

    record Case(String applicationNumber, String taskId, String definitionId) {
    }

    @Test
    void theReviewerCommentsOnTheTaskAndSeesTheCommentAndTheClaimInItsHistory() throws Exception {
        Case c = fileCase();
        assertThat(as(REVIEWER, "POST", "task/" + c.taskId() + "/claim", Map.of("userId", REVIEWER)).status()).isEqualTo(204);

        Answer comment = as(REVIEWER, "POST", "task/" + c.taskId() + "/comment/create", Map.of("message", "補正の要否を確認中"));

        assertThat(comment.status()).as(String.valueOf(comment.body())).isEqualTo(200);
        Answer comments = as(REVIEWER, "GET", "task/" + c.taskId() + "/comment", null);
        assertThat(comments.status()).isEqualTo(200);
        assertThat(texts(comments.body(), "message")).containsExactly("補正の要否を確認中");
        Answer history = as(REVIEWER, "GET", "history/user-operation?taskId=" + c.taskId(), null);
        assertThat(history.status()).isEqualTo(200);
        assertThat(texts(history.body(), "operationType")).contains("Claim");
    }

    @Test
    void anotherMinistryNeitherCommentsNorReadsTheHistory() throws Exception {
        Case c = fileCase();

        assertThat(as("meti-reviewer", "POST", "task/" + c.taskId() + "/comment/create", Map.of("message", "x")).status())
                .isIn(400, 403, 404);
        assertThat(as("meti-reviewer", "GET", "history/task?taskId=" + c.taskId(), null).body()).isEmpty();
        assertThat(as(REVIEWER, "GET", "task/" + c.taskId() + "/comment", null).body()).isEmpty();
    }

    @Test
    void noOneClaimsForAnotherNorCommentsOnAnotherCaseNorWorksATaskOnlyReadable() throws Exception {
        Case c = fileCase();
        Case other = fileCase();
        String otherInstance = admin("task/" + other.taskId()).get("processInstanceId").asText();

        // a claim for another account would hand it the task and its case
        assertThat(as(REVIEWER, "POST", "task/" + c.taskId() + "/claim", Map.of("userId", "meti-reviewer")).status())
                .isEqualTo(403);
        assertThat(admin("task/" + c.taskId()).get("assignee").isNull()).isTrue();
        // a comment sent with another case's instance id would land in that case
        assertThat(as(REVIEWER, "POST", "task/" + c.taskId() + "/comment/create",
                Map.of("message", "x", "processInstanceId", otherInstance)).status()).isEqualTo(403);
        assertThat(as(REVIEWER, "GET", "task/" + other.taskId() + "/comment", null).body()).isEmpty();
        // the Cabinet Office reads every task (supervision) but does not work on it
        assertThat(as("cao-official", "POST", "task/" + c.taskId() + "/comment/create", Map.of("message", "x")).status())
                .isEqualTo(403);
        assertThat(as("cao-official", "PUT", "task/" + c.taskId(), admin("task/" + c.taskId())).status()).isEqualTo(403);
        assertThat(as(REVIEWER, "GET", "task/" + c.taskId() + "/comment", null).body()).isEmpty();
    }

    @Test
    void theReviewerSeesTheDiagramOfTheTask() throws Exception {
        Case c = fileCase();

        Answer xml = as(REVIEWER, "GET", "process-definition/" + c.definitionId() + "/xml", null);

        assertThat(xml.status()).as(String.valueOf(xml.body())).isEqualTo(200);
        assertThat(xml.body().get("bpmn20Xml").asText()).contains("Task_CheckCompleteness");
    }

    @Test
    void cardsShowTheCaseAndTheOperatorInOneVariableAndTheDueDateInEveryFilter() throws Exception {
        Case c = fileCase();
        JsonNode check = listed(REVIEWER, "全てのタスク", c.taskId());
        Map<String, String> card = variables(check);
        assertThat(card.keySet()).containsExactly("taskCard"); // one row per task: no copies of the case's other facts
        assertThat(card.get("taskCard")).startsWith(c.applicationNumber() + "\u3000").hasSizeGreaterThan(c.applicationNumber().length() + 1);
        // before 受理 no statutory period runs: the step's standard period (5 working days) is its due date
        assertThat(day(check.get("due"))).isEqualTo(standardPeriods.lastDay("Task_CheckCompleteness", LocalDate.now(TOKYO)));

        Answer accepted = as(REVIEWER, "POST", "task/" + c.taskId() + "/submit-form",
                Map.of("variables", Map.of("planComplete", Map.of("value", true))));
        assertThat(accepted.status()).as(String.valueOf(accepted.body())).isEqualTo(204);

        String review = admin("task?processInstanceBusinessKey=" + c.applicationNumber()).get(0).get("id").asText();
        JsonNode reviewTask = listed(REVIEWER, "自分の担当（法定の末日順）", review);
        assertThat(variables(reviewTask)).containsExactly(Map.entry("taskCard", card.get("taskCard")));
        assertThat(day(reviewTask.get("due"))).isEqualTo(LocalDate.now(TOKYO).plusDays(29)); // Art 52(3)
        // the Cabinet Office reads every task (supervision, Cockpit's Human Tasks) but cannot work it
        assertThat(variables(listed("cao-official", "全てのタスク", review))).containsEntry("taskCard", card.get("taskCard"));
        assertThat(listed(REVIEWER, "期限超過", review)).isNull();
    }

    /** The card is the task's own (task-local): its candidate group reads it on both surfaces, not the case's variables. */
    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/", ENGINE})
    void theCandidateGroupReadsTheCardOfItsTaskAndNoOtherMinistryDoes(String surface) throws Exception {
        Case c = fileCase();
        String card = variables(listed(REVIEWER, "全てのタスク", c.taskId())).get("taskCard");

        Answer local = on(surface, REVIEWER, "GET", "task/" + c.taskId() + "/localVariables", null);

        assertThat(local.status()).as(String.valueOf(local.body())).isEqualTo(200);
        assertThat(local.body().get("taskCard").get("value").asText()).isEqualTo(card);
        assertThat(local.body().has("case")).isFalse();
        String instance = admin("task/" + c.taskId()).get("processInstanceId").asText();
        assertThat(on(surface, REVIEWER, "GET", "process-instance/" + instance + "/variables", null).status()).isIn(403, 404);
        assertThat(on(surface, "meti-reviewer", "GET", "task/" + c.taskId() + "/localVariables", null).status()).isIn(403, 404);
    }

    /** A completion names only its form's fields; the card is written by the service, never by a client. */
    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/", ENGINE})
    void aCompletionCannotForgeTheCardNorCanTheCandidateGroupWriteIt(String surface) throws Exception {
        Case c = fileCase();
        String card = variables(listed(REVIEWER, "全てのタスク", c.taskId())).get("taskCard");
        Map<String, Object> forged = Map.of("value", "OTHER-0001\u3000別の事業者", "type", "String");

        Answer completion = on(surface, REVIEWER, "POST", "task/" + c.taskId() + "/submit-form",
                Map.of("variables", Map.of("planComplete", Map.of("value", true), "taskCard", forged)));
        Answer written = on(surface, REVIEWER, "PUT", "task/" + c.taskId() + "/localVariables/taskCard", forged);

        assertThat(completion.status()).as(String.valueOf(completion.body())).isEqualTo(400);
        assertThat(completion.body().get("errors").get(0).get("field").asText()).isEqualTo("taskCard");
        assertThat(written.status()).as(String.valueOf(written.body())).isEqualTo(403);
        assertThat(admin("task/" + c.taskId() + "/localVariables").get("taskCard").get("value").asText()).isEqualTo(card);
        assertThat(admin("task?processInstanceBusinessKey=" + c.applicationNumber()).get(0).get("taskDefinitionKey").asText())
                .isEqualTo("Task_CheckCompleteness");
    }

    /**
     * A step the law does not time is due at the end of its standard period (kikan.tasks.standard-periods), counted
     * in working days from the day in Tokyo the task opens: year end, holidays and weekends do not count.
     */
    @ParameterizedTest(name = "opened {0}: due {1}")
    @CsvSource({
            "2026-12-25T01:00:00Z, 2027-01-06", // Fri 25 Dec, 10:00 in Tokyo: 25, 28 Dec, then 4, 5, 6 Jan
            "2026-12-25T16:00:00Z, 2027-01-07", // 01:00 on Sat 26 Dec in Tokyo (still Friday in UTC): from Mon 28 Dec
            "2027-04-28T01:00:00Z, 2027-05-10", // Golden Week: 28, 30 Apr, then 6, 7, 10 May
    })
    void aStepTheLawDoesNotTimeIsDueAtTheEndOfItsStandardPeriod(Instant opened, LocalDate lastDay) throws Exception {
        ClockUtil.setCurrentTime(Date.from(opened));
        try {
            Case c = fileCase();
            JsonNode task = listed(REVIEWER, "自分の担当（法定の末日順）", c.taskId());
            assertThat(instant(task.get("due"))).isEqualTo(lastDay.plusDays(1).atStartOfDay(TOKYO).toInstant().minusSeconds(1));
        } finally {
            ClockUtil.reset();
        }
    }

    /** By due date, whatever the order the tasks were opened in; no task is undated (H2 would list it first). */
    @Test
    void theDeadlineFiltersListTheTasksByDueDate() throws Exception {
        String prefix = "ORDER-" + System.nanoTime() + "-";
        Case review = fileCase(prefix + "1");
        assertThat(as(REVIEWER, "POST", "task/" + review.taskId() + "/submit-form",
                Map.of("variables", Map.of("planComplete", Map.of("value", true)))).status()).isEqualTo(204);
        Case check = fileCase(prefix + "2"); // opened later, due earlier: 5 working days against the review's 30 days
        Map<String, Object> theseCases = Map.of("processInstanceBusinessKeyLike", prefix + "%");

        assertThat(admin("task/count?withoutDueDate=true&processInstanceBusinessKeyLike=" + prefix + "%25")
                .get("count").asInt()).isZero();
        assertThat(admin("task/count?processInstanceBusinessKeyLike=" + prefix + "%25").get("count").asInt()).isEqualTo(2);
        assertThat(numbers(list(REVIEWER, "自分の担当（法定の末日順）", theseCases)))
                .containsExactly(check.applicationNumber(), review.applicationNumber());
        assertThat(list(REVIEWER, "期限超過", theseCases)).isEmpty();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(40))));
        try {
            assertThat(numbers(list(REVIEWER, "期限超過", theseCases)))
                    .containsExactly(check.applicationNumber(), review.applicationNumber());
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void aTaskOpenedBeforeTheUpgradeGetsItsCardItsDueDateAndItsHistoryGrantWhenTheServiceStarts() throws Exception {
        Case c = fileCase();
        String card = variables(listed(REVIEWER, "全てのタスク", c.taskId())).get("taskCard");
        assertThat(as(REVIEWER, "POST", "task/" + c.taskId() + "/claim", Map.of("userId", REVIEWER)).status()).isEqualTo(204);
        // as an earlier release left it: its three card variables, no due date, no history grant for its candidate group
        taskService.removeVariableLocal(c.taskId(), "taskCard");
        taskService.setVariablesLocal(c.taskId(), Map.of("taskCaseNumber", c.applicationNumber(), "taskParty", "旧版の表示"));
        taskService.setDueDate(c.taskId(), null);
        authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(c.taskId()).list()
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        assertThat(variables(listed(REVIEWER, "全てのタスク", c.taskId()))).isEmpty();
        assertThat(as(REVIEWER, "GET", "history/task?taskId=" + c.taskId(), null).body()).isEmpty();

        backfill.prepareTasksOpenedBeforeTheUpgrade();

        JsonNode task = listed(REVIEWER, "全てのタスク", c.taskId());
        assertThat(variables(task)).containsExactly(Map.entry("taskCard", card));
        assertThat(taskService.getVariablesLocal(c.taskId())).containsOnlyKeys("taskCard");
        assertThat(day(task.get("due"))).isEqualTo(standardPeriods.lastDay("Task_CheckCompleteness", LocalDate.now(TOKYO)));
        assertThat(as(REVIEWER, "GET", "history/task?taskId=" + c.taskId(), null).body()).hasSize(1);
        assertThat(texts(as(REVIEWER, "GET", "history/user-operation?taskId=" + c.taskId(), null).body(), "operationType"))
                .contains("Claim");
        assertThat(as("meti-reviewer", "GET", "history/task?taskId=" + c.taskId(), null).body()).isEmpty();
        long grants = authorizationService.createAuthorizationQuery().count();
        backfill.prepareTasksOpenedBeforeTheUpgrade(); // once only
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(grants);
    }

    /** The body Tasklist sends: the task as GET returned it (with camundaFormRef), the date changed. */
    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/", ENGINE})
    void theAdministratorSetsTheFollowUpAndTheDueDateOfATaskWithACamundaForm(String surface) throws Exception {
        Case c = fileCase();
        ObjectNode task = (ObjectNode) adminCall("GET", surface, "task/" + c.taskId(), null).body();
        assertThat(task.has("camundaFormRef")).isTrue();
        task.put("followUp", "2027-03-29T09:00:00.000+0900").put("due", "2027-03-30T17:00:00.000+0900");

        Answer put = adminCall("PUT", surface, "task/" + c.taskId(), task);

        assertThat(put.status()).as(String.valueOf(put.body())).isEqualTo(204);
        JsonNode saved = admin("task/" + c.taskId());
        assertThat(instant(saved.get("followUp"))).isEqualTo(instant("2027-03-29T09:00:00.000+0900"));
        assertThat(instant(saved.get("due"))).isEqualTo(instant("2027-03-30T17:00:00.000+0900"));
        task.putNull("due");
        assertThat(adminCall("PUT", surface, "task/" + c.taskId(), task).status()).isEqualTo(204); // Reset due date
        assertThat(admin("task/" + c.taskId()).get("due").isNull()).isTrue();
    }

    @Test
    void theReviewerSetsTheFollowUpDateButNotTheStatutoryDueDateNorAnythingElse() throws Exception {
        Case c = fileCase();
        ObjectNode task = (ObjectNode) as(REVIEWER, "GET", "task/" + c.taskId(), null).body();
        ObjectNode followUp = task.deepCopy().put("followUp", "2027-03-29T09:00:00.000+0900");

        Answer set = as(REVIEWER, "PUT", "task/" + c.taskId(), followUp);

        assertThat(set.status()).as(String.valueOf(set.body())).isEqualTo(204);
        assertThat(instant(admin("task/" + c.taskId()).get("followUp"))).isEqualTo(instant("2027-03-29T09:00:00.000+0900"));
        assertThat(texts(admin("history/user-operation?taskId=" + c.taskId() + "&property=followUpDate"), "userId"))
                .containsExactly(REVIEWER);

        Answer due = as(REVIEWER, "PUT", "task/" + c.taskId(), followUp.deepCopy().put("due", "2099-01-01T00:00:00.000+0900"));
        assertThat(due.status()).isEqualTo(400);
        assertThat(due.body().get("errors").get(0).get("field").asText()).isEqualTo("due");
        Answer reroute = as(REVIEWER, "PUT", "task/" + c.taskId(), followUp.deepCopy().put("assignee", "meti-reviewer"));
        assertThat(reroute.status()).isEqualTo(403);
        assertThat(as("meti-reviewer", "PUT", "task/" + c.taskId(), task).status()).isEqualTo(403);
        JsonNode after = admin("task/" + c.taskId());
        assertThat(after.get("assignee").isNull()).isTrue();
        assertThat(after.get("due")).isEqualTo(task.get("due"));
    }

    // --- helpers

    /** The task as the filter lists it to the user (Tasklist asks for HAL, with the card variables); null: not listed. */
    private JsonNode listed(String user, String filterName, String taskId) throws Exception {
        // the filter narrowed to this task (an extending query), so other tests' tasks never page it out
        for (JsonNode task : list(user, filterName, Map.of("taskId", taskId))) {
            if (task.get("id").asText().equals(taskId)) {
                return task;
            }
        }
        return null;
    }

    /** The tasks a filter lists to the user, narrowed by an extending query, in the filter's order. */
    private List<JsonNode> list(String user, String filterName, Map<String, Object> narrowedTo) throws Exception {
        JsonNode filters = as(user, "GET", "filter?resourceType=Task", null).body();
        String filterId = null;
        for (JsonNode filter : filters) {
            if (filter.get("name").asText().equals(filterName)) {
                filterId = filter.get("id").asText();
            }
        }
        assertThat(filterId).as("filter " + filterName).isNotNull();
        Answer list = session(user).call("POST", ENGINE + "filter/" + filterId + "/list?firstResult=0&maxResults=50",
                narrowedTo, "application/hal+json");
        assertThat(list.status()).as(String.valueOf(list.body())).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        list.body().path("_embedded").path("task").forEach(tasks::add);
        return tasks;
    }

    /** The variables embedded with a listed task, by name. */
    private static Map<String, String> variables(JsonNode task) {
        Map<String, String> variables = new HashMap<>();
        task.path("_embedded").path("variable").forEach(v -> variables.put(v.get("name").asText(), v.get("value").asText()));
        return variables;
    }

    /** The case numbers of listed tasks (their card's first part). */
    private static List<String> numbers(List<JsonNode> tasks) {
        return tasks.stream().map(task -> variables(task).get("taskCard").split("\u3000")[0]).toList();
    }

    private static LocalDate day(JsonNode restDate) {
        return LocalDate.ofInstant(instant(restDate), TOKYO);
    }

    private Case fileCase() throws Exception {
        return fileCase("TASKLIST-" + SERIAL.incrementAndGet() + "-" + System.nanoTime());
    }

    private Case fileCase(String number) throws Exception {
        Answer filed = new ApiClient(json, port).call("POST", "/api/screenings", "portal",
                TestPlans.introduction(number, LocalDate.now(TOKYO)));
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        JsonNode task = admin("task?processInstanceBusinessKey=" + number).get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_CheckCompleteness");
        return new Case(number, task.get("id").asText(), task.get("processDefinitionId").asText());
    }

    private WebappSession session(String user) throws Exception {
        WebappSession session = sessions.get(user);
        if (session == null) {
            session = WebappSession.login(json, port, user);
            sessions.put(user, session);
        }
        return session;
    }

    private Answer as(String user, String method, String path, Object body) throws Exception {
        return session(user).call(method, ENGINE + path, body);
    }

    /** A call as the user on /engine-rest (HTTP Basic) or the webapps' engine API (session). */
    private Answer on(String surface, String user, String method, String path, Object body) throws Exception {
        return surface.startsWith("/engine-rest") ? new ApiClient(json, port).call(method, surface + path, user, body)
                : session(user).call(method, surface + path, body);
    }

    private Answer adminCall(String method, String surface, String path, Object body) throws Exception {
        return surface.startsWith("/engine-rest") ? new ApiClient(json, port).call(method, surface + path, "demo", body)
                : session("demo").call(method, surface + path, body);
    }

    private JsonNode admin(String path) throws Exception {
        Answer answer = new ApiClient(json, port).call("GET", "/engine-rest/" + path, "demo", null);
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static Instant instant(JsonNode restDate) {
        return instant(restDate.asText());
    }

    private static Instant instant(String restDate) {
        return OffsetDateTime.parse(restDate, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }
}
