package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.documents.Citations;
import jp.espa.kikan.registry.ExemptionGround;
import jp.espa.kikan.registry.ParentControl;
import jp.espa.kikan.screening.PlanSubmission.ExemptionClaim;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.PdfText;
import jp.espa.kikan.support.TestBodies;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Exemptions from filing and emergencies as the text defines them, over real HTTP: a claim names its ground of
 * 施行令第十条第一項 (a subsidiary: the parent test of the MLIT ordinance's Art 7(1)), the ministry confirms it against
 * those provisions and notifies the confirmation in writing; an emergency notification names the ordinance's
 * emergency case (MLIT ordinance Art 10(1)).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ExemptionsAndEmergenciesApiTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private Answer call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(json, port).call(method, path, user, body);
    }

    private long cases() {
        return jdbc.queryForObject("select count(*) from screening_case", Long.class);
    }

    private ObjectNode exemptPlan(String number, ExemptionClaim claim) {
        return json.valueToTree(TestPlans.exempt(number, LocalDate.now(ProcessTestSupport.TOKYO), claim));
    }

    private static ExemptionClaim subsidiary(ParentControl control, String share) {
        return new ExemptionClaim(ExemptionGround.SUBSIDIARY, control, new BigDecimal(share), null, "議決権の45％を保有し、取締役5名中3名が当社の役員");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a supplier outside 施行令第十条 (a listed company)  | exemptionClaim.ground
            an old claim without its ground                    | exemptionClaim.ground
            a claim without a ground                           | exemptionClaim.ground
            a subsidiary without the parent's control          | exemptionClaim.parentControl
            a majority claimed on 45% of the votes             | exemptionClaim.parentVotingShare
            item 2 claimed on 30% of the votes                 | exemptionClaim.parentVotingShare
            an unknown parent test                             | exemptionClaim.parentControl
            a national organ with a parent's control           | exemptionClaim.parentControl
            an entrustment claimed as exempt                   | exemptionClaim
            """)
    void anExemptionOutsideTheCabinetOrdersListIsRefusedNamingTheFieldAndStoresNothing(String claim, String field) throws Exception {
        String number = "EXM-BAD-" + Math.abs(claim.hashCode());
        ObjectNode plan = exemptPlan(number, subsidiary(ParentControl.FORTY_PERCENT_AND_BOARD_MAJORITY, "45"));
        ObjectNode c = (ObjectNode) plan.get("exemptionClaim");
        switch (claim) {
            case "a supplier outside 施行令第十条 (a listed company)" -> c.put("ground", "LISTED_COMPANY");
            case "an old claim without its ground" -> plan.put("exemption", "CONTROLLED_SUBSIDIARY").remove("exemptionClaim");
            case "a claim without a ground" -> c.remove("ground");
            case "a subsidiary without the parent's control" -> c.remove("parentControl");
            case "a majority claimed on 45% of the votes" -> c.put("parentControl", "MAJORITY_OF_VOTES");
            case "item 2 claimed on 30% of the votes" -> c.put("parentVotingShare", 30);
            case "an unknown parent test" -> c.put("parentControl", "GOLDEN_SHARE");
            case "a national organ with a parent's control" -> c.put("ground", "NATIONAL_ORGAN");
            case "an entrustment claimed as exempt" -> plan.put("kind", "ENTRUSTMENT");
            default -> throw new IllegalArgumentException(claim);
        }
        long before = cases();

        Answer answer = call("POST", "/api/screenings", "portal", plan);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors")).anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
        assertThat(cases()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from case_act where case_number = ?", Long.class, number)).isZero();
    }

    @Test
    void aSubsidiarysExemptionIsCheckedAgainstItsProvisionsConfirmedAndNotifiedInWriting() throws Exception {
        String number = "EXM-SUB-1";
        assertThat(call("POST", "/api/screenings", "portal",
                exemptPlan(number, subsidiary(ParentControl.FORTY_PERCENT_AND_BOARD_MAJORITY, "45"))).status()).isEqualTo(201);

        JsonNode tasks = call("GET", "/engine-rest/task?processInstanceBusinessKey=" + number, "mlit-reviewer", null).body();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_CheckExemption");
        String taskId = tasks.get(0).get("id").asText();
        // the official sees the ground, its provisions in the MLIT ordinance and their words, and the control claimed
        JsonNode shown = caseShown(taskId);
        Citations table = Citations.bundled();
        assertThat(shown.get("exemptionReason").asText()).startsWith("特定重要設備の導入を行う特定社会基盤事業者と実質的に同一と認められる者");
        assertThat(shown.get("exemptionProvision").asText()).isEqualTo(
                "経済安全保障推進法施行令第十条第一項第一号、令和五年国土交通省令第六十二号第七条第一項第二号ロ");
        assertThat(shown.get("exemptionProvisionText").asText()).contains(table.quote("CO_10_1_1"),
                table.quote("CO_10_2"), table.quote("ORD_MLIT_7_1_2"), table.quote("ORD_MLIT_7_1_2_RO"),
                table.quote("ORD_MLIT_7_1_PROVISO"));
        assertThat(shown.get("exemptionControl").asText()).contains("デモシステム株式会社",
                "役員等が取締役会その他これに準ずる機関の構成員の過半数を占めている", "45％");

        ObjectNode decision = json.createObjectNode();
        ObjectNode variables = decision.putObject("variables");
        variables.putObject("exemptionConfirmed").put("value", true);
        variables.putObject("exemptionAssessment").put("value", "株主名簿及び役員名簿により、議決権の45％の保有と取締役の過半数を確認した。");
        assertThat(call("POST", "/engine-rest/task/" + taskId + "/submit-form", "mlit-reviewer", decision).status()).isEqualTo(204);

        JsonNode documents = call("GET", "/api/cases/screening/" + number + "/documents", "portal-railway", null).body();
        JsonNode confirmation = StreamSupport.stream(documents.spliterator(), false)
                .filter(d -> d.get("kind").asText().equals("EXEMPTION_CONFIRMATION")).findFirst().orElseThrow();
        String text = PdfText.of(new ApiClient(json, port).download(confirmation.get("href").asText(), "portal-railway").body());
        assertThat(text).contains("導入等計画書の届出を要しない者からの導入であることの確認について（通知）",
                "サンプル鉄道株式会社（デモ）代表取締役社長架空二郎殿", confirmation.get("documentNumber").asText(),
                "「経済安全保障推進法」という。）第五十二条第一項の政令で定める者として経済安全保障推進法施行令第十条第一項第一号に掲げる者",
                "令和五年国土交通省令第六十二号第七条第一項第二号ロ", "デモシステム株式会社", "45％",
                "株主名簿及び役員名簿により", "同項の政令で定める者以外の者が供給する特定重要設備が組み込まれている場合は、この限りではありません")
                .doesNotContain("【教示】");
        // the typed act says what was confirmed; nothing is read back from a text
        assertThat(jdbc.queryForObject("select content from case_act where case_number = ? and act_type = 'EXEMPTION_CHECKED'",
                String.class, number)).contains("\"ground\":\"SUBSIDIARY\"", "\"parentControl\":\"FORTY_PERCENT_AND_BOARD_MAJORITY\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            without its emergency case  |
            with an unknown case        | WAR
            """)
    void anEmergencyNotificationWithoutTheOrdinancesCaseIsRefused(String label, String emergencyCase) throws Exception {
        ObjectNode notification = TestBodies.emergencyNotification(json, "EMG-BAD-" + Math.abs(label.hashCode()));
        if (emergencyCase == null) {
            notification.remove("emergencyCase");
        } else {
            notification.put("emergencyCase", emergencyCase);
        }
        long before = cases();

        Answer answer = call("POST", "/api/emergency-notifications", "portal", notification);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors")).anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo("emergencyCase"));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void anEmergencyNotificationNamingTheOrdinancesCaseIsAcceptedAndShownOnTheReview() throws Exception {
        String number = "EMG-OK-1";
        ObjectNode notification = TestBodies.emergencyNotification(json, number).put("emergencyCase", "SERVICE_DISRUPTION_THREATENED");
        assertThat(call("POST", "/api/emergency-notifications", "portal", notification).status()).isEqualTo(201);

        JsonNode tasks = call("GET", "/engine-rest/task?processInstanceBusinessKey=" + number, "mlit-reviewer", null).body();
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewEmergencyNotification");
        JsonNode shown = caseShown(tasks.get(0).get("id").asText());
        assertThat(shown.get("emergencyCaseLabel").asText()).startsWith("特定社会基盤役務の提供に支障が生ずるおそれがある場合");
        assertThat(shown.get("emergencyProvision").asText()).isEqualTo("令和五年国土交通省令第六十二号第十条第一項");
        assertThat(jdbc.queryForObject("select content from case_act where case_number = ? and act_type = 'EMERGENCY_NOTIFICATION_RECEIPT'",
                String.class, number)).contains("\"emergencyCase\":\"SERVICE_DISRUPTION_THREATENED\"");
    }

    /** The case object of a task's form as Tasklist reads it (a Json variable, serialized) and hands it to the form. */
    private JsonNode caseShown(String taskId) throws Exception {
        JsonNode variables = call("GET", "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false",
                "mlit-reviewer", null).body();
        assertThat(variables.get("case").get("type").asText()).isEqualTo("Json");
        return json.readTree(variables.get("case").get("value").asText());
    }
}
