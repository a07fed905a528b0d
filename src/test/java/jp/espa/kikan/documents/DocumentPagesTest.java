package jp.espa.kikan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.PdfText;
import jp.espa.kikan.support.TestBodies;
import jp.espa.kikan.support.WebappSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A case's documents for officials in the webapps' session over real HTTP (/documents/…): the Japanese list and the
 * PDFs with the same access as the API (another ministry: 404 and nothing of the case), no Basic door, drafts with
 * typed values checked and never kept, and the session cookie still no key to /api.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPagesTest {

    static final String CASE = "/documents/screening/NOTICES-PAGES-1";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;

    private final HttpClient http = HttpClient.newHttpClient();
    private JsonNode notice;

    /** A plan filed by the portal and accepted at its formal check: the 受理の通知 is issued. */
    @BeforeAll
    void fileAndAccept() throws Exception {
        assertThat(new ApiClient(json, port).call("POST", "/api/screenings", "portal", TestBodies.plan(json, "NOTICES-PAGES-1"))
                .status()).isEqualTo(201);
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey("NOTICES-PAGES-1")
                .taskDefinitionKey("Task_CheckCompleteness").singleResult().getId(), Map.of("planComplete", true));
        notice = new ApiClient(json, port).call("GET", "/api/cases/screening/NOTICES-PAGES-1/documents", "mlit-reviewer", null)
                .body().get(0);
    }

    HttpResponse<byte[]> get(String path, WebappSession session, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", session.cookieHeader());
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The form's values posted as app/document-links.js posts them (a form of the page), as a script reads the answer. */
    HttpResponse<byte[]> postDraft(String kind, WebappSession session, Map<String, String> values, boolean withToken)
            throws Exception {
        Map<String, String> form = new java.util.LinkedHashMap<>(values);
        if (withToken) {
            form.put("_csrf", session.csrfToken());
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + CASE + "/drafts/" + kind))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/pdf, application/json").header("Cookie", session.cookieHeader()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theMinistrysOfficialSeesTheListInJapaneseWithEachPdfOpeningInANewTab() throws Exception {
        WebappSession mlit = WebappSession.login(json, port, "mlit-reviewer");
        HttpResponse<byte[]> list = get(CASE, mlit);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String href = CASE + "/" + notice.get("id").asText();
        LocalDate today = LocalDate.now(StatutoryPeriods.TOKYO);
        assertThat(text(list)).contains("発出済みの文書", "導入等計画書の審査　NOTICES-PAGES-1", "導入等計画書の受理について（通知）",
                EraDates.format(today), notice.get("documentNumber").asText(),
                "<a href=\"" + href + "\" target=\"_blank\" rel=\"noopener\">PDFを開く</a>")
                .doesNotContain("ACCEPTANCE_NOTICE", notice.get("sha256").asText());

        HttpResponse<byte[]> pdf = get(href, mlit);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(DocumentService.sha256(pdf.body())).as("as kept").isEqualTo(notice.get("sha256").asText());
        // the Cabinet Office reads every case's documents
        assertThat(get(CASE, WebappSession.login(json, port, "cao-official")).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherMinistrysOfficialGetsNotFoundAndNothingOfTheCase() throws Exception {
        WebappSession meti = WebappSession.login(json, port, "meti-reviewer");
        for (String path : new String[] {CASE, CASE + "/" + notice.get("id").asText(), CASE + "/drafts/ACCEPTANCE_NOTICE"}) {
            HttpResponse<byte[]> refused = get(path, meti);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(text(refused)).as(path).doesNotContain("受理", notice.get("documentNumber").asText(), "%PDF");
        }
        assertThat(postDraft("RECOMMENDATION", meti, Map.of("content", "x"), true).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutASessionTheAnswerIsASignInPageAndNeverABasicChallenge() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("mlit-reviewer:demo".getBytes(StandardCharsets.UTF_8));
        for (HttpResponse<byte[]> refused : new HttpResponse[] {get(CASE, null), get(CASE, null, "Authorization", basic)}) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(text(refused)).contains("タスク一覧にログインしてください").doesNotContain("受理");
        }
    }

    @Test
    void aDraftShowsWhatIsTypedCheckedAndOnlyWithTheSessionsToken() throws Exception {
        WebappSession mlit = WebappSession.login(json, port, "mlit-reviewer");
        HttpResponse<byte[]> draft = postDraft("ORDER", mlit,
                Map.of("content", "遠隔制御装置の供給者を変更すること（画面入力中）", "complyBy", "2027-01-05"), true);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(PdfText.of(draft.body())).contains("命令書", "命令の内容遠隔制御装置の供給者を変更すること（画面入力中）",
                "措置をとるべき期限令和9年1月5日");

        assertThat(PdfText.of(postDraft("RECOMMENDATION", mlit, Map.of("measures", "供給者の変更（画面で選択）",
                "content", "勧告の内容を入力中"), true).body())).contains("勧告する措置供給者の変更（画面で選択）", "勧告の内容勧告の内容を入力中");
        // a form of another site has no token of the session
        assertThat(postDraft("RECOMMENDATION", mlit, Map.of("content", "x"), false).statusCode()).isEqualTo(403);
        assertRefused(postDraft("RECOMMENDATION", mlit, Map.of("facts", "x"), true), "facts"); // from the record only
        assertRefused(postDraft("ORDER", mlit, Map.of("complyBy", "2027/01/05"), true), "complyBy");
        assertRefused(postDraft("RECOMMENDATION", mlit, Map.of("content", "長".repeat(TypedDraft.MAX_TEXT + 1)), true), "content");
        assertRefused(postDraft("PUBLIC_COMMENT_RESULTS", mlit, Map.of("summary", "x"), true), "kind");
        // nothing kept: the case's documents are the one notice still
        assertThat(new ApiClient(json, port).call("GET", "/api/cases/screening/NOTICES-PAGES-1/documents", "mlit-reviewer", null)
                .body()).hasSize(1);
    }

    private void assertRefused(HttpResponse<byte[]> refused, String field) throws Exception {
        assertThat(refused.statusCode()).as(field).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    /** As the webapps' own filter does once its cache of the account has expired: the groups are read again. */
    @Test
    void anOfficialTakenOutOfTheMinistryLosesTheDocumentsWithinTheSessionsCacheTime() throws Exception {
        User official = identity.newUser("notices-pages-official");
        official.setPassword("Notices-Pages-2026!");
        identity.saveUser(official);
        identity.createMembership(official.getId(), "ministry-mlit");
        try {
            WebappSession session = new WebappSession(json, port);
            assertThat(session.login(official.getId(), "Notices-Pages-2026!", "tasklist").status()).isEqualTo(200);
            assertThat(get(CASE, session).statusCode()).isEqualTo(200);
            identity.deleteMembership(official.getId(), "ministry-mlit");
            assertThat(get(CASE, session).statusCode()).as("within the cache time").isEqualTo(200);
            ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofMinutes(6).toMillis()));
            assertThat(get(CASE, session).statusCode()).as("after it").isEqualTo(404);
        } finally {
            ClockUtil.reset();
            identity.deleteUser(official.getId());
        }
    }

    @Test
    void theSessionCookieOpensNothingUnderApi() throws Exception {
        WebappSession mlit = WebappSession.login(json, port, "mlit-reviewer");
        assertThat(get("/api/cases/screening/NOTICES-PAGES-1/documents", mlit).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> write = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/screenings"))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(TestBodies.plan(json, "NOTICES-PAGES-2"))))
                .header("Content-Type", "application/json").header("Cookie", mlit.cookieHeader())
                .header("X-XSRF-TOKEN", mlit.csrfToken()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey("NOTICES-PAGES-2").count()).isZero();
    }
}
