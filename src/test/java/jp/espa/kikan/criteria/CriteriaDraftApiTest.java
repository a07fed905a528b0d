package jp.espa.kikan.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Drafts of criteria over real HTTP: Art 58(1) answers recorded as figures (an unknown operator created from its
 * answer), a railway draft lowering the route-km threshold, a new port sector's first draft over reported TEU, uploads
 * checked against the live table's contract, the simulation side by side with the live table, its CSV and its record
 * in the decision log; every refusal leaves the registry as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CriteriaDraftApiTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired StatutoryTime time;

    Answer call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(json, port).call(method, path, user, body);
    }

    /** Corporate numbers of this class: registry office 9999, block 05 (no other test uses it). */
    static String corporateNumber(int serial) {
        String base = String.format("99990500%04d", serial);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + base;
    }

    int latestFiscalYear() {
        return StatutoryPeriods.fiscalYearOf(time.today()) - 1;
    }

    ObjectNode report(String sectorCode, String corporateNumber, String name) {
        ObjectNode body = json.createObjectNode().put("sectorCode", sectorCode).put("corporateNumber", corporateNumber)
                .put("operatorName", name).put("receivedOn", time.today().toString()).put("reference", "報告徴収への回答（テスト）");
        body.putArray("figures");
        return body;
    }

    ObjectNode railway(int serial, double routeKm) {
        ObjectNode body = report("RAILWAY", corporateNumber(serial), "基準案鉄道" + serial + "株式会社（架空）");
        ((ArrayNode) body.get("figures")).add(json.createObjectNode().put("code", "businessType").put("text", "TYPE1_RAILWAY"))
                .add(json.createObjectNode().put("code", "routeKm").put("fiscalYear", latestFiscalYear()).put("number", routeKm));
        return body;
    }

    long registry() {
        return jdbc.queryForObject("select (select count(*) from operator) + (select count(*) from operator_measure) "
                + "+ (select count(*) from criteria_draft)", Long.class);
    }

    Map<String, JsonNode> rowsByOperator(JsonNode simulation) {
        Map<String, JsonNode> rows = new HashMap<>();
        simulation.get("rows").forEach(row -> rows.put(row.get("corporateNumber").asText(), row));
        return rows;
    }

    @Test
    void anArt58ReportCreatesTheFiguresOfAnOperatorTheRegistryDidNotKnow() throws Exception {
        String number = corporateNumber(1);
        assertThat(jdbc.queryForObject("select count(*) from operator where corporate_number = ?", Long.class, number)).isZero();

        Answer recorded = call("POST", "/api/business-reports", "mlit-reviewer", railway(1, 420.5));

        assertThat(recorded.status()).as(String.valueOf(recorded.body())).isEqualTo(201);
        assertThat(recorded.body().get("operatorCreated").asBoolean()).isTrue();
        assertThat(recorded.body().get("basis").asText()).isEqualTo("ART_58_1");
        Map<String, Object> figure = jdbc.queryForMap("""
                select m.fiscal_year, m.number_value, m.source, m.filed_by from operator_measure m join operator o on o.id = m.operator_id
                where o.corporate_number = ? and m.sector_code = 'RAILWAY' and m.measure_code = 'routeKm'""", number);
        assertThat(((Number) figure.get("fiscal_year")).intValue()).isEqualTo(latestFiscalYear());
        assertThat(((Number) figure.get("number_value")).doubleValue()).isEqualTo(420.5);
        assertThat((String) figure.get("source")).startsWith("法第58条第1項の報告（報告徴収への回答（テスト）、令和");
        assertThat(figure.get("filed_by")).isEqualTo("mlit-reviewer");
        // the operator's next answer adds to the operator on record
        Answer again = call("POST", "/api/business-reports", "mlit-reviewer", railway(1, 421));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("operatorCreated").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("select number_value from operator_measure m join operator o on o.id = m.operator_id "
                + "where o.corporate_number = ? and m.measure_code = 'routeKm'", Double.class, number)).isEqualTo(421);
    }

    @Test
    void anArt58ReportIsRecordedOnlyByTheCompetentMinistryAndOnlyWhenWellFormed() throws Exception {
        long before = registry();
        for (String account : new String[] {"meti-reviewer", "portal", "cao-official", "mlit-senior"}) {
            Answer refused = call("POST", "/api/business-reports", account, railway(2, 1500));
            assertThat(refused.status()).as(account).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        ObjectNode badCheckDigit = railway(3, 100).put("corporateNumber", "0" + corporateNumber(3).substring(1));
        ObjectNode unknownSector = railway(3, 100).put("sectorCode", "NO_SUCH_SECTOR");
        ObjectNode twoValues = railway(3, 100);
        ((ObjectNode) twoValues.get("figures").get(1)).put("text", "多い");
        ObjectNode futureYear = railway(3, 100);
        ((ObjectNode) futureYear.get("figures").get(1)).put("fiscalYear", latestFiscalYear() + 2);
        ObjectNode noFigures = railway(3, 100);
        noFigures.putArray("figures");
        Map<String, ObjectNode> bad = Map.of("corporateNumber", badCheckDigit, "sectorCode", unknownSector,
                "figures[1]", twoValues, "figures[1].fiscalYear", futureYear, "figures", noFigures);
        for (var entry : bad.entrySet()) {
            Answer refused = call("POST", "/api/business-reports", "mlit-reviewer", entry.getValue());
            assertThat(refused.status()).as(entry.getKey() + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo(entry.getKey());
        }
        assertThat(registry()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void aRailwayDraftLoweringTheRouteKmThresholdShowsExactlyTheOperatorsAtAndAboveItAsNewlyMeeting() throws Exception {
        Map<Integer, Double> routeKm = Map.of(11, 1200.0, 12, 800.0, 13, 950.0, 14, 799.9);
        for (var operator : routeKm.entrySet()) {
            assertThat(call("POST", "/api/business-reports", "mlit-reviewer", railway(operator.getKey(), operator.getValue()))
                    .status()).isEqualTo(201);
        }
        Answer live = call("GET", "/api/criteria-drafts/live-thresholds?sectorCode=RAILWAY", "mlit-reviewer", null);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body().get(0).get("ruleId").asText()).isEqualTo("Rule_Type1Railway1000km");
        assertThat(live.body().get(0).get("value").asDouble()).isEqualTo(1000);

        ObjectNode body = json.createObjectNode().put("sectorCode", "RAILWAY").put("summary", "営業キロの基準を800kmに引き下げる案");
        body.putArray("thresholds").addObject().put("ruleId", "Rule_Type1Railway1000km").put("input", "routeKm").put("value", 800);
        Answer draft = call("POST", "/api/criteria-drafts", "mlit-reviewer", body);
        assertThat(draft.status()).as(String.valueOf(draft.body())).isEqualTo(201);
        String draftNumber = draft.body().get("draftNumber").asText();
        assertThat(draftNumber).startsWith("RAILWAY-D");
        assertThat(draft.body().get("origin").asText()).isEqualTo("LIVE_CHANGED");
        assertThat(draft.body().get("thresholds").get(0).get("value").asDouble()).isEqualTo(800);
        assertThat(draft.body().get("thresholds").get(0).get("comparator").asText()).isEqualTo(">=");

        Answer simulation = call("POST", "/api/criteria-drafts/" + draftNumber + "/simulations", "mlit-reviewer", null);

        assertThat(simulation.status()).as(String.valueOf(simulation.body())).isEqualTo(200);
        Map<String, JsonNode> rows = rowsByOperator(simulation.body());
        assertThat(rows.get(corporateNumber(11)).get("change").asText()).as(simulation.body().toString()).isEqualTo("STILL_MEETING");
        assertThat(rows.get(corporateNumber(12)).get("change").asText()).isEqualTo("NEWLY_MEETING");
        assertThat(rows.get(corporateNumber(13)).get("change").asText()).isEqualTo("NEWLY_MEETING");
        assertThat(rows.get(corporateNumber(14)).get("change").asText()).isEqualTo("STILL_NOT_MEETING");
        assertThat(rows.get(corporateNumber(12)).get("draftCriteria").get(0).asText()).isEqualTo("TYPE1_RAILWAY_1000KM");
        assertThat(rows.get(corporateNumber(12)).get("liveCriteria")).isEmpty();
        assertThat(simulation.body().get("newlyMeeting").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(simulation.body().get("liveTable").asText()).startsWith("特定社会基盤事業者の指定基準（鉄道）");
        // the live table is untouched: designations still read 1,000 km
        assertThat(call("GET", "/api/criteria-drafts/live-thresholds?sectorCode=RAILWAY", "mlit-reviewer", null).body()
                .get(0).get("value").asDouble()).isEqualTo(1000);
        assertThat(jdbc.queryForObject("select count(*) from decision_evaluation where case_number = ? and outcome = 'SIMULATED'",
                Long.class, draftNumber)).isEqualTo(1);
        // the Cabinet Office reads every ministry's drafts and simulates them; another ministry does not see them
        assertThat(call("POST", "/api/criteria-drafts/" + draftNumber + "/simulations", "cao-official", null).status()).isEqualTo(200);
        assertThat(call("POST", "/api/criteria-drafts/" + draftNumber + "/simulations", "meti-reviewer", null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/criteria-drafts/" + draftNumber, "portal", null).status()).isEqualTo(403);

        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/criteria-drafts/" + draftNumber + "/simulations?format=csv"))
                .POST(HttpRequest.BodyPublishers.noBody()).header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("mlit-reviewer:demo".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(new byte[] {csv.body()[0], csv.body()[1], csv.body()[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"" + corporateNumber(12) + "\",\"基準案鉄道12株式会社（架空）\",\"新たに該当\"");
        assertThat(text).contains("\"" + corporateNumber(14) + "\",\"基準案鉄道14株式会社（架空）\",\"引き続き非該当\"");
    }

    @Test
    void aNewPortSectorsFirstDraftIsTriedOnTheTeuItsOperatorsReported() throws Exception {
        ObjectNode body = json.createObjectNode().put("sectorCode", "CONTAINER_HUB").put("sectorNameJa", "国際コンテナ港湾運送（案）")
                .put("competentMinistry", "MLIT").put("summary", "年間取扱量80万TEU以上のコンテナターミナルを対象とする案");
        body.putArray("criteria").addObject().put("measureCode", "teu").put("labelJa", "コンテナ取扱量（TEU）")
                .put("atLeast", 800_000).put("descriptionJa", "年間のコンテナ取扱量が八十万TEU以上であること（案）");
        assertThat(call("POST", "/api/criteria-drafts", "meti-reviewer", body).status()).isEqualTo(403);
        Answer draft = call("POST", "/api/criteria-drafts", "mlit-reviewer", body);
        assertThat(draft.status()).as(String.valueOf(draft.body())).isEqualTo(201);
        assertThat(draft.body().get("origin").asText()).isEqualTo("NEW_SECTOR");
        String draftNumber = draft.body().get("draftNumber").asText();

        int year = latestFiscalYear();
        Map<Integer, Integer> teu = Map.of(21, 900_000, 22, 500_000);
        for (var operator : teu.entrySet()) {
            ObjectNode report = report("CONTAINER_HUB", corporateNumber(operator.getKey()), "港湾" + operator.getKey() + "株式会社（架空）");
            ((ArrayNode) report.get("figures")).addObject().put("code", "teu").put("fiscalYear", year).put("number", operator.getValue());
            Answer recorded = call("POST", "/api/business-reports", "mlit-reviewer", report);
            assertThat(recorded.status()).as(String.valueOf(recorded.body())).isEqualTo(201);
            assertThat(recorded.body().get("basis").asText()).isEqualTo("VOLUNTARY");
        }
        ObjectNode old = report("CONTAINER_HUB", corporateNumber(23), "港湾23株式会社（架空）");
        ((ArrayNode) old.get("figures")).addObject().put("code", "teu").put("fiscalYear", year - 2).put("number", 2_000_000);
        assertThat(call("POST", "/api/business-reports", "mlit-reviewer", old).status()).isEqualTo(201);
        assertThat(call("POST", "/api/business-reports", "meti-reviewer", old).status()).isEqualTo(403);

        Answer simulation = call("POST", "/api/criteria-drafts/" + draftNumber + "/simulations", "cao-official", null);

        assertThat(simulation.status()).as(String.valueOf(simulation.body())).isEqualTo(200);
        assertThat(simulation.body().get("operators").asInt()).isEqualTo(3);
        assertThat(simulation.body().get("liveTable").asText()).contains("新たな対象事業");
        Map<String, JsonNode> rows = rowsByOperator(simulation.body());
        assertThat(rows.get(corporateNumber(21)).get("change").asText()).isEqualTo("NEWLY_MEETING");
        assertThat(rows.get(corporateNumber(22)).get("change").asText()).isEqualTo("STILL_NOT_MEETING");
        assertThat(rows.get(corporateNumber(23)).get("change").asText()).isEqualTo("STILL_NOT_MEETING");
        assertThat(rows.get(corporateNumber(23)).get("missingFigures").get(0).asText()).isEqualTo("コンテナ取扱量（TEU）");
        assertThat(rows.get(corporateNumber(21)).get("missingFigures")).isEmpty();
    }

    @Test
    void anUploadedTableMustParseEvaluateAndKeepTheLiveTablesContract() throws Exception {
        long before = registry();
        String live = call("GET", "/api/criteria-drafts/live-thresholds?sectorCode=RAILWAY", "mlit-reviewer", null).body().toString();
        assertThat(live).contains("routeKm");
        ObjectNode body = json.createObjectNode().put("sectorCode", "RAILWAY").put("summary", "決定表の差替え");
        Map<String, String> refused = Map.of(
                "not DMN", "<definitions>",
                "another decision", RAILWAY_TABLE.replace("Decision_DesignationCriteriaRailway", "Decision_Other"),
                "another input", RAILWAY_TABLE.replace("<text>routeKm</text>", "<text>trackKm</text>"),
                "no look-back", RAILWAY_TABLE.replace("<text>yearsBack</text>", "<text>years</text>"),
                "broken expression", RAILWAY_TABLE.replace("&gt;= 900", "&gt;= = ("));
        for (var upload : refused.entrySet()) {
            Answer answer = call("POST", "/api/criteria-drafts", "mlit-reviewer", body.deepCopy().put("dmnXml", upload.getValue()));
            assertThat(answer.status()).as(upload.getKey() + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.body().get("errors").get(0).get("field").asText()).as(upload.getKey()).isEqualTo("dmnXml");
        }
        Answer both = call("POST", "/api/criteria-drafts", "mlit-reviewer", body.deepCopy().put("dmnXml", RAILWAY_TABLE)
                .set("thresholds", json.createArrayNode().add(json.createObjectNode().put("ruleId", "R").put("input", "routeKm").put("value", 1))));
        assertThat(both.status()).isEqualTo(400);
        Answer negative = call("POST", "/api/criteria-drafts", "mlit-reviewer", json.createObjectNode().put("sectorCode", "RAILWAY")
                .put("summary", "負の基準値").set("thresholds", json.createArrayNode().add(json.createObjectNode()
                        .put("ruleId", "Rule_Type1Railway1000km").put("input", "routeKm").put("value", -1))));
        assertThat(negative.status()).as("the same rule as the Cockpit page's: " + negative.body()).isEqualTo(400);
        assertThat(negative.body().get("errors").get(0).get("field").asText()).isEqualTo("thresholds");
        assertThat(registry()).as("nothing changed").isEqualTo(before);

        Answer uploaded = call("POST", "/api/criteria-drafts", "mlit-reviewer", body.deepCopy().put("dmnXml", RAILWAY_TABLE));
        assertThat(uploaded.status()).as(String.valueOf(uploaded.body())).isEqualTo(201);
        assertThat(uploaded.body().get("origin").asText()).isEqualTo("UPLOADED");
        assertThat(uploaded.body().get("thresholds").get(0).get("value").asDouble()).isEqualTo(900);
        Answer dmn = call("GET", "/api/criteria-drafts/" + uploaded.body().get("draftNumber").asText() + "/dmn", "cao-official", null);
        assertThat(dmn.status()).isEqualTo(200);
    }

    /** The railway table as Camunda Modeler would save it, with a threshold of 900 km. */
    static final String RAILWAY_TABLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_R" name="鉄道" namespace="http://camunda.org/schema/1.0/dmn">
              <decision id="Decision_DesignationCriteriaRailway" name="特定社会基盤事業者の指定基準（鉄道）" camunda:historyTimeToLive="P3650D">
                <decisionTable id="DecisionTable_R" hitPolicy="COLLECT">
                  <input id="Input_YearsBack" label="遡及年数"><inputExpression id="IE_1" typeRef="integer"><text>yearsBack</text></inputExpression></input>
                  <input id="Input_BusinessType" label="事業の種類"><inputExpression id="IE_2" typeRef="string"><text>businessType</text></inputExpression></input>
                  <input id="Input_RouteKm" label="営業キロ"><inputExpression id="IE_3" typeRef="double"><text>routeKm</text></inputExpression></input>
                  <output id="Output_Criterion" name="criterion" typeRef="string" />
                  <output id="Output_Description" name="description" typeRef="string" />
                  <rule id="Rule_900">
                    <inputEntry id="E_1"><text>1</text></inputEntry>
                    <inputEntry id="E_2"><text>"TYPE1_RAILWAY"</text></inputEntry>
                    <inputEntry id="E_3"><text>&gt;= 900</text></inputEntry>
                    <outputEntry id="O_1"><text>"TYPE1_RAILWAY_900KM"</text></outputEntry>
                    <outputEntry id="O_2"><text>"営業キロ900km以上（案）"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;
}
