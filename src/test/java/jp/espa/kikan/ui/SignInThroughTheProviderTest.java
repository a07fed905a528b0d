package jp.espa.kikan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.TestBodies;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Officials sign in through the identity provider's page (the demo's, OpenID Connect with PKCE) and each sees their
 * own work in the webapps; one in no mapped group is refused with a Japanese page; sign-out ends the service's and
 * the provider's session; a lost (expired) session asks for the provider again. Each is one audit line, no token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SignInThroughTheProviderTest {

    /** The browser's address as the service sees it (localhost may be IPv4 or IPv6). */
    private static final String LOOPBACK = "from (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)";
    private static Browser browser;
    private final ListAppender<ILoggingEvent> audit = new ListAppender<>();

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot("failed");
        }
    };

    @BeforeAll
    static void browserInstalled() {
        Browser.requireInstalled();
    }

    @BeforeEach
    void freshBrowser(TestInfo test) throws Exception {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        browser.reset();
        browser.startTest(test.getTestMethod().orElseThrow().getName());
        audit.start();
        ((Logger) LoggerFactory.getLogger("jp.espa.kikan.audit.SignIn")).addAppender(audit);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger("jp.espa.kikan.audit.SignIn")).detachAppender(audit);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aMinistryReviewerSeesTheirPlanInTasklist() throws Exception {
        var filed = new ApiClient(json, port).call("POST", "/api/screenings", "portal", TestBodies.plan(json, "SIGN-IN-PLAN-1"));
        assertThat(filed.status()).isEqualTo(201);
        browser.signIn("mlit-reviewer");
        assertThat(browser.currentUrl()).contains("/camunda/app/tasklist/");
        browser.openTask("SIGN-IN-PLAN-1", "記載事項の確認（受理前）");
        browser.screenshot("reviewer-sees-the-plan");
        // the account is in the identity service with the mapped group only, and without a password
        assertThat(identity.createGroupQuery().groupMember("mlit-reviewer").list()).extracting("id").contains("ministry-mlit");
        assertThat(auditLines()).anySatisfy(line -> assertThat(line)
                .contains("Sign-in of mlit-reviewer", "[ministry-mlit]").containsPattern(LOOPBACK));
    }

    /** Tasklist's 担当を外す (issue 21): the official releases the task they claimed; it waits for the group again. */
    @Test
    void aReviewerReleasesTheTaskTheyClaimed() throws Exception {
        var filed = new ApiClient(json, port).call("POST", "/api/screenings", "portal", TestBodies.plan(json, "SIGN-IN-PLAN-2"));
        assertThat(filed.status()).isEqualTo(201);
        browser.signIn("mlit-reviewer");
        browser.openTask("SIGN-IN-PLAN-2", "記載事項の確認（受理前）");
        browser.claim();
        browser.click(By.cssSelector("section.task-card button.unclaim"));
        browser.waitFor(By.cssSelector("section.task-card button.claim")); // offered to claim again
        browser.screenshot("released");
        Task released = tasks.createTaskQuery().processInstanceBusinessKey("SIGN-IN-PLAN-2").singleResult();
        assertThat(released.getAssignee()).isNull();
    }

    @Test
    void aSeniorReviewerAndTheCabinetOfficeSeeTheirGroupsWork() throws Exception {
        for (var official : List.of(new String[] {"mlit-senior", "ministry-mlit-senior"},
                new String[] {"cao-official", "cabinet-office"})) {
            Task work = tasks.createTaskQuery().taskCandidateGroup(official[1]).list().stream().findFirst()
                    .orElseThrow(() -> new AssertionError("the demo has no task for " + official[1]));
            String businessKey = runtime.createProcessInstanceQuery().processInstanceId(work.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            browser.signIn(official[0]);
            browser.openTask(businessKey, work.getName());
            browser.screenshot(official[0] + "-sees-" + businessKey);
        }
    }

    /** The administrator's session opens Admin, whose user list has the officials the provider signed in. */
    @Test
    void anAdministratorSeesTheSignedInOfficialsInAdmin() throws Exception {
        browser.signIn("mlit-senior"); // an official the provider signed in before
        browser.signIn("demo");
        assertThat(browser.fetchText("/camunda/api/admin/auth/user/default")).contains("\"admin\"", "\"cockpit\"");
        assertThat(browser.fetchText("/camunda/api/engine/engine/default/user?memberOfGroup=ministry-mlit-senior"))
                .contains("\"mlit-senior\"");
        assertThat(auditLines()).anySatisfy(line -> assertThat(line).contains("Sign-in of demo", "[camunda-admin]"));
    }

    @Test
    void anOfficialInNoMappedGroupIsRefusedWithAJapanesePage() throws Exception {
        browser.signIn("meti-clerk");
        browser.waitFor(By.id("title"));
        assertThat(browser.pageText()).contains("このアカウントでは本システムを利用できません", "グループ");
        browser.screenshot("refused");
        assertThat(browser.fetchStatus("GET", "/camunda/api/admin/auth/user/default")).isNotEqualTo(200L);
        assertThat(identity.createUserQuery().userId("meti-clerk").count()).isZero();
        assertThat(auditLines()).anySatisfy(line -> assertThat(line).contains("Refused sign-in of meti-clerk",
                "meti-general-affairs").containsPattern(LOOPBACK));
    }

    @Test
    void signOutEndsTheServicesAndTheProvidersSession() throws Exception {
        browser.signIn("mlit-reviewer");
        assertThat(browser.fetchStatus("GET", "/camunda/api/admin/auth/user/default")).isEqualTo(200L);
        browser.go("/sign-out");
        browser.waitForText("サインアウトしました");
        browser.screenshot("signed-out");
        assertThat(browser.fetchStatus("GET", "/camunda/api/admin/auth/user/default")).isNotEqualTo(200L);
        // the provider asks again: its session ended too
        browser.go("/oauth2/authorization/kikan");
        browser.waitFor(By.id("username"));
        assertThat(auditLines()).anySatisfy(line -> assertThat(line).contains("Sign-out of mlit-reviewer")
                .containsPattern(LOOPBACK));
    }

    /**
     * Tasklist's own ログアウト: the service's session ends, the page reloads and goes to the provider's sign-out, which
     * returns to /signed-out (a page the service sends to only through the provider); the provider asks again.
     */
    @Test
    void theWebappsLogoutButtonEndsBothSessions() throws Exception {
        browser.signIn("mlit-reviewer");
        browser.click(By.cssSelector("li.account a.dropdown-toggle"));
        browser.click(By.cssSelector("li.logout a"));
        browser.waitForText("サインアウトしました");
        assertThat(browser.currentUrl()).contains("/signed-out");
        assertThat(browser.fetchStatus("GET", "/camunda/api/admin/auth/user/default")).isNotEqualTo(200L);
        browser.go("/oauth2/authorization/kikan");
        browser.waitFor(By.id("username"));
        assertThat(auditLines()).anySatisfy(line -> assertThat(line).contains("Sign-out of mlit-reviewer"));
    }

    /** Without the webapps' script (a bare logout request), the next page of the webapps still goes to the provider. */
    @Test
    void afterTheWebappsLogoutTheNextPageGoesToTheProvidersSignOut() throws Exception {
        browser.signIn("cao-official");
        assertThat(browser.fetchStatus("POST", "/camunda/api/admin/auth/user/default/logout")).isEqualTo(200L);
        assertThat(browser.fetchStatus("GET", "/camunda/api/admin/auth/user/default")).isNotEqualTo(200L);
        browser.go("/camunda/app/tasklist/default/");
        browser.waitForText("サインアウトしました");
        assertThat(browser.currentUrl()).contains("/signed-out");
    }

    @Test
    void anExpiredSessionAsksForTheProviderAgain() throws Exception {
        browser.signIn("cao-official");
        browser.forgetCookie("JSESSIONID"); // what the server's session timeout leaves the browser with
        assertThat(browser.fetchStatus("GET", "/camunda/api/admin/auth/user/default")).isNotEqualTo(200L);
        browser.go("/oauth2/authorization/kikan");
        browser.waitFor(By.id("username"));
        browser.signInAtTheProvider("cao-official");
        assertThat(browser.fetchStatus("GET", "/camunda/api/admin/auth/user/default")).isEqualTo(200L);
    }

    private List<String> auditLines() {
        List<String> lines = audit.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).noneMatch(line -> line.contains("eyJ")); // no JWT (their header starts so) in the audit
        return lines;
    }
}
