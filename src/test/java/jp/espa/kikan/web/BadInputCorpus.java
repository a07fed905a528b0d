package jp.espa.kikan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.TestBodies;
import jp.espa.kikan.support.WebappSession;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input at every POST endpoint of the project API, generated from one table (endpoint, JSON pointer into a valid
 * body, bad value, field the answer must name): each answer is 400 application/problem+json whose errors name the
 * field, and nothing is written (registry rows and process instances counted before and after). Texts as long as the
 * API allows are filed, and every error, the web server's own included, is a problem document. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class BadInputCorpus {

    /** A POST endpoint, the account that may call it, and a valid body to spoil. */
    enum Endpoint {
        PLAN("/api/screenings", "portal"),
        EMERGENCY("/api/emergency-notifications", "portal"),
        CORRECTION("/api/screenings/" + UUID.randomUUID() + "/corrections", "portal"),
        CHANGE("/api/screenings/" + UUID.randomUUID() + "/changes", "portal"),
        REPLY("/api/screenings/" + UUID.randomUUID() + "/reply", "portal"),
        POST_INTRODUCTION_REVIEW("/api/screenings/" + UUID.randomUUID() + "/post-introduction-reviews", "mlit-reviewer"),
        EXTENSION("/api/screenings/" + UUID.randomUUID() + "/extensions", "mlit-reviewer"),
        PROPOSAL("/api/designation-proposals", "mlit-reviewer"),
        MEASURES("/api/operators/6999901000002/measures", "mlit-reviewer"),
        CHANGE_NOTICE("/api/operators/6999901000002/change-notices", "portal"),
        SECTOR_REVIEW("/api/sector-reviews", "cao-official"),
        MEETING("/api/sector-reviews/DEMO-PORT-2023/committee-meetings", "cao-official"),
        INSPECTION("/api/inspections", "mlit-reviewer"),
        REPORT("/api/inspections/NO-SUCH-CASE/report", "portal");

        final String path;
        final String user;

        Endpoint(String path, String user) {
            this.path = path;
            this.user = user;
        }
    }

    /** The two doors of a Camunda form: engine REST (HTTP Basic) and the webapps' engine API that Tasklist calls. */
    enum Door {
        ENGINE_REST("/engine-rest/"), TASKLIST("/camunda/api/engine/engine/default/");

        final String base;

        Door(String base) {
            this.base = base;
        }
    }

    /** A form an official submits, and where: two start forms and the task form of 記載事項の確認. */
    enum Form {
        DESIGNATION("process-definition/key/DesignationProcess/submit-form"),
        PAPER_EMERGENCY_NOTIFICATION("process-definition/key/PostIntroductionReviewProcess/submit-form"),
        POST_INTRODUCTION_REVIEW("process-definition/key/PostIntroductionReviewProcess/submit-form"),
        CHECK_COMPLETENESS("task/{task}/submit-form");

        final String path;

        Form(String path) {
            this.path = path;
        }
    }

    private static final String OFFICIAL = "mlit-reviewer";
    private static final String MARKDOWN_LINK = "R/x) [z](https://evil.example/)";
    private static final Object ABSENT = new Object();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;
    @Autowired RuntimeService runtime;

    static Stream<Arguments> corpus() {
        List<Arguments> rows = new ArrayList<>();
        // An introduction plan
        bad(rows, Endpoint.PLAN, "/applicationNumber", 123, "applicationNumber");
        bad(rows, Endpoint.PLAN, "/applicationNumber", "", "applicationNumber");
        bad(rows, Endpoint.PLAN, "/applicationNumber", "a/b", "applicationNumber");
        bad(rows, Endpoint.PLAN, "/applicationNumber", text(61), "applicationNumber");
        bad(rows, Endpoint.PLAN, "/applicationNumber", "A\u0000B", "applicationNumber");
        bad(rows, Endpoint.PLAN, "/applicationNumber", "A\uD800", "applicationNumber");
        bad(rows, Endpoint.PLAN, "/applicationNumber", ABSENT, "applicationNumber");
        bad(rows, Endpoint.PLAN, "/kind", "PURCHASE", "kind");
        bad(rows, Endpoint.PLAN, "/kind", 1, "kind");
        bad(rows, Endpoint.PLAN, "/operatorCorporateNumber", 6999901000002L, "operatorCorporateNumber");
        bad(rows, Endpoint.PLAN, "/operatorCorporateNumber", "123", "operatorCorporateNumber");
        bad(rows, Endpoint.PLAN, "/operatorCorporateNumber", "9999901000008", "operatorCorporateNumber");
        bad(rows, Endpoint.PLAN, "/sectorCode", "NO_SUCH_SECTOR", "sectorCode");
        bad(rows, Endpoint.PLAN, "/sectorCode", true, "sectorCode");
        bad(rows, Endpoint.PLAN, "/equipmentCategoryCode", "GAS_PRODUCTION", "equipmentCategoryCode");
        bad(rows, Endpoint.PLAN, "/receivedOn", "2024-05-16", "receivedOn");
        bad(rows, Endpoint.PLAN, "/receivedOn", "9999-12-31", "receivedOn");
        bad(rows, Endpoint.PLAN, "/receivedOn", "-9999999-01-01", "receivedOn");
        bad(rows, Endpoint.PLAN, "/receivedOn", "2026-02-30", "receivedOn");
        bad(rows, Endpoint.PLAN, "/receivedOn", 20260101, "receivedOn");
        LocalDate today = LocalDate.now(StatutoryPeriods.TOKYO);
        bad(rows, Endpoint.PLAN, "/receivedOn", List.of(today.getYear(), today.getMonthValue(), today.getDayOfMonth()), "receivedOn");
        bad(rows, Endpoint.PLAN, "/receivedOn", today + "T00:00:00", "receivedOn");
        bad(rows, Endpoint.PLAN, "/plan/plannedFrom", "2027-04-01T09:00:00+09:00", "plan.plannedFrom");
        bad(rows, Endpoint.PLAN, "/plan", ABSENT, "plan");
        bad(rows, Endpoint.PLAN, "/plan/outline", text(4001), "plan.outline");
        bad(rows, Endpoint.PLAN, "/plan/outline", "概要\u0000", "plan.outline");
        bad(rows, Endpoint.PLAN, "/plan/outline", "\uDC00概要", "plan.outline");
        bad(rows, Endpoint.PLAN, "/plan/outline", 42, "plan.outline");
        bad(rows, Endpoint.PLAN, "/plan/content", "", "plan.content");
        bad(rows, Endpoint.PLAN, "/plan/plannedFrom", "2101-01-01", "plan.plannedFrom");
        bad(rows, Endpoint.PLAN, "/plan/plannedFrom", "next spring", "plan.plannedFrom");
        bad(rows, Endpoint.PLAN, "/plan/preventiveMeasures", null, "plan.preventiveMeasures");
        bad(rows, Endpoint.PLAN, "/plan/parties", List.of(), "plan.parties");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/role", "OWNER", "plan.parties[0].role");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/name", "\u0000", "plan.parties[0].name");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/representative", text(201), "plan.parties[0].representative");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/countryOfIncorporation", "jp", "plan.parties[0].countryOfIncorporation");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/foreignGovernmentSalesShare", 100.5, "plan.parties[0].foreignGovernmentSalesShare");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/foreignGovernmentSalesShare", 1.234, "plan.parties[0].foreignGovernmentSalesShare");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/foreignGovernmentSalesShare", "10", "plan.parties[0].foreignGovernmentSalesShare");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/foreignGovernmentSalesShare", 1e30, "plan.parties[0].foreignGovernmentSalesShare");
        bad(rows, Endpoint.PLAN, "/plan/parties/1/votingHolders/0/share", 4, "plan.parties[1].votingHolders[0].share");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/officers/0/birthDate", "1800-01-01", "plan.parties[0].officers[0].birthDate");
        bad(rows, Endpoint.PLAN, "/plan/parties/0/officers/0/birthDate", "2100-01-01", "plan.parties[0].officers[0].birthDate");
        bad(rows, Endpoint.PLAN, "/exemption", "NONE", "exemption");
        bad(rows, Endpoint.PLAN, "/exemption", "CONTROLLED_SUBSIDIARY", "exemptionClaim.ground");
        bad(rows, Endpoint.PLAN, "/exemptionClaim", Map.of("ground", "LISTED_COMPANY"), "exemptionClaim.ground");
        bad(rows, Endpoint.PLAN, "/unknownField", 1, "unknownField");
        // An emergency notification
        bad(rows, Endpoint.EMERGENCY, "/emergencyCase", null, "emergencyCase");
        bad(rows, Endpoint.EMERGENCY, "/emergencyCase", "WAR", "emergencyCase");
        bad(rows, Endpoint.EMERGENCY, "/introducedOn", "2024-05-16", "introducedOn");
        bad(rows, Endpoint.EMERGENCY, "/introducedOn", "2099-01-01", "introducedOn");
        bad(rows, Endpoint.EMERGENCY, "/introducedOn", null, "introducedOn");
        bad(rows, Endpoint.EMERGENCY, "/introducedOn", "20260101", "introducedOn");
        bad(rows, Endpoint.EMERGENCY, "/urgencyReason", text(4001), "urgencyReason");
        bad(rows, Endpoint.EMERGENCY, "/urgencyReason", "緊急\u0000", "urgencyReason");
        bad(rows, Endpoint.EMERGENCY, "/urgencyReason", 5, "urgencyReason");
        bad(rows, Endpoint.EMERGENCY, "/applicationNumber", 1.5, "applicationNumber");
        bad(rows, Endpoint.EMERGENCY, "/plan/outline", text(4001), "plan.outline");
        bad(rows, Endpoint.EMERGENCY, "/operatorCorporateNumber", "abc", "operatorCorporateNumber");
        bad(rows, Endpoint.EMERGENCY, "/receivedOn", "1899-12-31", "receivedOn");
        bad(rows, Endpoint.EMERGENCY, "/sectorCode", "", "sectorCode");
        // A correction, a change, a reply, a post-introduction review of a case
        bad(rows, Endpoint.CORRECTION, "/summary", text(4001), "summary");
        bad(rows, Endpoint.CORRECTION, "/summary", 7, "summary");
        bad(rows, Endpoint.CORRECTION, "/summary", "\u0000", "summary");
        bad(rows, Endpoint.CORRECTION, "/plan", ABSENT, "plan");
        bad(rows, Endpoint.CORRECTION, "/plan/outline", "", "plan.outline");
        bad(rows, Endpoint.CORRECTION, "/plan/plannedFrom", "0000-01-01", "plan.plannedFrom");
        bad(rows, Endpoint.CHANGE, "/items", List.of(), "items");
        bad(rows, Endpoint.CHANGE, "/items/0", text(61), "items[0]");
        bad(rows, Endpoint.CHANGE, "/items/0", 5, "items[0]");
        bad(rows, Endpoint.CHANGE, "/items", "SUPPLIER_NAME", "items");
        bad(rows, Endpoint.CHANGE, "/summary", "変更\uD83D", "summary");
        bad(rows, Endpoint.CHANGE, "/plan/outline", text(4001), "plan.outline");
        bad(rows, Endpoint.REPLY, "/accepted", "yes", "accepted");
        bad(rows, Endpoint.REPLY, "/accepted", 1, "accepted");
        bad(rows, Endpoint.REPLY, "/accepted", null, "accepted");
        bad(rows, Endpoint.REPLY, "/reasons", text(4001), "reasons");
        bad(rows, Endpoint.REPLY, "/reasons", "理由\u0000", "reasons");
        bad(rows, Endpoint.REPLY, "/revisedPlanSummary", 12, "revisedPlanSummary");
        bad(rows, Endpoint.POST_INTRODUCTION_REVIEW, "/reason", "", "reason");
        bad(rows, Endpoint.POST_INTRODUCTION_REVIEW, "/reason", text(4001), "reason");
        bad(rows, Endpoint.POST_INTRODUCTION_REVIEW, "/reason", 3, "reason");
        bad(rows, Endpoint.POST_INTRODUCTION_REVIEW, "/reason", "\uDFFF", "reason");
        bad(rows, Endpoint.EXTENSION, "/extendedLastDay", ABSENT, "extendedLastDay");
        bad(rows, Endpoint.EXTENSION, "/extendedLastDay", 20270129, "extendedLastDay");
        bad(rows, Endpoint.EXTENSION, "/extensionNoticeDeliveredOn", "2027/01/05", "extensionNoticeDeliveredOn");
        bad(rows, Endpoint.EXTENSION, "/extensionReason", "", "extensionReason");
        bad(rows, Endpoint.EXTENSION, "/extensionReason", text(4001), "extensionReason");
        // A designation proposal, measures, a change notice
        bad(rows, Endpoint.PROPOSAL, "/candidates", List.of(), "candidates");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/proposalNumber", 9, "candidates[0].proposalNumber");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/proposalNumber", "DESIGNATION-1", "candidates[0].proposalNumber");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/corporateNumber", "12", "candidates[0].corporateNumber");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/corporateNumber", "1999902000902", "candidates[0].corporateNumber");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/capitalYen", 1e20, "candidates[0].capitalYen");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/capitalYen", 1.5, "candidates[0].capitalYen");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/capitalYen", -1, "candidates[0].capitalYen");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/capitalYen", "100", "candidates[0].capitalYen");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/employees", 1.5, "candidates[0].employees");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/employees", "3000", "candidates[0].employees");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/employees", 10_000_001, "candidates[0].employees");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/industry", "FARMING", "candidates[0].industry");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/proposalReason", text(4001), "candidates[0].proposalReason");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/operatorName", "鉄道\u0000", "candidates[0].operatorName");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/operatorAddress", "\uD800東京", "candidates[0].operatorAddress");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/sectorCode", "NO_SUCH_SECTOR", "candidates[0].sectorCode");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/representativeTitle", "代表取締役\n社長", "candidates[0].representativeTitle");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/representativeTitle", text(101), "candidates[0].representativeTitle");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/representativeName", text(201), "candidates[0].representativeName");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/representativeName", "山田\t太郎", "candidates[0].representativeName");
        bad(rows, Endpoint.PROPOSAL, "/candidates/0/representativeName", 7, "candidates[0].representativeName");
        bad(rows, Endpoint.MEASURES, "/sectorCode", "", "sectorCode");
        bad(rows, Endpoint.MEASURES, "/measures", List.of(), "measures");
        bad(rows, Endpoint.MEASURES, "/measures/0/code", "Route km", "measures[0].code");
        bad(rows, Endpoint.MEASURES, "/measures/0/fiscalYear", 1999, "measures[0].fiscalYear");
        bad(rows, Endpoint.MEASURES, "/measures/0/fiscalYear", 2024.5, "measures[0].fiscalYear");
        bad(rows, Endpoint.MEASURES, "/measures/0/number", 1e25, "measures[0].number");
        bad(rows, Endpoint.MEASURES, "/measures/0/number", 0.00001, "measures[0].number");
        bad(rows, Endpoint.MEASURES, "/measures/0/number", "12", "measures[0].number");
        bad(rows, Endpoint.MEASURES, "/measures/0/source", "\u0000", "measures[0].source");
        bad(rows, Endpoint.MEASURES, "/measures/0/flag", "true", "measures[0].flag");
        bad(rows, Endpoint.CHANGE_NOTICE, "/kind", "COLOR", "kind");
        bad(rows, Endpoint.CHANGE_NOTICE, "/newValue", "", "newValue");
        bad(rows, Endpoint.CHANGE_NOTICE, "/newValue", text(501), "newValue");
        bad(rows, Endpoint.CHANGE_NOTICE, "/newValue", "新\u0000", "newValue");
        bad(rows, Endpoint.CHANGE_NOTICE, "/effectiveOn", "2101-01-01", "effectiveOn");
        bad(rows, Endpoint.CHANGE_NOTICE, "/effectiveOn", 5, "effectiveOn");
        bad(rows, Endpoint.CHANGE_NOTICE, "/newValue", text(301), "newValue"); // a name: operator.name holds 300
        bad(rows, Endpoint.CHANGE_NOTICE, "/effectiveOn", "2024-11-15", "effectiveOn"); // not after the designation
        // A sector review and its committee meetings
        bad(rows, Endpoint.SECTOR_REVIEW, "/reviewNumber", "a b", "reviewNumber");
        bad(rows, Endpoint.SECTOR_REVIEW, "/reviewNumber", 5, "reviewNumber");
        bad(rows, Endpoint.SECTOR_REVIEW, "/businessName", text(201), "businessName");
        bad(rows, Endpoint.SECTOR_REVIEW, "/businessDescription", "説明\u0000", "businessDescription");
        bad(rows, Endpoint.SECTOR_REVIEW, "/competentMinistry", "XYZ", "competentMinistry");
        bad(rows, Endpoint.SECTOR_REVIEW, "/trigger/kind", "RUMOUR", "trigger.kind");
        bad(rows, Endpoint.SECTOR_REVIEW, "/trigger/incidentDate", "2099-01-01", "trigger.incidentDate");
        bad(rows, Endpoint.SECTOR_REVIEW, "/trigger/incidentSummary", text(4001), "trigger.incidentSummary");
        bad(rows, Endpoint.SECTOR_REVIEW, "/insideStatutoryItems", "yes", "insideStatutoryItems");
        bad(rows, Endpoint.SECTOR_REVIEW, "/facts/indispensable", "yes", "facts.indispensable");
        bad(rows, Endpoint.SECTOR_REVIEW, "/facts/unknownFact", true, "facts.unknownFact");
        bad(rows, Endpoint.SECTOR_REVIEW, "/facts/indispensable", null, "facts[indispensable]");
        bad(rows, Endpoint.SECTOR_REVIEW, "/candidateEquipment", "\uDFFF", "candidateEquipment");
        bad(rows, Endpoint.MEETING, "/meetingDate", "1850-01-01", "meetingDate");
        bad(rows, Endpoint.MEETING, "/meetingDate", null, "meetingDate");
        bad(rows, Endpoint.MEETING, "/agenda", "", "agenda");
        bad(rows, Endpoint.MEETING, "/minutesSummary", text(8001), "minutesSummary");
        bad(rows, Endpoint.MEETING, "/concluded", "no", "concluded");
        bad(rows, Endpoint.MEETING, "/interimReport", "報告\u0000", "interimReport");
        // A report request or on-site inspection (Art 58), and the operator's report
        bad(rows, Endpoint.INSPECTION, "/kind", "AUDIT", "kind");
        bad(rows, Endpoint.INSPECTION, "/kind", 0, "kind");
        bad(rows, Endpoint.INSPECTION, "/corporateNumber", 6999901000002L, "corporateNumber");
        bad(rows, Endpoint.INSPECTION, "/sectorCode", text(41), "sectorCode");
        bad(rows, Endpoint.INSPECTION, "/purpose", "CURIOSITY", "purpose");
        bad(rows, Endpoint.INSPECTION, "/matters", "事項\u0000", "matters");
        bad(rows, Endpoint.INSPECTION, "/matters", text(4001), "matters");
        bad(rows, Endpoint.INSPECTION, "/dueOn", "2101-01-01", "dueOn");
        bad(rows, Endpoint.INSPECTION, "/dueOn", ABSENT, "dueOn");
        bad(rows, Endpoint.REPORT, "/summary", "", "summary");
        bad(rows, Endpoint.REPORT, "/summary", "報告\uD800", "summary");
        bad(rows, Endpoint.REPORT, "/summary", 1.0, "summary");
        return rows.stream();
    }

    /** The same rules through the forms officials submit in Tasklist or over engine REST. */
    static Stream<Arguments> formCorpus() {
        List<Arguments> rows = new ArrayList<>();
        for (Door door : Door.values()) {
            badForm(rows, door, Form.DESIGNATION, "proposalNumber", MARKDOWN_LINK, "proposalNumber");
            badForm(rows, door, Form.DESIGNATION, "proposalNumber", "P".repeat(61), "proposalNumber");
            badForm(rows, door, Form.DESIGNATION, "operatorName", text(301), "operatorName");
            badForm(rows, door, Form.DESIGNATION, "operatorAddress", text(501), "operatorAddress");
            badForm(rows, door, Form.DESIGNATION, "operatorName", "鉄道\u0000", "operatorName");
            badForm(rows, door, Form.DESIGNATION, "operatorAddress", "\uD800東京", "operatorAddress");
            badForm(rows, door, Form.DESIGNATION, "proposalReason", text(4001), "proposalReason");
            badForm(rows, door, Form.DESIGNATION, "corporateNumber", "12", "corporateNumber");
            badForm(rows, door, Form.PAPER_EMERGENCY_NOTIFICATION, "applicationNumber", MARKDOWN_LINK, "applicationNumber");
            badForm(rows, door, Form.PAPER_EMERGENCY_NOTIFICATION, "applicationNumber", "A".repeat(61), "applicationNumber");
            badForm(rows, door, Form.PAPER_EMERGENCY_NOTIFICATION, "urgencyReason", text(4001), "urgencyReason");
            badForm(rows, door, Form.PAPER_EMERGENCY_NOTIFICATION, "supplierName", text(301), "supplierName");
            badForm(rows, door, Form.PAPER_EMERGENCY_NOTIFICATION, "outline", "概要\u0000", "outline");
            badForm(rows, door, Form.PAPER_EMERGENCY_NOTIFICATION, "introducedOn", "2026-12-01T00:00:00", "introducedOn");
            badForm(rows, door, Form.PAPER_EMERGENCY_NOTIFICATION, "introducedOn", "1800-01-01", "introducedOn");
            badForm(rows, door, Form.POST_INTRODUCTION_REVIEW, "applicationNumber", MARKDOWN_LINK, "applicationNumber");
            badForm(rows, door, Form.POST_INTRODUCTION_REVIEW, "reviewReason", text(4001), "reviewReason");
            badForm(rows, door, Form.CHECK_COMPLETENESS, "correctionRequest", text(10_000), "correctionRequest");
            badForm(rows, door, Form.CHECK_COMPLETENESS, "correctionRequest", "補正\u0000", "correctionRequest");
            badForm(rows, door, Form.CHECK_COMPLETENESS, "correctionRequest", "\uDC00補正", "correctionRequest");
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} = {4}")
    @MethodSource("formCorpus")
    void badFormInputIsRefusedAsTheApiRefusesItAndWritesNothing(Door door, Form form, String variable, JsonNode value,
                                                                String shown, String field) throws Exception {
        Map<String, Object> values = validForm(form);
        values.put(variable, value);
        String task = form == Form.CHECK_COMPLETENESS ? openTask() : null;
        long before = writes();

        Answer answer = submitForm(door, form.path.replace("{task}", String.valueOf(task)), values);

        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors").findValuesAsText("field")).as("%s", answer).contains(field);
        assertThat(answer.body().get("title").asText()).isEqualTo("入力内容に誤りがあります");
        assertThat(answer.body().get("message").asText()).as("shown by Tasklist").isEqualTo(answer.body().get("detail").asText());
        assertThat(writes()).as("rows and process instances").isEqualTo(before);
        if (task != null) {
            assertThat(new ApiClient(json, port).call("GET", "/engine-rest/task/" + task, "demo", null).status())
                    .as("the task is still open").isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void formTextsAsLongAsTheApiAllowsAreAccepted(Door door) throws Exception {
        Map<String, Object> designation = validForm(Form.DESIGNATION);
        designation.putAll(Map.of("operatorName", "名".repeat(300), "operatorAddress", "住".repeat(500),
                "proposalReason", "理".repeat(4000), "proposalNumber", "P".repeat(40) + System.nanoTime(),
                "corporateNumber", TestBodies.corporateNumber(7101 + door.ordinal())));
        Answer proposed = submitForm(door, Form.DESIGNATION.path, designation);
        assertThat(proposed.status()).as("%s", proposed).isEqualTo(200);

        Map<String, Object> paper = validForm(Form.PAPER_EMERGENCY_NOTIFICATION);
        paper.put("urgencyReason", "急".repeat(4000));
        Answer registered = submitForm(door, Form.PAPER_EMERGENCY_NOTIFICATION.path, paper);
        assertThat(registered.status()).as("%s", registered).isEqualTo(200);

        Map<String, Object> correction = validForm(Form.CHECK_COMPLETENESS);
        correction.put("correctionRequest", "補".repeat(4000));
        Answer requested = submitForm(door, Form.CHECK_COMPLETENESS.path.replace("{task}", fileAndFindTask()), correction);
        assertThat(requested.status()).as("%s", requested).isEqualTo(204);
    }

    @Test
    void aDuplicateKeyIsRefusedNamingItAndWritesNothing() throws Exception {
        String body = JSON.writeValueAsString(valid(Endpoint.PLAN));
        long before = writes();

        Answer answer = new ApiClient(json, port).call("POST", "/api/screenings", "portal",
                "{\"applicationNumber\":\"DUP-" + System.nanoTime() + "\"," + body.substring(1));

        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors").findValuesAsText("field")).as("%s", answer).contains("applicationNumber");
        assertThat(writes()).isEqualTo(before);
    }

    /** Content negotiation and the body's media type are settled before anything is filed. */
    @Test
    void anUnacceptableAcceptOrAMultipartBodyIsRefusedBeforeAnythingIsWritten() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("portal:demo".getBytes(StandardCharsets.UTF_8));
        long before = writes();

        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/screenings"))
                .header("Authorization", auth).header("Content-Type", "application/json").header("Accept", "text/csv")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(valid(Endpoint.PLAN)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(406);
        assertThat(writes()).as("nothing filed").isEqualTo(before);

        HttpResponse<String> multipart = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/screenings"))
                .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=x")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(valid(Endpoint.PLAN)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(415);
        assertThat(multipart.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(writes()).as("nothing filed").isEqualTo(before);
    }

    /** An error of the engine (here a claim without a body, as the administrator) tells no class, message or SQL. */
    @Test
    void engineErrorsAreProblemDocumentsWithoutInternals() throws Exception {
        String task = fileAndFindTask();
        for (String path : List.of("/engine-rest/task/" + task + "/claim", "/engine-rest/task/no-such-task/complete")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
                    .POST(BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isBetween(400, 599);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path + ": " + answer.body())
                    .startsWith("application/problem+json");
            assertThat(answer.body()).as(path).doesNotContain("Exception", "java.", "ENGINE-", "null");
            if (answer.statusCode() >= 500) {
                assertThat(json.readTree(answer.body()).get("errorId").asText()).as(path).isNotBlank();
            }
        }
        // a task claimed meanwhile by someone else: the engine's 500 is a conflict, told in Japanese
        ApiClient api = new ApiClient(json, port);
        assertThat(api.call("POST", "/engine-rest/task/" + task + "/claim", OFFICIAL, Map.of("userId", OFFICIAL)).status())
                .isEqualTo(204); // a claim is for the caller only (EngineRequestGuard), administrators' too
        Answer taken = api.call("POST", "/engine-rest/task/" + task + "/claim", "demo", Map.of("userId", "demo"));
        assertThat(taken.status()).as("%s", taken).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(taken.body().get("detail").asText()).startsWith("このタスクは既にほかの担当者が引き受けています。");
    }

    @ParameterizedTest(name = "{0} {1} = {3}")
    @MethodSource("corpus")
    void badInputIsRefusedNamingTheFieldAndWritesNothing(Endpoint endpoint, String pointer, JsonNode value, String shown,
                                                         String field) throws Exception {
        ObjectNode body = spoil(valid(endpoint), pointer, value);
        long before = writes();
        Answer answer = new ApiClient(json, port).call("POST", endpoint.path, endpoint.user,
                JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(body));
        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors").findValuesAsText("field")).as("%s", answer).contains(field);
        assertThat(writes()).as("rows and process instances").isEqualTo(before);
    }

    @Test
    void textsAsLongAsTheApiAllowsAreFiledAndTheFormsGetExcerpts() throws Exception {
        ApiClient api = new ApiClient(json, port);
        ObjectNode plan = TestBodies.plan(json, "LONG-" + System.nanoTime());
        ((ObjectNode) plan.get("plan")).put("outline", "概".repeat(3900)).put("content", "内".repeat(4000))
                .put("preventiveMeasures", "防".repeat(4000));
        Answer filed = api.call("POST", "/api/screenings", "portal", plan);
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        String processInstanceId = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(plan.get("applicationNumber").asText()).singleResult().getId();
        String summary = ((org.camunda.spin.json.SpinJsonNode) runtime.getVariable(processInstanceId, "case"))
                .prop("planSummary").stringValue();
        assertThat(summary).hasSizeLessThanOrEqualTo(4000).contains("概".repeat(900) + "…");
        assertThat(jdbc.queryForObject("select outline from screening_case where application_number = ?", String.class,
                plan.get("applicationNumber").asText())).isEqualTo("概".repeat(3900));

        ObjectNode emergency = TestBodies.emergencyNotification(json, "LONG-" + System.nanoTime());
        emergency.put("urgencyReason", "急".repeat(4000));
        ((ObjectNode) emergency.get("plan")).put("outline", "概".repeat(4000));
        assertThat(api.call("POST", "/api/emergency-notifications", "portal", emergency).status()).isEqualTo(201);

        ObjectNode proposal = TestBodies.designationProposal(json, "LONG-" + System.nanoTime(), TestBodies.corporateNumber(7001));
        ((ObjectNode) proposal.get("candidates").get(0)).put("proposalReason", "理".repeat(4000))
                .put("representativeTitle", "役".repeat(100)).put("representativeName", "名".repeat(200))
                .put("capitalYen", new java.math.BigDecimal("9999999999999999999"));
        assertThat(api.call("POST", "/api/designation-proposals", "mlit-reviewer", proposal).status()).isEqualTo(201);
    }

    @Test
    void errorsOfTheWebServerAndOfSpringAreProblemDocumentsToo() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("portal:demo".getBytes(StandardCharsets.UTF_8));
        URI base = URI.create("http://localhost:" + port);
        Map<String, HttpRequest> requests = Map.of(
                "encoded slash", HttpRequest.newBuilder(base.resolve("/api/screenings/a%2Fb/reply")).header("Authorization", auth)
                        .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")).build(),
                "method not allowed", HttpRequest.newBuilder(base.resolve("/api/screenings")).header("Authorization", auth)
                        .DELETE().build(),
                "media type", HttpRequest.newBuilder(base.resolve("/api/screenings")).header("Authorization", auth)
                        .header("Content-Type", "text/plain").POST(BodyPublishers.ofString("plan")).build(),
                "malformed JSON", HttpRequest.newBuilder(base.resolve("/api/screenings")).header("Authorization", auth)
                        .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"applicationNumber\":")).build(),
                "not a case id", HttpRequest.newBuilder(base.resolve("/api/screenings/not-a-uuid")).header("Authorization", auth)
                        .GET().build(),
                "double slash (firewall)", HttpRequest.newBuilder(base.resolve("/api//screenings")).header("Authorization", auth)
                        .GET().build(),
                "semicolon (firewall)", HttpRequest.newBuilder(base.resolve("/api/screenings;x=1")).header("Authorization", auth)
                        .GET().build(),
                "TRACE", HttpRequest.newBuilder(base.resolve("/api/screenings")).header("Authorization", auth)
                        .method("TRACE", BodyPublishers.noBody()).build(),
                "unknown method", HttpRequest.newBuilder(base.resolve("/api/screenings")).header("Authorization", auth)
                        .method("FROB", BodyPublishers.noBody()).build(),
                "unknown method on the engine", HttpRequest.newBuilder(base.resolve("/engine-rest/task")).header("Authorization", auth)
                        .method("FROB", BodyPublishers.noBody()).build());
        for (var request : requests.entrySet()) {
            HttpResponse<String> answer = http.send(request.getValue(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(request.getKey()).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(request.getKey() + ": " + answer.body())
                    .startsWith("application/problem+json");
            assertThat(json.readTree(answer.body()).get("status").asInt()).isEqualTo(answer.statusCode());
            assertThat(answer.body()).as(request.getKey()).doesNotContain("Exception", "java.");
        }
    }

    private ObjectNode valid(Endpoint endpoint) {
        String number = "BAD-" + System.nanoTime();
        ObjectNode plan = TestBodies.plan(json, number);
        return switch (endpoint) {
            case PLAN -> plan;
            case EMERGENCY -> TestBodies.emergencyNotification(json, number);
            case CORRECTION -> json.createObjectNode().put("summary", "訂正").set("plan", plan.get("plan"));
            case CHANGE -> {
                ObjectNode change = json.createObjectNode().put("summary", "変更");
                change.putArray("items").add("SUPPLIER_NAME");
                yield change.set("plan", plan.get("plan"));
            }
            case REPLY -> json.createObjectNode().put("accepted", false).put("reasons", "理由");
            case POST_INTRODUCTION_REVIEW -> json.createObjectNode().put("reason", "状況の変化");
            case EXTENSION -> json.createObjectNode().put("extendedLastDay", "2027-01-29").put("extensionReason", "命令の検討");
            case PROPOSAL -> TestBodies.designationProposal(json, number, TestBodies.corporateNumber(7777));
            case MEASURES -> {
                ObjectNode measures = json.createObjectNode().put("sectorCode", "RAILWAY");
                measures.putArray("measures").addObject().put("code", "routeKm").put("fiscalYear", 2024).put("number", 120)
                        .put("source", "事業報告");
                yield measures;
            }
            case CHANGE_NOTICE -> json.createObjectNode().put("kind", "NAME").put("newValue", "新名称鉄道株式会社（架空）")
                    .put("effectiveOn", LocalDate.now(StatutoryPeriods.TOKYO).plusMonths(1).toString());
            case SECTOR_REVIEW -> TestBodies.sectorReview(json, number, "MLIT");
            case MEETING -> json.createObjectNode().put("meetingDate", "2025-01-10").put("agenda", "議題")
                    .put("minutesSummary", "要旨").put("concluded", false);
            case INSPECTION -> json.createObjectNode().put("kind", "REPORT").put("corporateNumber", "6999901000002")
                    .put("sectorCode", "RAILWAY").put("purpose", "PLAN_REVIEW").put("matters", "保守の委託先")
                    .put("dueOn", LocalDate.now(StatutoryPeriods.TOKYO).plusDays(14).toString());
            case REPORT -> json.createObjectNode().put("summary", "報告の要旨");
        };
    }

    private static ObjectNode spoil(ObjectNode body, String pointer, JsonNode value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = body.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return body;
    }

    /** Rows of every registry table a POST writes, and process instances ever started. */
    private long writes() {
        long rows = 0;
        for (String table : List.of("screening_case", "plan_party", "case_act", "decision_evaluation", "designation_case",
                "operator", "operator_measure", "operator_change_notice", "sector_review", "committee_meeting",
                "inspection_request")) {
            rows += jdbc.queryForObject("select count(*) from " + table, Long.class);
        }
        return rows + history.createHistoricProcessInstanceQuery().count();
    }

    private static void bad(List<Arguments> rows, Endpoint endpoint, String pointer, Object value, String field) {
        JsonNode node = value == ABSENT ? null : value == null ? NullNode.getInstance() : JSON.valueToTree(value);
        String shown = node == null ? "(absent)" : node.isTextual() && node.asText().length() > 40
                ? node.asText().length() + " characters" : node.toString();
        rows.add(Arguments.of(endpoint, pointer, node, shown, field));
    }

    /** The values of a form an official would submit, valid: a new number for each start. */
    private static Map<String, Object> validForm(Form form) {
        String number = "FORM-" + System.nanoTime();
        return new java.util.LinkedHashMap<>(switch (form) {
            case DESIGNATION -> TestBodies.designationStartForm(number, TestBodies.corporateNumber(7100));
            case PAPER_EMERGENCY_NOTIFICATION -> TestBodies.paperEmergencyNotificationForm(number);
            case POST_INTRODUCTION_REVIEW -> Map.of("trigger", "SITUATION_CHANGE", "applicationNumber", "NO-SUCH-CASE",
                    "reviewReason", "状況の変化");
            case CHECK_COMPLETENESS -> Map.of("planComplete", false, "correctionRequest", "添付書類の補正");
        });
    }

    private Answer submitForm(Door door, String path, Map<String, Object> values) throws Exception {
        String body = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(TestBodies.form(json, values));
        if (door == Door.ENGINE_REST) {
            return new ApiClient(json, port).call("POST", door.base + path, OFFICIAL, body);
        }
        if (tasklist == null) {
            tasklist = WebappSession.login(json, port, OFFICIAL);
        }
        return tasklist.call("POST", door.base + path, body);
    }

    private WebappSession tasklist;
    private static final Map<Integer, String> OPEN_TASKS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A task of 記載事項の確認 that bad input leaves open, one per context. */
    private String openTask() throws Exception {
        String task = OPEN_TASKS.get(port);
        if (task == null) {
            task = fileAndFindTask();
            OPEN_TASKS.put(port, task);
        }
        return task;
    }

    /** Files a plan of the demo railway operator (MLIT) and answers its task of 記載事項の確認. */
    private String fileAndFindTask() throws Exception {
        ApiClient api = new ApiClient(json, port);
        ObjectNode plan = TestBodies.plan(json, "FORM-" + System.nanoTime());
        assertThat(api.call("POST", "/api/screenings", "portal", plan).status()).isEqualTo(201);
        Answer tasks = api.call("GET", "/engine-rest/task?taskDefinitionKey=Task_CheckCompleteness&processInstanceBusinessKey="
                + plan.get("applicationNumber").asText(), "demo", null);
        return tasks.body().get(0).get("id").asText();
    }

    private static void badForm(List<Arguments> rows, Door door, Form form, String variable, Object value, String field) {
        JsonNode node = JSON.valueToTree(value);
        String shown = node.isTextual() && node.asText().length() > 40 ? node.asText().length() + " characters" : node.toString();
        rows.add(Arguments.of(door, form, variable, node, shown, field));
    }

    private static TextNode text(int length) {
        return TextNode.valueOf("あ".repeat(length));
    }
}
