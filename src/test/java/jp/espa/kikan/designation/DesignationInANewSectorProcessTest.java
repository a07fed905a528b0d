package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.CorporateNumbers;
import jp.espa.kikan.support.DeployedForms;
import jp.espa.kikan.support.EngineClock;
import jp.espa.kikan.support.OpenTasks;
import jp.espa.kikan.support.WebappSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every procedure finishable in Tasklist (issue 21, point 6): a sector a cabinet order adds is offered by the start
 * form of the designation as Tasklist loads it, a new operator is proposed in it through that form, the figures the
 * criteria read arrive during the review and re-evaluate the proposal, and the operator is designated in one pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class DesignationInANewSectorProcessTest {

    private static final Actor CABINET_OFFICE = new Actor("cao-official", Set.of(Roles.CABINET_OFFICE));
    private static final Actor MLIT = new Actor("mlit-reviewer", Set.of("ministry-mlit"));
    private static final String SECTOR = "TEST_NEW_PORT34";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired CaseFile caseFile;
    @Autowired SectorRegistry sectors;
    @Autowired DesignationRegistry designations;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSectorAddedByCabinetOrderIsOfferedByTheProposalFormAndANewOperatorIsDesignatedInOnePass() throws Exception {
        ClockUtil.setCurrentTime(EngineClock.tokyo("2026-11-26", LocalTime.NOON));
        assertThat(sectorsOffered()).doesNotContainKey(SECTOR);
        addTheSectorByCabinetOrder("SR-NEW-PORT34");
        assertThat(sectors.sector(SECTOR).orElseThrow().active()).isTrue();

        // the form as Tasklist loads it offers the new sector, with no release (over the webapp's own path too)
        assertThat(sectorsOffered()).containsEntry(SECTOR, "テスト新港湾34").containsEntry("RAILWAY", "鉄道");
        assertThat(offered("ReportAndInspectionProcess", SECTOR_CODE)).containsEntry(SECTOR, "テスト新港湾34");
        assertThat(offered("PostIntroductionReviewProcess", SECTOR_CODE)).containsEntry(SECTOR, "テスト新港湾34");
        assertThat(offered("PostIntroductionReviewProcess", "equipmentCategoryCode"))
                .containsEntry(SECTOR + "_TOS", "テスト新港湾34: ターミナルオペレーションシステム");
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(DESIGNATION_PROCESS)
                .latestVersion().singleResult().getId();
        WebappSession.Raw inTasklist = WebappSession.login(json, port, "mlit-reviewer").send("GET",
                "/api/engine/engine/default/process-definition/" + definition + "/deployed-start-form", null, null);
        assertThat(inTasklist.status()).isEqualTo(200);
        assertThat(inTasklist.body()).contains("\"value\":\"" + SECTOR + "\"").doesNotContain("valuesKey");

        // a new operator, proposed through the start form as Tasklist submits it: no figures on record yet
        String corporateNumber = CorporateNumbers.of("999934000001");
        String proposal = "D-NEW-PORT34-1";
        Map<String, Object> form = Map.of(PROPOSAL_NUMBER, proposal, SECTOR_CODE, SECTOR, CORPORATE_NUMBER, corporateNumber,
                OPERATOR_NAME, "新港湾ターミナル株式会社（架空）", OPERATOR_ADDRESS, "愛知県名古屋市港区（架空）",
                PROPOSAL_REASON, "コンテナターミナルの運営", INDUSTRY, "SERVICE", CAPITAL_YEN, 5_000_000_000L, EMPLOYEES, 2_000);
        DeployedForms.assertOnStartForm(engine, DESIGNATION_PROCESS, form.keySet());
        Map<String, Object> variables = new HashMap<>();
        form.forEach((key, value) -> variables.put(key, Map.of("value", value)));
        ApiClient api = new ApiClient(json, port);
        ApiClient.Answer started = api.call("POST", "/engine-rest/process-definition/key/" + DESIGNATION_PROCESS + "/submit-form",
                "mlit-reviewer", Map.of("variables", variables));
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(200);
        assertThat(lastEvaluation(proposal)).isEqualTo("DOES_NOT_MEET");

        // the ministry files the figures during the review: the proposal is evaluated again, and its form shows it
        ObjectNode filing = json.createObjectNode().put("sectorCode", SECTOR);
        for (int year : new int[] {2025, 2026}) {
            filing.withArray("measures").addObject().put("code", "teu").put("fiscalYear", year).put("number", 950_000)
                    .put("source", "港湾統計（テスト）");
        }
        ApiClient.Answer filed = api.call("POST", "/api/operators/" + corporateNumber + "/measures", "mlit-reviewer", filing);
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        assertThat(filed.body().get("proposalCriteriaMet").asBoolean()).isTrue();
        assertThat(lastEvaluation(proposal)).isEqualTo("MEETS");
        OpenTasks tasks = new OpenTasks(engine);
        assertThat(engine.getTaskService().getVariable(tasks.task(proposal, "Task_ReviewCandidate").getId(), CRITERIA_MET))
                .isEqualTo(true);

        // one pass: review, the opportunity to explain (excluded, with its ground), designation, publication
        MLIT.actInEngine(identity, () -> {
            tasks.complete(proposal, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, DESIGNATE_DECISION, REVIEW_REASON, "基準に該当"));
            tasks.complete(proposal, "Task_GiveOpportunityToExplain", Map.of(EXPLANATION_OPPORTUNITY, "EXCLUDED",
                    EXPLANATION_EXCLUSION_REASON, "行政手続法第13条第2項第1号（テスト）"));
            tasks.complete(proposal, "Task_PublishDesignation", Map.of(GAZETTE_PUBLISHED_ON, "2027-04-01",
                    INTERNET_PUBLISHED_ON, "2027-04-01"));
        });
        var operator = sectors.operatorByCorporateNumber(corporateNumber).orElseThrow();
        var designation = designations.current(operator.id(), SECTOR).orElseThrow();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(proposal).count()).isZero();

        // figures below the criteria start the revocation, whose form shows each figure with its year and source
        ObjectNode lower = json.createObjectNode().put("sectorCode", SECTOR);
        lower.withArray("measures").addObject().put("code", "teu").put("fiscalYear", 2026).put("number", 700_000)
                .put("source", "港湾統計（改訂、テスト）");
        lower.withArray("measures").addObject().put("code", "teu").put("fiscalYear", 2025).put("number", 700_000)
                .put("source", "港湾統計（改訂、テスト）");
        ApiClient.Answer revocation = api.call("POST", "/api/operators/" + corporateNumber + "/measures", "mlit-reviewer", lower);
        assertThat(revocation.body().get("revocationStarted").asBoolean()).as(String.valueOf(revocation.body())).isTrue();
        var confirm = tasks.task("DESIGNATION-" + designation.id(), "Task_ConfirmRevocation");
        assertThat(DeployedForms.fieldsOf(engine, confirm.getId())).contains(CRITERIA_FIGURES);
        assertThat((String) engine.getTaskService().getVariable(confirm.getId(), CRITERIA_FIGURES))
                .contains("700,000", "令和8年度", "出典: 港湾統計（改訂、テスト）");
    }

    /**
     * A ministry system's proposal may carry the figures: the criteria read them at once. A figure that gives no value
     * is refused naming it, and nothing is registered.
     */
    @Test
    void figuresComingWithAProposalAreReadByTheCriteriaAtOnce() throws Exception {
        ApiClient api = new ApiClient(json, port);
        String corporateNumber = CorporateNumbers.of("999934000002");
        ObjectNode body = json.createObjectNode();
        ObjectNode candidate = body.putArray("candidates").addObject().put("proposalNumber", "D-FIGURES34-1")
                .put("corporateNumber", corporateNumber).put("operatorName", "数値同時鉄道株式会社（架空）")
                .put("operatorAddress", "東京都（架空）").put("sectorCode", "RAILWAY").put("industry", "SERVICE")
                .put("capitalYen", 10_000_000_000L).put("employees", 3_000).put("proposalReason", "営業キロが指定基準を超える");
        candidate.putArray("measures").addObject().put("code", "routeKm").put("source", "鉄道統計年報（テスト）");
        ApiClient.Answer refused = api.call("POST", "/api/designation-proposals", "mlit-reviewer", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("candidates[0].measures[0]");
        assertThat(sectors.operatorByCorporateNumber(corporateNumber)).isEmpty();

        ((ObjectNode) candidate.get("measures").get(0)).put("number", 1_200);
        candidate.withArray("measures").addObject().put("code", "businessType").put("text", "TYPE1_RAILWAY")
                .put("source", "鉄道事業法の許可（テスト）");
        ApiClient.Answer proposed = api.call("POST", "/api/designation-proposals", "mlit-reviewer", body);
        assertThat(proposed.status()).as(String.valueOf(proposed.body())).isEqualTo(201);
        assertThat(lastEvaluation("D-FIGURES34-1")).isEqualTo("MEETS");
        assertThat(caseFile.acts(Procedure.DESIGNATION, "D-FIGURES34-1")).filteredOn(act -> act.actType() == LegalActType.CRITERIA_EVALUATED)
                .hasSize(1);
    }

    /** The sector's options of the designation's start form as Tasklist loads it (mlit-reviewer): value to label. */
    private Map<String, String> sectorsOffered() throws Exception {
        return offered(DESIGNATION_PROCESS, SECTOR_CODE);
    }

    /** The options of a select of a start form as Tasklist loads it (mlit-reviewer): value to label. */
    private Map<String, String> offered(String process, String field) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/engine-rest/process-definition/key/" + process + "/deployed-start-form"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mlit-reviewer:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode select = json.readTree(response.body()).findParents("key").stream()
                .filter(c -> field.equals(c.path("key").asText())).findFirst().orElseThrow();
        assertThat(select.has("valuesKey")).as("the list is given, not named").isFalse();
        Map<String, String> offered = new HashMap<>();
        select.path("values").forEach(option -> offered.put(option.path("value").asText(), option.path("label").asText()));
        return offered;
    }

    private String lastEvaluation(String proposal) {
        return caseFile.acts(Procedure.DESIGNATION, proposal).stream().filter(act -> act.actType() == LegalActType.CRITERIA_EVALUATED)
                .reduce((earlier, later) -> later).orElseThrow().decision();
    }

    /** A review inside the statutory items: the cabinet order adds the sector with a new draft of criteria (80万TEU). */
    private void addTheSectorByCabinetOrder(String review) throws Exception {
        ApiClient api = new ApiClient(json, port);
        ObjectNode draft = json.createObjectNode().put("sectorCode", SECTOR).put("sectorNameJa", "テスト新港湾34")
                .put("competentMinistry", "MLIT").put("summary", "年間80万TEU以上（テスト）");
        draft.putArray("criteria").addObject().put("measureCode", "teu").put("labelJa", "コンテナ取扱量（TEU）")
                .put("atLeast", 800_000).put("descriptionJa", "年間のコンテナ取扱量が八十万TEU以上であること（テスト）");
        ApiClient.Answer drafted = api.call("POST", "/api/criteria-drafts", "mlit-reviewer", draft);
        assertThat(drafted.status()).as(String.valueOf(drafted.body())).isEqualTo(201);
        ObjectNode body = json.createObjectNode().put("reviewNumber", review).put("businessName", "テスト新港湾事業（架空）")
                .put("businessDescription", "架空の事業").put("competentMinistry", "MLIT").put("insideStatutoryItems", true);
        body.putObject("trigger").put("kind", "INCIDENT").put("incidentDate", "2026-10-01").put("incidentSummary", "架空の事案");
        body.putObject("facts").put("indispensable", true).put("dailyLifeDependence", true).put("wideAreaDisruption", true)
                .put("equipmentConceivable", true).put("operatorConceivable", true).put("systemsUnderDevelopment", false);
        ApiClient.Answer started = api.call("POST", "/api/sector-reviews", "cao-official", body);
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(201);
        OpenTasks tasks = new OpenTasks(engine);
        CABINET_OFFICE.actInEngine(identity, () -> {
            tasks.complete(review, "Task_HearCompetentMinistry", Map.of("hearingDate", "2026-11-02", "ministryExplanation", "説明"));
            tasks.complete(review, "Task_RecordCommitteeMeeting", Map.of("meetingDate", "2026-11-20", "agenda", "第1回",
                    "minutesSummary", "取りまとめ", "committeeConcluded", true, "committeeConclusion", "追加すべき"));
            tasks.complete(review, "Task_DecideSectorAddition", Map.of("additionDecision", "LIST", "decisionDate", "2026-11-21",
                    "decisionReasons", "理由"));
            tasks.complete(review, "Task_DraftOrders", Map.of("ordersBasis", "NEW_SECTOR", "equipmentCategories",
                    SECTOR + "_TOS: ターミナルオペレーションシステム", "criteriaDraftNumber", drafted.body().get("draftNumber").asText(),
                    "draftSummary", "政令案"));
            tasks.complete(review, "Task_StartPublicComment", Map.of("publicCommentStartOn", "2026-11-26",
                    "publicCommentLastDay", "2026-12-25"));
        });
        ClockUtil.setCurrentTime(EngineClock.tokyo("2026-12-26", LocalTime.NOON));
        fireTimer(review);
        CABINET_OFFICE.actInEngine(identity, () -> {
            String decisionTask = tasks.task(review, "Task_RecordPublicCommentResults").getId();
            tasks.complete(review, "Task_RecordPublicCommentResults", Map.of("commentsReceived", 3, "resultsSummary", "賛成"));
            String cabinet = tasks.task(review, "Task_RecordCabinetDecision").getId();
            assertThat(decisionTask).isNotEqualTo(cabinet);
            // the decision rests on the comment period: its form shows the last day
            assertThat(DeployedForms.fieldsOf(engine, cabinet)).contains("publicCommentLastDay");
            assertThat(engine.getTaskService().getVariable(cabinet, "publicCommentLastDay")).isEqualTo("2026-12-25");
            tasks.complete(review, "Task_RecordCabinetDecision", Map.of("cabinetDecisionOn", "2026-12-26",
                    "promulgatedOn", "2027-01-05", "orderNumber", "政令第34号（架空）", "enforcementOn", "2027-04-01"));
        });
        ClockUtil.setCurrentTime(EngineClock.tokyo("2027-04-01", LocalTime.of(0, 1)));
        fireTimer(review);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(review).processDefinitionKey("SectorAdditionProcess")
                .count()).isZero();
        assertThat(caseFile.acts(Procedure.SECTOR_ADDITION, review)).extracting(act -> act.actType())
                .contains(LegalActType.SECTOR_ACTIVE);
    }

    private void fireTimer(String review) {
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey("SectorAdditionProcess")
                .processInstanceBusinessKey(review).singleResult();
        List<org.camunda.bpm.engine.runtime.Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers().list();
        assertThat(timers).hasSize(1);
        management.executeJob(timers.get(0).getId());
    }
}
