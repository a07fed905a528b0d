package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.DeployedForms;
import jp.espa.kikan.support.WebappSession;

import org.junit.jupiter.api.Test;

/**
 * The extension of the period while a recommendation or an order is under way (Art 52(4)) as an action on the case,
 * over HTTP as the ministry's systems and officials call it: POST /api/screenings/{caseId}/extensions. Plans are
 * received on Thu 2026-11-26 (period to 2026-12-25, cap 2027-03-25).
 */
class ExtensionDuringRecommendationTest extends ProcessTestSupport {

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 26);

    @Test
    void theCompetentMinistryExtendsThePeriodOfACaseUnderRecommendation() throws Exception {
        ScreeningCaseRow c = recommended("EXT");
        Answer answer = api().call("POST", path(c), "mlit-reviewer", Map.of("extendedLastDay", "2027-02-26",
                "extensionNoticeDeliveredOn", "2026-11-27", "extensionReason", "命令の要否の検討に時間を要するため"));
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(answer.body().get("periodLastDay").asText()).isEqualTo("2027-02-26");
        assertThat(answer.body().get("extensionCap").asText()).isEqualTo("2027-03-25");
        assertThat(timer(c, "BoundaryEvent_PeriodEnded").getDuedate()).isEqualTo(tokyoStartOf("2027-02-27"));
        assertThat(acts(c)).endsWith(LegalActType.EXTENSION_DECIDED, LegalActType.EXTENSION_NOTICE);
        assertThat(caseFile.latest(jp.espa.kikan.registry.Procedure.SCREENING, c.applicationNumber(),
                LegalActType.EXTENSION_DECIDED).orElseThrow().official()).isEqualTo("mlit-reviewer");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        ScreeningCaseRow c = recommended("EXTBAD");
        List<LegalActType> before = acts(c);
        assertRefused(api().call("POST", path(c), "mlit-reviewer", Map.of("extendedLastDay", "2027-02-26")), 400,
                "extensionReason");
        assertRefused(api().call("POST", path(c), "mlit-reviewer", Map.of("extendedLastDay", "2027-03-26",
                "extensionReason", "上限を超える")), 400, "extendedLastDay");
        assertRefused(api().call("POST", path(c), "mlit-reviewer", Map.of("extendedLastDay", "2027-01-29",
                "extensionNoticeDeliveredOn", "2026-12-26", "extensionReason", "期間の後の到達")), 400, "extensionNoticeDeliveredOn");
        assertRefused(api().call("POST", path(c), "mlit-reviewer", Map.of("extendedLastDay", 20270129,
                "extensionReason", "数値の日付")), 400, "extendedLastDay");
        assertThat(acts(c)).isEqualTo(before);
        assertThat(reload(c).periodLastDay()).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void onlyTheCompetentMinistryExtendsAndOnlyWhileARecommendationIsUnderWay() throws Exception {
        ScreeningCaseRow c = recommended("EXTWHO");
        List<LegalActType> before = acts(c);
        Map<String, Object> body = Map.of("extendedLastDay", "2027-01-29", "extensionReason", "検討のため");
        assertThat(api().call("POST", path(c), "meti-reviewer", body).status()).isIn(403, 404);
        assertThat(api().call("POST", path(c), "portal", body).status()).isIn(403, 404);
        assertThat(api().call("POST", path(c), "cao-official", body).status()).isIn(403, 404);
        assertThat(acts(c)).isEqualTo(before);

        today("2026-11-26");
        ScreeningCaseRow underReview = file(TestPlans.introduction(nextApplicationNumber("EXTREV"), RECEIVED));
        complete(underReview, "Task_CheckCompleteness", Map.of("planComplete", true));
        Answer conflict = api().call("POST", path(underReview), "mlit-reviewer", body);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("detail").asText()).contains("導入等計画書の審査");
        assertThat(acts(underReview)).doesNotContain(LegalActType.EXTENSION_DECIDED);
    }

    /** The same action from Tasklist: the start form 期間の延長（勧告・命令の手続中）, which the recommendation forms link. */
    @Test
    void anOfficialExtendsFromTasklistsStartFormAndAnotherMinistryCannot() throws Exception {
        ScreeningCaseRow c = recommended("EXTTL");
        DeployedForms.assertOnStartForm(engine, "PeriodExtensionProcess",
                java.util.Set.of("applicationNumber", "extendedLastDay", "extensionNoticeDeliveredOn", "extensionReason"));
        String start = "/api/engine/engine/default/process-definition/key/PeriodExtensionProcess/submit-form";
        String body = json.writeValueAsString(Map.of("variables", Map.of(
                "applicationNumber", Map.of("value", c.applicationNumber(), "type", "String"),
                "extendedLastDay", Map.of("value", "2027-01-29", "type", "String"),
                "extensionReason", Map.of("value", "命令の要否の検討", "type", "String"))));

        WebappSession meti = WebappSession.login(json, port, "meti-reviewer");
        WebappSession.Raw refused = meti.send("POST", start, body, "application/json");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("受付番号");
        assertThat(acts(c)).doesNotContain(LegalActType.EXTENSION_DECIDED);

        WebappSession mlit = WebappSession.login(json, port, "mlit-reviewer");
        WebappSession.Raw started = mlit.send("POST", start, body, "application/json");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(reload(c).periodLastDay()).isEqualTo(LocalDate.of(2027, 1, 29));
        assertThat(acts(c)).endsWith(LegalActType.EXTENSION_DECIDED, LegalActType.EXTENSION_NOTICE);
        assertThat(caseFile.latest(jp.espa.kikan.registry.Procedure.SCREENING, c.applicationNumber(),
                LegalActType.EXTENSION_DECIDED).orElseThrow().official()).isEqualTo("mlit-reviewer");
        // it ran under the case's number and ended: nothing of it stays in anyone's worklist
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("PeriodExtensionProcess")
                .processInstanceBusinessKey(c.applicationNumber()).finished().count()).isEqualTo(1);
    }

    private ScreeningCaseRow recommended(String prefix) {
        today("2026-11-26");
        ScreeningCaseRow c = file(TestPlans.introduction(nextApplicationNumber(prefix), RECEIVED));
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "外国政府の影響"));
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣", "consultationSummary", "勧告相当との意見"));
        return c;
    }

    private static void assertRefused(Answer answer, int status, String field) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
        assertThat(answer.contentType()).contains("problem+json");
        assertThat(answer.body().get("errors")).as(String.valueOf(answer.body()))
                .anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
    }

    private static String path(ScreeningCaseRow c) {
        return "/api/screenings/" + c.id() + "/extensions";
    }

    private ApiClient api() {
        return new ApiClient(json, port);
    }
}
