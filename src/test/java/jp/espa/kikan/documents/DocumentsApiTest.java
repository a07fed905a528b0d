package jp.espa.kikan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.PdfText;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.support.TestBodies;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The documents over real HTTP, on two plans filed through the portal and accepted at their formal check (受理の通知
 * for the railway operator, MLIT, and the electricity operator, METI): who may list and download them, that a download
 * is the bytes kept (twice the same, hash as recorded with the act), and drafts for the ministry only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsApiTest {

    static final String RAILWAY = "/api/cases/screening/DOCS-RAILWAY/documents";
    static final String ELECTRICITY = "/api/cases/screening/DOCS-ELECTRICITY/documents";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;

    /** Each plan filed by the portal and accepted by its ministry's formal check: the 受理の通知 is issued. */
    @BeforeAll
    void fileAndAccept() throws Exception {
        for (String[] s : new String[][] {{"RAILWAY", "6999901000002", "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL"},
                {"ELECTRICITY", "7999901000001", "GENERAL_TRANSMISSION_DISTRIBUTION_SUPPLY_DEMAND_CONTROL"}}) {
            ObjectNode plan = TestBodies.plan(json, "DOCS-" + s[0]);
            plan.put("operatorCorporateNumber", s[1]).put("sectorCode", s[0]).put("equipmentCategoryCode", s[2]);
            assertThat(new ApiClient(json, port).call("POST", "/api/screenings", "portal", plan).status()).isEqualTo(201);
            Task check = tasks.createTaskQuery().processInstanceBusinessKey("DOCS-" + s[0])
                    .taskDefinitionKey("Task_CheckCompleteness").singleResult();
            tasks.complete(check.getId(), Map.of("planComplete", true));
        }
    }

    Answer get(String path, String user) throws Exception {
        return new ApiClient(json, port).call("GET", path, user, null);
    }

    @Test
    void anIssuedNoticeIsServedAsKeptAndItsHashIsTheOneRecordedWithTheAct() throws Exception {
        Answer list = get(RAILWAY, "mlit-reviewer");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).hasSize(1);
        JsonNode notice = list.body().get(0);
        assertThat(notice.get("kind").asText()).isEqualTo("ACCEPTANCE_NOTICE");
        assertThat(notice.get("documentNumber").asText()).matches("国経安第[0-9]+号");
        String recorded = jdbc.queryForObject("""
                select d.sha256 from document d join case_act a on a.id = d.case_act_id
                where d.id = ? and a.act_type = 'ACCEPTANCE'""", String.class, java.util.UUID.fromString(notice.get("id").asText()));
        assertThat(notice.get("sha256").asText()).isEqualTo(recorded);

        ApiClient client = new ApiClient(json, port);
        HttpResponse<byte[]> first = client.download(notice.get("href").asText(), "mlit-reviewer");
        HttpResponse<byte[]> second = client.download(notice.get("href").asText(), "cao-official");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(second.body()).as("byte-identical").isEqualTo(first.body());
        assertThat(DocumentService.sha256(first.body())).isEqualTo(recorded);
        assertThat(first.headers().firstValue("ETag")).hasValue("\"" + recorded + "\"");

        LocalDate acceptedOn = LocalDate.parse(notice.get("issuedOn").asText());
        assertThat(acceptedOn).isEqualTo(LocalDate.now(StatutoryPeriods.TOKYO));
        assertThat(PdfText.of(first.body())).contains("導入等計画書の受理について（通知）", notice.get("documentNumber").asText(),
                EraDates.format(acceptedOn) + "に受理", "サンプル鉄道株式会社（デモ）代表取締役社長架空二郎殿", "DOCS-RAILWAY",
                "国土交通大臣見本三郎", "同法第五十二条第三項").doesNotContain("【教示】");
    }

    @ParameterizedTest(name = "{0} lists the railway notices: {1}")
    @CsvSource({"mlit-reviewer, 200", "mlit-senior, 200", "cao-official, 200", "portal, 200", "portal-railway, 200",
            "meti-reviewer, 404", "demo, 200"})
    void theRailwayNoticeReachesItsMinistryTheCabinetOfficeAndThePortalsOfTheOperator(String user, int status) throws Exception {
        Answer list = get(RAILWAY, user);
        assertThat(list.status()).isEqualTo(status);
        String id = get(RAILWAY, "mlit-reviewer").body().get(0).get("id").asText();
        assertThat(new ApiClient(json, port).download(RAILWAY + "/" + id, user).statusCode()).isEqualTo(status);
    }

    @Test
    void aPortalSeesNoNoticeOfAnOperatorItDoesNotRepresent() throws Exception {
        String electricity = ELECTRICITY;
        assertThat(get(electricity, "portal-railway").status()).isEqualTo(404);
        String id = get(electricity, "meti-reviewer").body().get(0).get("id").asText();
        // nor through another case's path
        assertThat(new ApiClient(json, port).download(RAILWAY + "/" + id, "mlit-reviewer").statusCode()).isEqualTo(404);
        assertThat(new ApiClient(json, port).download(electricity + "/" + id, "portal-railway").statusCode()).isEqualTo(404);
    }

    @Test
    void draftsAreForTheMinistryAndTheCabinetOfficeAndAreNotKept() throws Exception {
        String draft = "/api/cases/screening/DOCS-RAILWAY/documents/drafts/ORDER";
        Integer kept = jdbc.queryForObject("select count(*) from document", Integer.class);
        HttpResponse<byte[]> pdf = new ApiClient(json, port).download(draft, "mlit-reviewer");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String today = EraDates.format(LocalDate.now(StatutoryPeriods.TOKYO));
        assertThat(PdfText.of(pdf.body())).contains("案（未発出）", "命令書", "文書番号は発出時に付番",
                "サンプル鉄道株式会社（デモ）", today, "【教示】");
        assertThat(new ApiClient(json, port).download(draft, "cao-official").statusCode()).isEqualTo(200);
        assertThat(get(draft, "portal-railway").status()).isEqualTo(403);
        assertThat(get(draft, "meti-reviewer").status()).isEqualTo(404);
        assertThat(get("/api/cases/screening/DOCS-RAILWAY/documents/drafts/DESIGNATION_NOTICE", "mlit-reviewer").status())
                .isEqualTo(400);
        // a draft of every kind renders before its decision is on record, with what is still to be entered
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.procedure() == Procedure.SCREENING) {
                HttpResponse<byte[]> early = new ApiClient(json, port).download(
                        "/api/cases/screening/DOCS-RAILWAY/documents/drafts/" + kind.name(), "mlit-reviewer");
                assertThat(early.statusCode()).as(kind.name()).isEqualTo(200);
                assertThat(PdfText.of(early.body())).as(kind.name()).contains("案（未発出）");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).as("nothing kept").isEqualTo(kept);
    }
}
