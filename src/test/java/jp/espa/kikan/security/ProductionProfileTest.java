package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.KikanWorkflowApplication;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.WebappSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile refuses unsafe setups at start, and marks its cookies for TLS. Each application runs on its
 * own in-memory database and random port, and is closed before the next starts (the webapps and engine REST find the
 * engine in JVM-wide registries).
 */
@Tag("own-jvm") // starts applications of its own
class ProductionProfileTest {

    static final String STRONG = "Kaisen#Tetsu2026";

    /** Started as from the command line, which outranks application.yaml and application-test.yaml. */
    static ConfigurableApplicationContext start(String database, String adminPassword, String... profiles) {
        return new SpringApplicationBuilder(KikanWorkflowApplication.class).profiles(profiles).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "--camunda.bpm.admin-user.id=kikan-admin",
                "--camunda.bpm.admin-user.password=" + adminPassword,
                // the first administrator's password is tried below: production takes it only with passwords on
                "--kikan.sign-in.passwords=true");
    }

    /** The attributes of a Set-Cookie header, lower case: "secure", "httponly", "samesite=lax", "path=/". */
    static List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.trim().toLowerCase(Locale.ROOT)).toList();
    }

    static String freshDatabase() {
        return "kikan-production-" + UUID.randomUUID();
    }

    @Test
    void refusesToStartWithTheDemoProfile() {
        assertThatThrownBy(() -> start(freshDatabase(), STRONG, "production", "demo", "test"))
                .hasStackTraceContaining("Refusing to start with the production profile: the demo profile is active");
    }

    @Test
    void refusesToStartWithTheDemoProvider() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(KikanWorkflowApplication.class).profiles("production", "test")
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + freshDatabase() + ";DB_CLOSE_DELAY=-1",
                        "--kikan.sign-in.demo-provider.enabled=true"))
                .hasStackTraceContaining("Refusing to start with the production profile: kikan.sign-in.demo-provider.enabled is true");
    }

    /** Without passwords the users are the provider's: no password account, the first administrator's neither. */
    @Test
    void refusesAFirstAdministratorWhereOfficialsSignInThroughTheProvider() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(KikanWorkflowApplication.class).profiles("production", "test")
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + freshDatabase() + ";DB_CLOSE_DELAY=-1",
                        "--camunda.bpm.admin-user.id=kikan-admin", "--camunda.bpm.admin-user.password=" + STRONG))
                .hasStackTraceContaining("camunda.bpm.admin-user is set, but kikan.sign-in.passwords is off");
    }

    @Test
    void refusesToStartWithADefaultOrWeakAdministratorPassword() {
        Map<String, String> refusals = Map.of(
                "demo", "camunda.bpm.admin-user.password is a default",
                "Kikan-Admin#2026", "camunda.bpm.admin-user.password is a default or contains the account id",
                "Tetsudo2026", "camunda.bpm.admin-user.password does not match the password policy: special");
        refusals.forEach((weak, problem) -> assertThatThrownBy(() -> start(freshDatabase(), weak, "production", "test"))
                .as(weak).hasStackTraceContaining("Refusing to start with the production profile: " + problem));
    }

    @Test
    void refusesToStartOnADatabaseThatHoldsDemoAccounts() {
        String database = freshDatabase();
        try (var production = start(database, STRONG, "production", "test")) {
            // as a database once run with the demo profile: an account with a demo account's id
            IdentityService identity = production.getBean(IdentityService.class);
            User leftover = identity.newUser("mlit-reviewer");
            leftover.setPassword(STRONG);
            identity.saveUser(leftover);
        }
        assertThatThrownBy(() -> start(database, STRONG, "production", "test"))
                .hasStackTraceContaining("demo accounts exist in the identity service: mlit-reviewer.");
    }

    @Test
    void startsWithAStrongAdministratorPasswordAndSecureCookies() throws Exception {
        try (ConfigurableApplicationContext production = start(freshDatabase(), STRONG, "production", "test")) {
            int port = ((WebServerApplicationContext) production).getWebServer().getPort();

            WebappSession browser = new WebappSession(new ObjectMapper(), port);
            WebappSession.Raw login = browser.login("kikan-admin", STRONG, "admin");
            assertThat(login.status()).isEqualTo(200);
            List<String> sessionCookies = login.setCookies().stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
            assertThat(sessionCookies).isNotEmpty().allSatisfy(cookie -> assertThat(attributes(cookie))
                    .contains("secure", "httponly", "samesite=lax"));

            WebappSession fresh = new WebappSession(new ObjectMapper(), port);
            List<String> first = fresh.send("GET", "/api/admin/auth/user/default", null, null).setCookies();
            assertThat(first).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).singleElement()
                    .satisfies(cookie -> assertThat(attributes(cookie)).contains("secure"));

            // The models come from the jar: not even the administrator deploys, redeploys or deletes a deployment over REST.
            ApiClient api = new ApiClient(new ObjectMapper(), port);
            long deployments = api.call("GET", "/engine-rest/deployment/count", "kikan-admin", STRONG, null).body()
                    .get("count").asLong();
            String deployment = api.call("GET", "/engine-rest/deployment", "kikan-admin", STRONG, null).body().get(0)
                    .get("id").asText();
            List<ApiClient.Answer> refused = List.of(
                    api.post("/engine-rest/deployment/create", "kikan-admin", STRONG, "multipart/form-data; boundary="
                            + ApiClient.BOUNDARY, ApiClient.deploymentForm("FromRest"), "X-Requested-By", "kikan-test"),
                    api.post("/engine-rest/deployment/" + deployment + "/redeploy", "kikan-admin", STRONG, "application/json", "{}"),
                    api.call("DELETE", "/engine-rest/deployment/" + deployment + "?cascade=true", "kikan-admin", STRONG, null));
            for (ApiClient.Answer answer : refused) {
                assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(403);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.body().get("detail").asText()).contains("本番環境ではモデルをREST APIで配置・変更できません");
            }
            assertThat(api.call("GET", "/engine-rest/deployment/count", "kikan-admin", STRONG, null).body().get("count")
                    .asLong()).isEqualTo(deployments);

            // Behind the TLS proxy (X-Forwarded-Proto honoured): HSTS on the API side and on the webapps.
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/actuator/health", "/camunda/app/welcome/default/")) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(path).hasValueSatisfying(
                        value -> assertThat(value).startsWith("max-age="));
            }
        }
    }
}
