package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist as the case's ministry reviewer uses it, over real HTTP on the webapps' engine API with the requests
 * Tasklist's JavaScript sends: comments, the History and Diagram tabs, the cards' case variables, the role filters,
 * and "Set follow-up date" / "Set due date" on a task with a Camunda Form (for administrators also on /engine-rest).
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
    void cardsShowTheCaseNumberTheOperatorAndTheStatutoryLastDayInEveryFilter() throws Exception {
        Case c = fileCase();
        Map<String, String> card = card(REVIEWER, "全てのタスク", c.taskId());
        assertThat(card).containsEntry("taskCaseNumber", c.applicationNumber()).containsKey("taskParty")
                .doesNotContainKey("taskLastDay"); // before 受理 no period runs

        Answer accepted = as(REVIEWER, "POST", "task/" + c.taskId() + "/submit-form",
                Map.of("variables", Map.of("planComplete", Map.of("value", true))));
        assertThat(accepted.status()).as(String.valueOf(accepted.body())).isEqualTo(204);

        String review = admin("task?processInstanceBusinessKey=" + c.applicationNumber()).get(0).get("id").asText();
        Map<String, String> reviewCard = card(REVIEWER, "自分の担当（法定の末日順）", review);
        assertThat(reviewCard).containsEntry("taskCaseNumber", c.applicationNumber());
        assertThat(reviewCard.get("taskParty")).isEqualTo(card.get("taskParty")).isNotBlank();
        assertThat(LocalDate.parse(reviewCard.get("taskLastDay"))).isEqualTo(LocalDate.now(TOKYO).plusDays(29));
        // the Cabinet Office reads every task (supervision, Cockpit's Human Tasks) but cannot work it
        assertThat(card("cao-official", "全てのタスク", review)).containsEntry("taskCaseNumber", c.applicationNumber());
        assertThat(card(REVIEWER, "期限超過", review)).isNull();
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
        assertThat(after.get("due").isNull()).isTrue();
    }

    // --- helpers

    /** The card variables of a task as the filter lists it to the user (Tasklist asks for HAL); null: not listed. */
    private Map<String, String> card(String user, String filterName, String taskId) throws Exception {
        JsonNode filters = as(user, "GET", "filter?resourceType=Task", null).body();
        String filterId = null;
        for (JsonNode filter : filters) {
            if (filter.get("name").asText().equals(filterName)) {
                filterId = filter.get("id").asText();
            }
        }
        assertThat(filterId).as("filter " + filterName).isNotNull();
        // the filter narrowed to this task (an extending query), so other tests' tasks never page it out
        Answer list = session(user).call("POST", ENGINE + "filter/" + filterId + "/list?firstResult=0&maxResults=50",
                Map.of("taskId", taskId), "application/hal+json");
        assertThat(list.status()).as(String.valueOf(list.body())).isEqualTo(200);
        for (JsonNode task : list.body().path("_embedded").path("task")) {
            if (task.get("id").asText().equals(taskId)) {
                Map<String, String> variables = new HashMap<>();
                task.path("_embedded").path("variable").forEach(v -> variables.put(v.get("name").asText(), v.get("value").asText()));
                return variables;
            }
        }
        return null;
    }

    private Case fileCase() throws Exception {
        String number = "TASKLIST-" + SERIAL.incrementAndGet() + "-" + System.nanoTime();
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
