package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.KikanWorkflowApplication;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.TestBodies;
import jp.espa.kikan.support.WebappSession;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile takes only the identity provider's tokens: HTTP Basic is refused with 401 problem+json on
 * /api and /engine-rest, and the portal files with its token; a token for another audience or an expired one is
 * refused. The users and groups are the provider's: the engine's identity service is read-only (Admin offers no
 * change, every identity write is refused, administrators included), while the sign-in's record of an official and
 * the candidate groups work. The provider is one the test serves itself ({@link TestIssuer}), as Entra ID or Keycloak
 * would be: production refuses the demo's (ProductionProfileTest).
 */
@Tag("own-jvm") // starts an application of its own
class ProductionSignInTest {

    private static TestIssuer issuer;
    private static ConfigurableApplicationContext production;
    private static ObjectMapper json;
    private static ApiClient api;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        issuer = new TestIssuer();
        production = new SpringApplicationBuilder(KikanWorkflowApplication.class).profiles("production", "test").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:kikan-production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--kikan.sign-in.issuer-uri=" + issuer.uri(),
                "--kikan.sign-in.groups.portal-filing=operator-portal",
                "--kikan.sign-in.groups.kikan-administrators=camunda-admin",
                "--kikan.sign-in.groups.mlit-reviewers=ministry-mlit");
        port = ((WebServerApplicationContext) production).getWebServer().getPort();
        json = production.getBean(ObjectMapper.class); // with the dates module
        api = new ApiClient(json, port);
    }

    @AfterAll
    static void stop() {
        if (production != null) {
            production.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    @Test
    void basicIsRefusedAndTokensAreTaken() throws Exception {
        for (String path : new String[] {"/api/sectors", "/engine-rest/deployment/count"}) {
            Answer basic = api.call("GET", path, "kikan-admin", "Kaisen#Tetsu2026", null);
            assertThat(basic.status()).as(path).isEqualTo(401);
            assertThat(basic.contentType()).as(path).startsWith("application/problem+json");
        }
        Answer plan = api.call("POST", "/api/screenings", "portal", "demo", TestBodies.plan(json, "PROD-BASIC-1"));
        assertThat(plan.status()).isEqualTo(401);

        String token = issuer.signed(issuer.token("portal", "portal-filing"));
        Answer filed = api.callWithToken("POST", "/api/screenings", token, TestBodies.plan(json, "PROD-TOKEN-1"));
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);

        Instant past = Instant.now().minus(Duration.ofHours(1));
        for (String refused : List.of(
                issuer.signed(issuer.token("portal", "portal-filing").audience(List.of("other-service"))),
                issuer.signed(issuer.token("portal", "portal-filing").issuedAt(past.minusSeconds(300))
                        .notBefore(past.minusSeconds(300)).expiresAt(past)))) {
            Answer answer = api.callWithToken("POST", "/api/screenings", refused, TestBodies.plan(json, "PROD-TOKEN-2"));
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void usersAndGroupsAreTheProvidersReadOnly() throws Exception {
        // what the sign-in of an MLIT reviewer records (OfficialAccounts), and an administrator's token
        production.getBean(IdentityStore.class).keepOfficial("mlit-ichiro", "一郎", "国交", null, Set.of("ministry-mlit"));
        String admin = issuer.signed(issuer.token("ops-admin", "kikan-administrators"));

        // Admin lists the official in the group, and is offered no change (the engine's resource options)
        JsonNode members = api.callWithToken("GET", "/engine-rest/user?memberOfGroup=ministry-mlit", admin, null).body();
        assertThat(members.findValuesAsText("id")).contains("mlit-ichiro");
        for (String resource : List.of("/engine-rest/user", "/engine-rest/group", "/engine-rest/user/mlit-ichiro",
                "/engine-rest/group/ministry-mlit", "/engine-rest/group/ministry-mlit/members")) {
            JsonNode options = api.callWithToken("OPTIONS", resource, admin, null).body();
            assertThat(options.get("links").findValuesAsText("rel")).as(resource)
                    .doesNotContain("create", "update", "delete");
        }

        // every identity write is refused, the administrator's too, and nothing changes
        String profile = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},"
                + "\"credentials\":{\"password\":\"Kaisen#Tetsu2026\"}}";
        List<Answer> refused = List.of(
                api.callWithToken("POST", "/engine-rest/user/create", admin, profile),
                api.callWithToken("PUT", "/engine-rest/user/mlit-ichiro/profile", admin,
                        "{\"id\":\"mlit-ichiro\",\"firstName\":\"偽\",\"lastName\":\"国交\"}"),
                api.callWithToken("DELETE", "/engine-rest/user/mlit-ichiro", admin, null),
                api.callWithToken("POST", "/engine-rest/group/create", admin, "{\"id\":\"intruders\",\"name\":\"x\"}"),
                api.callWithToken("PUT", "/engine-rest/group/ministry-meti/members/mlit-ichiro", admin, null),
                api.callWithToken("DELETE", "/engine-rest/group/ministry-mlit/members/mlit-ichiro", admin, null));
        for (Answer answer : refused) {
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(403);
        }
        // Admin's first-administrator page, which answers without a session where no administrator exists yet
        WebappSession anonymous = new WebappSession(json, port);
        anonymous.send("GET", "/api/admin/auth/user/default", null, null); // its CSRF token
        WebappSession.Raw setup = anonymous.send("POST", "/api/admin/setup/default/user/create", profile, "application/json");
        assertThat(setup.status()).as(setup.body()).isEqualTo(403);

        assertThat(api.callWithToken("GET", "/engine-rest/user/count?id=intruder", admin, null).body().get("count").asLong()).isZero();
        assertThat(api.callWithToken("GET", "/engine-rest/group/count?id=intruders", admin, null).body().get("count").asLong()).isZero();
        JsonNode ichiro = api.callWithToken("GET", "/engine-rest/user/mlit-ichiro/profile", admin, null).body();
        assertThat(ichiro.get("firstName").asText()).isEqualTo("一郎");
        assertThat(api.callWithToken("GET", "/engine-rest/group?member=mlit-ichiro", admin, null).body()
                .findValuesAsText("id")).containsExactly("ministry-mlit");

        // candidate groups and authorizations keep working: the reviewer's token finds the plan's task and claims it
        Answer filed = api.callWithToken("POST", "/api/screenings", issuer.signed(issuer.token("portal", "portal-filing")),
                TestBodies.plan(json, "PROD-TOKEN-3"));
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        String reviewer = issuer.signed(issuer.token("mlit-ichiro", "mlit-reviewers"));
        JsonNode tasks = api.callWithToken("GET", "/engine-rest/task?processInstanceBusinessKey=PROD-TOKEN-3", reviewer, null).body();
        assertThat(tasks).hasSize(1);
        Answer claim = api.callWithToken("POST", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/claim", reviewer,
                "{\"userId\":\"mlit-ichiro\"}");
        assertThat(claim.status()).as(String.valueOf(claim.body())).isEqualTo(204);
    }
}
