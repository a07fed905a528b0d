package jp.espa.kikan.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.TestBodies;
import jp.espa.kikan.support.ApiClient.Answer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Representative;
import jp.espa.kikan.registry.SectorRegistry;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The designation API over real HTTP: proposals (all or none), who may propose, measures, change notices, the registry
 * and the day its published particulars take effect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class DesignationApiTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired SectorRegistry sectors;
    @Autowired DesignationRegistry designations;
    @Autowired DesignationRepository designationRepository;
    @Autowired CaseFile caseFile;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    Answer call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(json, port).call(method, path, user, body);
    }

    ObjectNode candidate(String proposalNumber, String corporateNumber, String sectorCode) {
        return json.createObjectNode().put("proposalNumber", proposalNumber).put("corporateNumber", corporateNumber)
                .put("operatorName", "API鉄道株式会社（架空）").put("operatorAddress", "東京都（架空）").put("sectorCode", sectorCode)
                .put("industry", "MANUFACTURING_OTHER").put("capitalYen", 10_000_000_000L).put("employees", 3000)
                .put("proposalReason", "営業キロが大きい");
    }

    long designationCases() {
        return jdbc.queryForObject("select count(*) from designation_case", Long.class);
    }

    @Test
    void proposalsAreAllOrNoneAndOnlyForTheProposingMinistrysSectors() throws Exception {
        long before = designationCases();
        ObjectNode bad = json.createObjectNode();
        bad.putArray("candidates").add(candidate("API-P-1", TestBodies.corporateNumber(901), "RAILWAY"))
                .add(candidate("API-P-2", "1999902000902", "RAILWAY"));
        Answer refused = call("POST", "/api/designation-proposals", "mlit-reviewer", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("candidates[1].corporateNumber");
        assertThat(designationCases()).isEqualTo(before);

        ObjectNode other = json.createObjectNode();
        other.putArray("candidates").add(candidate("API-P-3", TestBodies.corporateNumber(903), "ELECTRICITY"));
        assertThat(call("POST", "/api/designation-proposals", "mlit-reviewer", other).status()).isEqualTo(403);
        assertThat(call("POST", "/api/designation-proposals", "portal", other).status()).isEqualTo(403);

        ObjectNode good = json.createObjectNode();
        good.putArray("candidates").add(candidate("API-P-4", TestBodies.corporateNumber(904), "RAILWAY"))
                .add(candidate("API-P-5", TestBodies.corporateNumber(905), "AIRPORT"));
        Answer created = call("POST", "/api/designation-proposals", "mlit-reviewer", good);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).hasSize(2);
        assertThat(designationCases()).isEqualTo(before + 2);
        Answer again = call("POST", "/api/designation-proposals", "mlit-reviewer", good);
        assertThat(again.body().get(0).get("designationCaseId")).isEqualTo(created.body().get(0).get("designationCaseId"));
        assertThat(designationCases()).isEqualTo(before + 2);

        // one proposal at a time per operator and sector: a second number would lead to a second designation
        ObjectNode twice = json.createObjectNode();
        twice.putArray("candidates").add(candidate("API-P-6", TestBodies.corporateNumber(904), "RAILWAY"));
        Answer second = call("POST", "/api/designation-proposals", "mlit-reviewer", twice);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body().get("errors").get(0).get("field").asText()).isEqualTo("candidates[0].corporateNumber");
        assertThat(second.body().toString()).contains("API-P-4");
        assertThat(designationCases()).isEqualTo(before + 2);
    }

    @Test
    void aProposalStoresTheRepresentativeNamedAndRefusesAnOverLongName() throws Exception {
        long before = designationCases();
        String corporateNumber = TestBodies.corporateNumber(911);
        ObjectNode tooLong = json.createObjectNode();
        tooLong.putArray("candidates").add(candidate("API-R-1", corporateNumber, "RAILWAY")
                .put("representativeTitle", "代表取締役社長").put("representativeName", "名".repeat(201)));
        Answer refused = call("POST", "/api/designation-proposals", "mlit-reviewer", tooLong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("candidates[0].representativeName");
        assertThat(designationCases()).isEqualTo(before);
        assertThat(sectors.operatorByCorporateNumber(corporateNumber)).isEmpty();

        ObjectNode titleAlone = json.createObjectNode();
        titleAlone.putArray("candidates").add(candidate("API-R-1", corporateNumber, "RAILWAY").put("representativeTitle", "代表取締役社長"));
        Answer alone = call("POST", "/api/designation-proposals", "mlit-reviewer", titleAlone);
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.body().get("errors").get(0).get("field").asText()).isEqualTo("candidates[0].representativeName");
        assertThat(sectors.operatorByCorporateNumber(corporateNumber)).isEmpty();

        ObjectNode named = json.createObjectNode();
        named.putArray("candidates").add(candidate("API-R-1", corporateNumber, "RAILWAY")
                .put("representativeTitle", "代表取締役社長").put("representativeName", "架空　太郎"));
        assertThat(call("POST", "/api/designation-proposals", "mlit-reviewer", named).status()).isEqualTo(201);
        var operator = sectors.operatorByCorporateNumber(corporateNumber).orElseThrow();
        Optional<Representative> stored = designationRepository.representative(operator.id());
        assertThat(stored).contains(new Representative("代表取締役社長", "架空　太郎"));
        assertThat(Representative.addresseeLine(operator.name(), stored)).isEqualTo("API鉄道株式会社（架空）　代表取締役社長　架空　太郎");

        // a proposal without one keeps the representative on record; the registry's operators without one are 「代表者」
        ObjectNode unnamed = json.createObjectNode();
        unnamed.putArray("candidates").add(candidate("API-R-2", corporateNumber, "AIRPORT"));
        assertThat(call("POST", "/api/designation-proposals", "mlit-reviewer", unnamed).status()).isEqualTo(201);
        assertThat(designationRepository.representative(operator.id())).isEqualTo(stored);
        assertThat(Representative.addresseeLine("未記載商事株式会社（架空）", Optional.empty())).isEqualTo("未記載商事株式会社（架空）　代表者");
    }

    @Test
    void measuresAreCheckedAndTheRegistryIsPublic() throws Exception {
        ObjectNode measures = json.createObjectNode().put("sectorCode", "RAILWAY");
        measures.putArray("measures").addObject().put("code", "routeKm").put("number", 1200).put("text", "x").put("source", "報告");
        Answer bad = call("POST", "/api/operators/6999901000002/measures", "mlit-reviewer", measures);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asText()).isEqualTo("measures[0]");

        ((ObjectNode) measures.get("measures").get(0)).remove("text");
        assertThat(call("POST", "/api/operators/1234567890123/measures", "mlit-reviewer", measures).status()).isEqualTo(404);
        // the figures come from the competent ministry: neither the portal nor another ministry files them
        assertThat(call("POST", "/api/operators/6999901000002/measures", "portal", measures).status()).isEqualTo(403);
        assertThat(call("POST", "/api/operators/6999901000002/measures", "meti-reviewer", measures).status()).isEqualTo(403);
        Answer filed = call("POST", "/api/operators/6999901000002/measures", "mlit-reviewer", measures);
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.body().get("designated").asBoolean()).isTrue();
        assertThat(filed.body().get("revocationStarted").asBoolean()).isFalse();

        JsonNode railway = call("GET", "/api/designations?sectorCode=RAILWAY", "meti-reviewer", null).body();
        assertThat(railway).anySatisfy(d -> {
            assertThat(d.get("corporateNumber").asText()).isEqualTo("6999901000002");
            assertThat(d.get("status").asText()).isEqualTo("DESIGNATED");
            assertThat(d.get("graceEndsOn").asText()).isEqualTo("2025-05-14");
        });
        assertThat(call("GET", "/api/designations?corporateNumber=9999901000008", "portal", null).body()).isEmpty();
    }

    /**
     * Art 50(2) publishes the name, address, business and day of a designation (Art 51 後段 its revocation): the public
     * sees the notices published in the gazette, without their text (the reasons: the criteria's findings, the SME
     * test) or the official; the full notices are for the competent ministry, the Cabinet Office and the operator's portal.
     */
    @Test
    void theRegistryGivesThePublicOnlyWhatTheGazettePublished() throws Exception {
        String corporateNumber = TestBodies.corporateNumber(960);
        var operator = designationRepository.createOperator(corporateNumber, "公示検証鉄道株式会社（架空）", "東京都千代田区（架空）");
        UUID designationId = designationRepository.designate(operator.id(), "RAILWAY", LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 9, 30), null);
        UUID designated = designationRepository.issueNotice(designationId, Notices.DESIGNATION_FORM, LocalDate.of(2025, 4, 1),
                "指定通知書\n【理由】中小企業者に該当しない（資本金100億円）", "mlit-reviewer");
        designationRepository.publishNotice(designated, LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 8));
        designationRepository.revoke(designationId, LocalDate.of(2025, 5, 1), "基準に該当しなくなった");
        designationRepository.issueNotice(designationId, Notices.REVOCATION_FORM, LocalDate.of(2025, 5, 1),
                "解除通知書\n【理由】基準に該当しなくなった", "mlit-reviewer"); // not yet in the gazette
        String path = "/api/designations?corporateNumber=" + corporateNumber + "&asOf=2025-06-01";

        for (String user : new String[] {"portal-railway", "meti-reviewer", "fsa-senior"}) {
            JsonNode entry = only(call("GET", path, user, null));
            assertThat(entry.get("operatorName").asText()).isEqualTo("公示検証鉄道株式会社（架空）");
            assertThat(entry.get("status").asText()).isEqualTo("REVOKED");
            JsonNode notices = entry.get("notices");
            assertThat(notices).as(user).hasSize(1);
            assertThat(notices.get(0).get("form").asText()).isEqualTo(Notices.DESIGNATION_FORM);
            assertThat(notices.get(0).get("gazettePublishedOn").asText()).isEqualTo("2025-04-08");
            assertThat(notices.get(0).has("contents")).isFalse();
            assertThat(notices.get(0).has("issuedBy")).isFalse();
            assertThat(entry.toString()).as(user).doesNotContain("理由", "中小企業者", "mlit-reviewer");
        }
        for (String user : new String[] {"mlit-reviewer", "mlit-senior", "cao-official", "portal", "demo"}) {
            JsonNode notices = only(call("GET", path, user, null)).get("notices");
            assertThat(notices).as(user).hasSize(2);
            assertThat(notices.get(0).get("contents").asText()).contains("【理由】中小企業者に該当しない");
            assertThat(notices.get(1).get("contents").asText()).contains("解除通知書");
            assertThat(notices.get(0).get("issuedBy").asText()).isEqualTo("mlit-reviewer");
        }
    }

    @Test
    void changeNoticeLessThanTwoWeeksAheadIsAcceptedAsLate() throws Exception {
        LocalDate today = LocalDate.now(StatutoryPeriods.TOKYO);
        ObjectNode notice = json.createObjectNode().put("kind", "ADDRESS").put("newValue", "大阪府（架空）")
                .put("effectiveOn", today.plusDays(13).toString());
        Answer late = call("POST", "/api/operators/5999901000003/change-notices", "portal", notice);
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.body().get("late").asBoolean()).isTrue();
        notice.put("effectiveOn", today.plusDays(14).toString());
        assertThat(call("POST", "/api/operators/5999901000003/change-notices", "portal", notice).body().get("late").asBoolean()).isFalse();
        assertThat(call("POST", "/api/operators/9999901000008/change-notices", "portal", notice).status()).isEqualTo(400);
        assertThat(call("POST", "/api/operators/5999901000003/change-notices", "mlit-reviewer", notice).status()).isEqualTo(403);
        notice.put("kind", "COLOUR");
        assertThat(call("POST", "/api/operators/5999901000003/change-notices", "portal", notice).body().get("errors").get(0)
                .get("field").asText()).isEqualTo("kind");
    }

    @Test
    void aNameChangeNotifiedThreeWeeksAheadIsPublishedWithItsDayAndShownFromThatDay() throws Exception {
        String corporateNumber = TestBodies.corporateNumber(950);
        var operator = designationRepository.createOperator(corporateNumber, "旧名航空株式会社（架空）", "東京都大田区（架空）");
        UUID designationId = designationRepository.designate(operator.id(), "AIRLINE", LocalDate.of(2024, 11, 15),
                LocalDate.of(2025, 5, 14), null);
        String path = "/api/designations?corporateNumber=" + corporateNumber;
        try {
            movedTo(LocalDate.of(2026, 12, 1), LocalTime.NOON);
            ObjectNode notice = json.createObjectNode().put("kind", "NAME").put("newValue", "新名航空株式会社（架空）")
                    .put("effectiveOn", "2026-12-22"); // three weeks ahead: due by 2026-12-08 (Art 50(3))
            Answer filed = call("POST", "/api/operators/" + corporateNumber + "/change-notices", "portal", notice);
            assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
            assertThat(filed.body().get("late").asBoolean()).isFalse();

            String key = "CHANGE-" + jdbc.queryForObject("select id from operator_change_notice where designation_id = ?",
                    String.class, designationId);
            JsonNode task = call("GET", "/engine-rest/task?processInstanceBusinessKey=" + key, "mlit-reviewer", null).body();
            ObjectNode acknowledgement = json.createObjectNode();
            acknowledgement.putObject("variables").putObject("publicRecordUpdatedOn").put("value", "2026-12-01");
            Answer acknowledged = call("POST", "/engine-rest/task/" + task.get(0).get("id").asText() + "/submit-form",
                    "mlit-reviewer", acknowledgement);
            assertThat(acknowledged.status()).as(String.valueOf(acknowledged.body())).isEqualTo(204);

            // published today, stating the day the change takes effect (Art 50(2) 後段)
            ActContent.ChangePublication published = caseFile.latest(Procedure.DESIGNATION, key, LegalActType.CHANGE_PUBLISHED)
                    .orElseThrow().content(ActContent.ChangePublication.class);
            assertThat(published.effectiveOn()).isEqualTo(LocalDate.of(2026, 12, 22));
            JsonNode today = only(call("GET", path, "portal", null));
            assertThat(today.get("operatorName").asText()).isEqualTo("旧名航空株式会社（架空）");
            assertThat(today.get("operatorNameEffectiveOn").asText()).isEqualTo("2024-11-15");
            assertThat(today.get("asOf").asText()).isEqualTo("2026-12-01");
            assertThat(today.get("notices")).anySatisfy(n -> assertThat(n.get("contents").asText()).contains("変更日: 2026-12-22"));
            assertThat(today.has("pendingChanges")).as("the public (here the portal) sees no pending change").isFalse();
            assertThat(only(call("GET", path, "meti-reviewer", null)).has("pendingChanges")).as("not the competent ministry").isFalse();
            JsonNode pending = only(call("GET", path, "mlit-reviewer", null)).get("pendingChanges");
            assertThat(pending).hasSize(1);
            assertThat(pending.get(0).get("particular").asText()).isEqualTo("NAME");
            assertThat(pending.get(0).get("newValue").asText()).isEqualTo("新名航空株式会社（架空）");
            assertThat(pending.get(0).get("effectiveOn").asText()).isEqualTo("2026-12-22");
            assertThat(pending.get(0).get("acknowledgedOn").asText()).isEqualTo("2026-12-01");

            // the registry read on a day: the old name up to the day before, the new one from the day
            assertThat(only(call("GET", path + "&asOf=2026-12-21", "portal", null)).get("operatorName").asText())
                    .isEqualTo("旧名航空株式会社（架空）");
            JsonNode onTheDay = only(call("GET", path + "&asOf=2026-12-22", "portal", null));
            assertThat(onTheDay.get("operatorName").asText()).isEqualTo("新名航空株式会社（架空）");
            assertThat(onTheDay.get("operatorNameEffectiveOn").asText()).isEqualTo("2026-12-22");
            assertThat(onTheDay.get("operatorAddress").asText()).isEqualTo("東京都大田区（架空）");
            assertThat(onTheDay.get("operatorAddressEffectiveOn").asText()).isEqualTo("2024-11-15");
            assertThat(call("GET", path + "&asOf=2024-11-14", "portal", null).body()).as("not yet designated").isEmpty();

            movedTo(LocalDate.of(2026, 12, 21), LocalTime.of(23, 59));
            assertThat(only(call("GET", path, "portal", null)).get("operatorName").asText()).isEqualTo("旧名航空株式会社（架空）");
            assertThat(designations.designation(designationId).operatorName()).as("notices of the day before: the old name")
                    .isEqualTo("旧名航空株式会社（架空）");
            movedTo(LocalDate.of(2026, 12, 22), LocalTime.MIDNIGHT);
            JsonNode fromTheDay = only(call("GET", path, "mlit-reviewer", null));
            assertThat(fromTheDay.get("operatorName").asText()).isEqualTo("新名航空株式会社（架空）");
            assertThat(fromTheDay.get("pendingChanges")).isEmpty();
            var changeDay = management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(key).singleResult().getId()).timers().singleResult();
            assertThat(changeDay.getDuedate()).isEqualTo(Date.from(LocalDate.of(2026, 12, 22).atStartOfDay(StatutoryPeriods.TOKYO).toInstant()));
            management.executeJob(changeDay.getId());
            assertThat(designations.designation(designationId).operatorName()).isEqualTo("新名航空株式会社（架空）");

            Answer badDay = call("GET", path + "&asOf=2026-12-32", "portal", null);
            assertThat(badDay.status()).isEqualTo(400);
            assertThat(badDay.contentType()).startsWith("application/problem+json");
            assertThat(badDay.body().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
            assertThat(call("GET", path + "&asOf=3000-01-01", "portal", null).status()).isEqualTo(400);
        } finally {
            ClockUtil.reset();
        }
    }

    private static void movedTo(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(StatutoryPeriods.TOKYO).toInstant()));
    }

    private static JsonNode only(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(answer.body()).hasSize(1);
        return answer.body().get(0);
    }
}
