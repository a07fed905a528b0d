package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.platform.OperatorWaits;
import jp.espa.kikan.platform.StandardPeriods;
import jp.espa.kikan.platform.TaskCards;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.screening.OperatorRequests.Correction;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.WebappSession;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cases that wait for the operator are in Tasklist (事業者の対応待ち) as the service's read-only tasks
 * (platform/OperatorWaits): opened when the case starts to wait, with the operator's last day as due date, seen by the
 * competent ministry and the Cabinet Office only, closed by the operator's act alone, never by an official over either
 * engine surface, and opened at start for cases that already waited.
 */
class OperatorWaitsProcessTest extends ProcessTestSupport {

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 26);

    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @Autowired HistoryService history;
    @Autowired StandardPeriods standardPeriods;
    @Autowired OperatorWaits waits;

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void aCorrectionRequestOpensTheWaitAndTheCorrectedPlanClosesIt() {
        today("2026-11-26");
        ScreeningCaseRow c = file(TestPlans.introduction(nextApplicationNumber("WAIT"), RECEIVED));
        ProcessInstance screening = screening(c);
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", false, "correctionRequest", "供給者の住所を記載してください"));
        assertThat(screening).isWaitingAt("Event_PlanCorrected");

        Task wait = waitOf(c, "Await_PlanCorrected");
        assertThat(wait.getName()).contains("事業者の対応待ち");
        assertThat(wait.getProcessInstanceId()).as("standalone: no completion of it moves the case").isNull();
        // the correction request names no last day: the ministry's standard period for the wait (10 working days)
        assertThat(wait.getDueDate()).isEqualTo(standardPeriods.due("Await_PlanCorrected", RECEIVED.atTime(10, 0)
                .atZone(TOKYO).toInstant()));
        assertThat(standardPeriods.lastDay("Await_PlanCorrected", RECEIVED)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat((String) tasks.getVariableLocal(wait.getId(), TaskCards.CARD)).startsWith(c.applicationNumber() + "\u3000");
        // no candidate: the ministry reads it, works on nothing (not in 自分の担当 or 期限超過)
        assertThat(tasks.getIdentityLinksForTask(wait.getId())).isEmpty();

        assertThat(seenBy("mlit-reviewer", "ministry-mlit")).contains(wait.getId());
        assertThat(seenBy("cao-official", "cabinet-office")).contains(wait.getId());
        assertThat(seenBy("meti-reviewer", "ministry-meti")).doesNotContain(wait.getId());
        assertThat(inFilter("事業者の対応待ち", "mlit-reviewer", "ministry-mlit")).contains(wait.getId());
        assertThat(inFilter("事業者の対応待ち", "meti-reviewer", "ministry-meti")).doesNotContain(wait.getId());
        assertThat(inFilter("自分の担当（法定の末日順）", "mlit-reviewer", "ministry-mlit")).doesNotContain(wait.getId());

        operatorRequests.correct(PORTAL, c.id(), new Correction("住所を追記", TestPlans.content()));
        assertThat(screening).isWaitingAt("Task_CheckCompleteness");
        assertThat(tasks.createTaskQuery().taskId(wait.getId()).count()).isZero();
        assertThat(ended(wait).getDeleteReason()).isEqualTo("completed");
        assertThat(acts(c)).containsSubsequence(LegalActType.CORRECTION_REQUESTED, LegalActType.CORRECTION_RECEIVED);
    }

    @Test
    void noOfficialNorAdministratorCompletesOrChangesTheWaitOverEitherEngineSurface() throws Exception {
        today("2026-11-26");
        ScreeningCaseRow c = file(TestPlans.introduction(nextApplicationNumber("WAITX"), RECEIVED));
        ProcessInstance screening = screening(c);
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", false, "correctionRequest", "供給者の住所を記載してください"));
        String id = waitOf(c, "Await_PlanCorrected").getId();
        ApiClient api = new ApiClient(json, port);
        Map<String, Object> body = Map.of("variables", Map.of());
        for (String user : List.of("mlit-reviewer", "demo")) {
            for (String call : List.of("complete", "submit-form", "resolve", "claim", "unclaim", "assignee", "localVariables/taskCard")) {
                String method = call.startsWith("localVariables") ? "PUT" : "POST";
                Object sent = call.equals("claim") || call.equals("assignee") ? Map.of("userId", user)
                        : call.startsWith("localVariables") ? Map.of("value", "偽の案件", "type", "String") : body;
                Answer answer = api.call(method, "/engine-rest/task/" + id + "/" + call, user, sent);
                assertThat(answer.status()).as(user + " " + call).isEqualTo(403);
                assertThat(answer.body().path("detail").asText()).as(user + " " + call).contains("事業者の対応");
            }
            assertThat(api.call("DELETE", "/engine-rest/task/" + id, user, null).status()).isEqualTo(403);
        }
        WebappSession webapp = WebappSession.login(json, port, "mlit-reviewer");
        for (String call : List.of("complete", "submit-form")) {
            WebappSession.Raw answer = webapp.send("POST", "/api/engine/engine/default/task/" + id + "/" + call, "{}",
                    "application/json");
            assertThat(answer.status()).as("Tasklist's " + call).isEqualTo(403);
            assertThat(answer.body()).contains("事業者の対応");
        }
        // nothing moved: the task is open as it was, the case waits for the corrected plan, no act was recorded
        Task still = tasks.createTaskQuery().taskId(id).singleResult();
        assertThat(still).isNotNull();
        assertThat(still.getAssignee()).isNull();
        assertThat((String) tasks.getVariableLocal(id, TaskCards.CARD)).startsWith(c.applicationNumber());
        assertThat(screening).isWaitingAt("Event_PlanCorrected");
        assertThat(acts(c)).endsWith(LegalActType.CORRECTION_REQUESTED);
        // and through the Java API as the ministry: the engine itself refuses its work (READ only)
        identity.setAuthentication("mlit-reviewer", List.of("ministry-mlit"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(id))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    }

    @Test
    void theRecommendationWaitsForTheReplyDueOnItsLastDayAndTheReplyClosesIt() {
        ScreeningCaseRow c = recommended("REPLY");
        Task wait = waitOf(c, "Await_OperatorReply");
        // delivered Thu 26 Nov: day 10 is Sat 5 Dec, so the reply is due Mon 7 Dec (to its end, Tokyo)
        assertThat(wait.getDueDate()).isEqualTo(tokyoStartOf("2026-12-08").toInstant().minusSeconds(1));
        assertThat(seenBy("mlit-reviewer", "ministry-mlit")).contains(wait.getId());
        operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
        assertThat(tasks.createTaskQuery().taskId(wait.getId()).count()).isZero();
        assertThat(ended(wait).getDeleteReason()).isEqualTo("completed");
        assertThat(task(c, "Task_AssessRefusal")).isNotNull();
    }

    @Test
    void aReplyPeriodThatRunsOutClosesTheWaitAsExpired() {
        ScreeningCaseRow c = recommended("NOREPLY");
        Task wait = waitOf(c, "Await_OperatorReply");
        fireTimer(c, "Event_ReplyPeriodExpired");
        assertThat(task(c, "Task_DecideOrder")).isNotNull();
        assertThat(tasks.createTaskQuery().taskId(wait.getId()).count()).isZero();
        assertThat(ended(wait).getDeleteReason()).isEqualTo("期限の経過");
    }

    @Test
    void aPeriodThatEndsWhileTheReplyIsAwaitedEndsTheWaitWithTheProcedure() {
        ScreeningCaseRow c = recommended("PERIOD");
        Task wait = waitOf(c, "Await_OperatorReply");
        fireTimer(c, "BoundaryEvent_PeriodEnded");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.applicationNumber()).count()).isZero();
        assertThat(tasks.createTaskQuery().taskId(wait.getId()).count()).isZero();
        assertThat(ended(wait).getDeleteReason()).isEqualTo("手続の終了・取消");
    }

    @Test
    void casesThatWaitedBeforeThisReleaseGetTheirWaitAtStart() {
        ScreeningCaseRow c = recommended("EARLIER");
        Task wait = waitOf(c, "Await_OperatorReply");
        tasks.deleteTask(wait.getId(), "an earlier release had none"); // as the cases of an earlier release waited
        waits.openForCasesAlreadyWaiting();
        Task opened = waitOf(c, "Await_OperatorReply");
        assertThat(opened.getId()).isNotEqualTo(wait.getId());
        assertThat(opened.getDueDate()).isEqualTo(wait.getDueDate());
        assertThat(seenBy("mlit-reviewer", "ministry-mlit")).contains(opened.getId());
        waits.openForCasesAlreadyWaiting(); // once
        assertThat(tasks.createTaskQuery().taskVariableValueEquals(OperatorWaits.AWAITING, "Await_OperatorReply").taskVariableValueEquals(
                OperatorWaits.AWAITED_IN, tasks.getVariableLocal(opened.getId(), OperatorWaits.AWAITED_IN)).count()).isEqualTo(1);
    }

    // ---- helpers

    private ScreeningCaseRow recommended(String prefix) {
        today("2026-11-26");
        ScreeningCaseRow c = file(TestPlans.introduction(nextApplicationNumber(prefix), RECEIVED));
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "外国政府の影響"));
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣、経済産業大臣", "consultationSummary", "勧告相当との意見"));
        complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2026-11-26",
                "recommendationDeliveredOn", "2026-11-26", "recommendationMeasures", "CHANGE_PLAN",
                "recommendationContent", "構成設備の供給者の変更"));
        assertThat(runningInstance("RecommendationProcess", c)).isWaitingAt("Gateway_AwaitReply");
        return c;
    }

    /** The case's one open wait of that kind (found by the instance that waits, as the service finds it). */
    private Task waitOf(ScreeningCaseRow c, String key) {
        List<Task> found = tasks.createTaskQuery().taskVariableValueEquals(OperatorWaits.AWAITING, key).list().stream()
                .filter(t -> ((String) tasks.getVariableLocal(t.getId(), TaskCards.CARD)).startsWith(c.applicationNumber() + "\u3000"))
                .toList();
        assertThat(found).as("the wait " + key + " of " + c.applicationNumber()).hasSize(1);
        String waitingIn = (String) tasks.getVariableLocal(found.get(0).getId(), OperatorWaits.AWAITED_IN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(waitingIn).singleResult().getBusinessKey())
                .isEqualTo(c.applicationNumber());
        return found.get(0);
    }

    private List<String> seenBy(String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            return tasks.createTaskQuery().taskVariableValueLike(OperatorWaits.AWAITING, OperatorWaits.ANY_WAIT).list()
                    .stream().map(Task::getId).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> inFilter(String name, String user, String group) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        identity.setAuthentication(user, List.of(group));
        try {
            return filters.<Task>list(filter.getId()).stream().map(Task::getId).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private HistoricTaskInstance ended(Task task) {
        return history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    }
}
