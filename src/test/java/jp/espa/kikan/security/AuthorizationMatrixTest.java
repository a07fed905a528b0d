package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.AccessPolicy.Reach;
import jp.espa.kikan.security.AccessPolicy.Role;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.TestBodies;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every account × every endpoint of the project API × the two ministries' cases, over real HTTP. What each account
 * may do is derived from the {@link AccessPolicy} table (its roles by its groups in the identity service, the reach
 * of each right), independently of the code that enforces it; a refusal must answer 403 or 404 and leave the registry
 * exactly as it was, an allowed call must not be refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    static final List<String> ACCOUNTS = List.of("demo", "portal", "portal-railway", "mlit-reviewer", "meti-reviewer",
            "mlit-senior", "cao-official");

    /** A ministry's case: its competent ministry's reviewer group, its operator, sector and equipment. */
    record Subject(String ministryGroup, String corporateNumber, String sectorCode, String equipment, String reviewMinistry) {
    }

    static final Subject RAILWAY = new Subject("ministry-mlit", "6999901000002", "RAILWAY", "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL", "MLIT");
    static final Subject ELECTRICITY = new Subject("ministry-meti", "7999901000001", "ELECTRICITY",
            "GENERAL_TRANSMISSION_DISTRIBUTION_SUPPLY_DEMAND_CONTROL", "METI");

    /** Which operators each portal account files for (db/demo V1001). */
    static final Map<String, Set<String>> REPRESENTS = Map.of("portal", Set.of(RAILWAY.corporateNumber(), ELECTRICITY.corporateNumber()),
            "portal-railway", Set.of(RAILWAY.corporateNumber()));

    /** One endpoint for one subject: the right it needs and the call, made as the given account. */
    record Endpoint(String name, Action action, Subject subject, Function<String, Answer> call) {
    }

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;
    @Autowired org.camunda.bpm.engine.TaskService tasks;

    private final Map<Subject, String> caseIds = new java.util.HashMap<>();
    private final Map<Subject, String> reviewNumbers = new java.util.HashMap<>();
    private final Map<Subject, String> inspections = new java.util.HashMap<>();
    private final Map<Subject, String> acceptanceNotices = new java.util.HashMap<>();
    private int serial;

    /** The application and review numbers of this class's cases. */
    String prefix() {
        return "MATRIX";
    }

    /** The call as the account, here with its password (HTTP Basic). */
    Answer call(String method, String path, String user, Object body) {
        try {
            return new ApiClient(json, port).call(method, path, user, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    void filePlansAndStartReviews() {
        for (Subject s : List.of(RAILWAY, ELECTRICITY)) {
            Answer filed = call("POST", "/api/screenings", "portal", plan(s, prefix() + "-" + s.sectorCode()));
            assertThat(filed.status()).isEqualTo(201);
            caseIds.put(s, filed.body().get("caseId").asText());
            String review = prefix() + "-SR-" + s.reviewMinistry();
            assertThat(call("POST", "/api/sector-reviews", "cao-official", TestBodies.sectorReview(json, review, s.reviewMinistry()))
                    .status()).isEqualTo(201);
            reviewNumbers.put(s, review);
            Answer inspection = call("POST", "/api/inspections", s.reviewMinistry().toLowerCase() + "-reviewer", inspection(s));
            assertThat(inspection.status()).as(String.valueOf(inspection.body())).isEqualTo(201);
            inspections.put(s, inspection.body().get("caseNumber").asText());
            // the formal check accepts the plan: its 受理の通知 is the document every account asks for
            tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(prefix() + "-" + s.sectorCode())
                    .taskDefinitionKey("Task_CheckCompleteness").singleResult().getId(), Map.of("planComplete", true));
            String notices = "/api/cases/screening/" + prefix() + "-" + s.sectorCode() + "/documents";
            acceptanceNotices.put(s, notices + "/" + call("GET", notices, "demo", null).body().get(0).get("id").asText());
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Subject s : List.of(RAILWAY, ELECTRICITY)) {
            String caseId = caseIds.get(s);
            String review = reviewNumbers.get(s);
            endpoints.add(new Endpoint("file a plan", Action.FILE_PLAN, s,
                    user -> call("POST", "/api/screenings", user, plan(s, next("MX-P")))));
            endpoints.add(new Endpoint("file an emergency notification", Action.FILE_EMERGENCY_NOTIFICATION, s,
                    user -> call("POST", "/api/emergency-notifications", user, emergency(s, next("MX-E")))));
            endpoints.add(new Endpoint("file a minor plan change", Action.ANSWER_FOR_OPERATOR, s,
                    user -> call("POST", "/api/screenings/" + caseId + "/changes", user, json.createObjectNode()
                            .put("summary", "本店移転（国内）").set("items", json.createArrayNode().add("SUPPLIER_ADDRESS_SAME_COUNTRY")))));
            endpoints.add(new Endpoint("read the case", Action.READ_SCREENING, s,
                    user -> call("GET", "/api/screenings/" + caseId, user, null)));
            endpoints.add(new Endpoint("read the case file with personal data", Action.READ_CASE_FILE, s,
                    user -> call("GET", "/api/screenings/" + caseId + "/case-file", user, null)));
            // the case is under review: whoever may start an Art 55 review is told it is not yet closed (409)
            endpoints.add(new Endpoint("start a post-introduction review", Action.DECIDE_SCREENING, s,
                    user -> call("POST", "/api/screenings/" + caseId + "/post-introduction-reviews", user,
                            json.createObjectNode().put("reason", "国際情勢の変化"))));
            endpoints.add(new Endpoint("list the case's documents", Action.READ_DOCUMENTS, s,
                    user -> call("GET", "/api/cases/screening/" + prefix() + "-" + s.sectorCode() + "/documents", user, null)));
            endpoints.add(new Endpoint("read the acceptance notice", Action.READ_DOCUMENTS, s,
                    user -> call("GET", acceptanceNotices.get(s), user, null)));
            endpoints.add(new Endpoint("render a draft notice", Action.DRAFT_DOCUMENTS, s,
                    user -> call("GET", "/api/cases/screening/" + prefix() + "-" + s.sectorCode() + "/documents/drafts/ACCEPTANCE_NOTICE",
                            user, null)));
            endpoints.add(new Endpoint("propose a designation", Action.PROPOSE_DESIGNATION, s,
                    user -> call("POST", "/api/designation-proposals", user, proposal(s))));
            endpoints.add(new Endpoint("file figures", Action.FILE_MEASURES, s,
                    user -> call("POST", "/api/operators/" + s.corporateNumber() + "/measures", user, measure(s))));
            endpoints.add(new Endpoint("record an answer to a report request (Art 58(1))", Action.FILE_MEASURES, s,
                    user -> call("POST", "/api/business-reports", user, businessReport(s))));
            // a table of criteria for a sector that has one: whoever may draft is told to change the live table (400)
            endpoints.add(new Endpoint("draft criteria", Action.DRAFT_CRITERIA, s,
                    user -> call("POST", "/api/criteria-drafts", user, criteriaDraft(s))));
            endpoints.add(new Endpoint("read the live thresholds to draft from", Action.READ_CRITERIA_DRAFTS, s,
                    user -> call("GET", "/api/criteria-drafts/live-thresholds?sectorCode=" + s.sectorCode(), user, null)));
            endpoints.add(new Endpoint("file a change notice", Action.FILE_CHANGE_NOTICE, s,
                    user -> call("POST", "/api/operators/" + s.corporateNumber() + "/change-notices", user, changeNotice())));
            // the review waits for its hearing: whoever may record meetings is told it is not at that stage (409)
            endpoints.add(new Endpoint("record a committee meeting", Action.RECORD_COMMITTEE_MEETING, s,
                    user -> call("POST", "/api/sector-reviews/" + review + "/committee-meetings", user, json.createObjectNode()
                            .put("meetingDate", "2026-11-10").put("agenda", "議事").put("minutesSummary", "概要").put("concluded", false))));
            endpoints.add(new Endpoint("read a sector review's deliberations", Action.READ_SECTOR_REVIEW, s,
                    user -> call("GET", "/api/sector-reviews/" + review, user, null)));
            String inspection = inspections.get(s);
            endpoints.add(new Endpoint("request a report (Art 58)", Action.REQUEST_REPORT_OR_INSPECTION, s,
                    user -> call("POST", "/api/inspections", user, inspection(s))));
            endpoints.add(new Endpoint("read a report request", Action.READ_INSPECTION, s,
                    user -> call("GET", "/api/inspections/" + inspection, user, null)));
            // the first allowed report is taken; later ones are told none is awaited any more (409)
            endpoints.add(new Endpoint("submit a report", Action.SUBMIT_REPORT, s,
                    user -> call("POST", "/api/inspections/" + inspection + "/report", user,
                            json.createObjectNode().put("summary", "報告"))));
        }
        endpoints.add(new Endpoint("start a sector review", Action.START_SECTOR_REVIEW, null,
                user -> call("POST", "/api/sector-reviews", user, TestBodies.sectorReview(json, next("MX-SR"), "MLIT"))));
        endpoints.add(new Endpoint("list sector reviews", Action.READ_SECTOR_REVIEW, null,
                user -> call("GET", "/api/sector-reviews", user, null)));
        endpoints.add(new Endpoint("read the public registry", Action.READ_PUBLIC_REGISTRY, null,
                user -> call("GET", "/api/designations?sectorCode=RAILWAY", user, null)));
        endpoints.add(new Endpoint("read the sectors", Action.READ_PUBLIC_REGISTRY, null,
                user -> call("GET", "/api/sectors", user, null)));
        endpoints.add(new Endpoint("read a statutory period", Action.READ_PUBLIC_REGISTRY, null,
                user -> call("GET", "/api/statutory-periods/standstill?receivedOn=2026-11-26", user, null)));
        return endpoints;
    }

    @TestFactory
    List<DynamicTest> everyAccountOnEveryEndpointAsThePolicySays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String account : ACCOUNTS) {
            for (Endpoint endpoint : endpoints()) {
                boolean allowed = allowedByPolicy(account, endpoint);
                String name = account + " " + (allowed ? "may " : "may not ") + endpoint.name()
                        + (endpoint.subject() == null ? "" : " (" + endpoint.subject().sectorCode() + ")");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Map<String, Long> before = registry();
                    Answer answer = endpoint.call().apply(account);
                    if (allowed) {
                        assertThat(answer.status()).as(name + ": " + answer.body()).isNotIn(401, 403, 404).isLessThan(500);
                    } else {
                        assertThat(answer.status()).as(name + ": " + answer.body()).isIn(403, 404);
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                        assertThat(registry()).as("nothing changed").isEqualTo(before);
                    }
                }));
            }
        }
        return tests;
    }

    /**
     * Look-ups check the right before the record: an account with a right answers a case out of its reach as one that
     * does not exist, an account without it is refused before the look-up, and no answer names an internal id (a
     * filing under another operator's application number found that case, and its 404 named the case's id).
     */
    @Test
    void lookUpsAnswerACaseOutOfReachAsOneThatDoesNotExistAndNameNoId() {
        String electricity = caseIds.get(ELECTRICITY);
        Answer outOfReach = call("GET", "/api/screenings/" + electricity, "portal-railway", null);
        Answer missing = call("GET", "/api/screenings/" + UUID.randomUUID(), "portal-railway", null);
        assertThat(outOfReach.status()).isEqualTo(404);
        assertThat(outOfReach.body().get("detail")).isEqualTo(missing.body().get("detail"));
        assertThat(outOfReach.body().get("detail").asText()).doesNotContain(electricity); // "instance" is the path asked for

        Answer underAnotherOperatorsNumber = call("POST", "/api/screenings", "portal-railway", plan(RAILWAY, prefix() + "-ELECTRICITY"));
        assertThat(underAnotherOperatorsNumber.body().toString()).doesNotContain(electricity);
        if (underAnotherOperatorsNumber.status() >= 400) {
            assertThat(underAnotherOperatorsNumber.body().toString()).doesNotContainPattern(UUID_PATTERN);
        }

        String notInTheRegistry = TestBodies.corporateNumber(7501);
        Answer notItsOperator = call("POST", "/api/operators/" + ELECTRICITY.corporateNumber() + "/change-notices",
                "portal-railway", changeNotice());
        Answer unknownOperator = call("POST", "/api/operators/" + notInTheRegistry + "/change-notices", "portal-railway",
                changeNotice());
        assertThat(notItsOperator.status()).as(String.valueOf(notItsOperator.body())).isEqualTo(404);
        assertThat(unknownOperator.status()).isEqualTo(404);
        assertThat(notItsOperator.body().get("detail").asText().replace(ELECTRICITY.corporateNumber(), "N"))
                .isEqualTo(unknownOperator.body().get("detail").asText().replace(notInTheRegistry, "N"));
        // figures come from the competent ministry only: the portal learns nothing of the registry by filing them
        assertThat(call("POST", "/api/operators/" + notInTheRegistry + "/measures", "portal", measure(RAILWAY)).status())
                .isEqualTo(403);
        assertThat(call("POST", "/api/operators/" + notInTheRegistry + "/change-notices", "mlit-reviewer", changeNotice())
                .status()).isEqualTo(403);
    }

    private static final java.util.regex.Pattern UUID_PATTERN =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ObjectNode changeNotice() {
        return json.createObjectNode().put("kind", "ADDRESS").put("newValue", "東京都（架空）" + next(""))
                .put("effectiveOn", LocalDate.now(StatutoryPeriods.TOKYO).plusDays(30).toString());
    }

    /** The expected answer, from the policy table: a role of the account has the right, and it reaches the subject. */
    private boolean allowedByPolicy(String account, Endpoint endpoint) {
        Set<String> groups = identity.createGroupQuery().groupMember(account).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        for (Role role : Role.of(new Actor(account, groups))) {
            Reach reach = AccessPolicy.reach(role, endpoint.action());
            if (reach == null) {
                continue;
            }
            Subject s = endpoint.subject();
            boolean reaches = switch (reach) {
                case ALL -> true;
                case COMPETENT_MINISTRY -> s != null && groups.contains(
                        role == Role.MINISTRY_SENIOR ? s.ministryGroup() + "-senior" : s.ministryGroup());
                case REPRESENTED_OPERATOR -> s != null && REPRESENTS.getOrDefault(account, Set.of()).contains(s.corporateNumber());
            };
            if (reaches) {
                return true;
            }
        }
        return false;
    }

    /** Row counts of every registry table a call could write. */
    private Map<String, Long> registry() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("screening_case", "plan_party", "case_act", "decision_evaluation", "designation_case",
                "operator", "operator_measure", "operator_change_notice", "sector_review", "committee_meeting",
                "inspection_request", "document", "criteria_draft")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("process instances", jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class));
        return counts;
    }

    private synchronized String next(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + (++serial);
    }

    private ObjectNode plan(Subject s, String applicationNumber) {
        ObjectNode plan = TestBodies.plan(json, applicationNumber);
        plan.put("operatorCorporateNumber", s.corporateNumber()).put("sectorCode", s.sectorCode()).put("equipmentCategoryCode", s.equipment());
        return plan;
    }

    private ObjectNode emergency(Subject s, String applicationNumber) {
        ObjectNode notification = TestBodies.emergencyNotification(json, applicationNumber);
        notification.put("operatorCorporateNumber", s.corporateNumber()).put("sectorCode", s.sectorCode()).put("equipmentCategoryCode", s.equipment());
        notification.set("plan", plan(s, applicationNumber).get("plan"));
        return notification;
    }

    private ObjectNode proposal(Subject s) {
        ObjectNode body = json.createObjectNode();
        body.putArray("candidates").addObject().put("proposalNumber", next("MX-D"))
                .put("corporateNumber", TestBodies.corporateNumber(9100 + (++serial))).put("operatorName", "行列検証株式会社（架空）")
                .put("operatorAddress", "東京都（架空）").put("sectorCode", s.sectorCode()).put("industry", "MANUFACTURING_OTHER")
                .put("capitalYen", 10_000_000_000L).put("employees", 3000).put("proposalReason", "規模が大きい");
        return body;
    }

    private ObjectNode inspection(Subject s) {
        return json.createObjectNode().put("kind", "REPORT").put("corporateNumber", s.corporateNumber())
                .put("sectorCode", s.sectorCode()).put("purpose", "PLAN_REVIEW").put("matters", "保守の委託先")
                .put("dueOn", LocalDate.now(StatutoryPeriods.TOKYO).plusDays(14).toString());
    }

    private ObjectNode measure(Subject s) {
        ObjectNode body = json.createObjectNode().put("sectorCode", s.sectorCode());
        body.putArray("measures").addObject().put("code", "matrixCheck").put("number", 1).put("source", "検証");
        return body;
    }

    /** An answer with one figure, from an operator new to the registry each time (a corporate number of block 08). */
    private ObjectNode businessReport(Subject s) {
        String base = String.format("99990800%04d", ++serial % 10_000);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        ObjectNode body = json.createObjectNode().put("sectorCode", s.sectorCode()).put("corporateNumber", (9 - sum % 9) + base)
                .put("operatorName", "報告株式会社（架空）").put("receivedOn", "2026-11-02").put("reference", "検証");
        body.putArray("figures").addObject().put("code", "matrixCheck").put("fiscalYear", 2025).put("number", 1);
        return body;
    }

    private ObjectNode criteriaDraft(Subject s) {
        ObjectNode body = json.createObjectNode().put("sectorCode", s.sectorCode()).put("summary", "検証");
        body.putArray("criteria").addObject().put("measureCode", "matrixCheck").put("labelJa", "検証").put("atLeast", 1)
                .put("descriptionJa", "検証");
        return body;
    }
}
