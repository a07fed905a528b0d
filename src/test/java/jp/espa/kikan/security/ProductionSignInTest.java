package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.KikanWorkflowApplication;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.TestBodies;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile takes only the identity provider's tokens: HTTP Basic is refused with 401 problem+json on
 * /api and /engine-rest, even with an account's right password, and the portal files with its token; a token for
 * another audience or an expired one is refused. The provider is one the test serves itself ({@link TestIssuer}), as
 * Entra ID or Keycloak would be: production refuses the demo's (ProductionProfileTest).
 */
@Tag("own-jvm") // starts an application of its own
class ProductionSignInTest {

    static final String STRONG = "Kaisen#Tetsu2026";

    @Test
    void basicIsRefusedAndTokensAreTaken() throws Exception {
        try (TestIssuer issuer = new TestIssuer();
             ConfigurableApplicationContext production = new SpringApplicationBuilder(KikanWorkflowApplication.class)
                .profiles("production", "test").run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:kikan-production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--camunda.bpm.admin-user.id=kikan-admin", "--camunda.bpm.admin-user.password=" + STRONG,
                        "--kikan.sign-in.issuer-uri=" + issuer.uri(),
                        "--kikan.sign-in.groups.portal-filing=operator-portal")) {
            int port = ((WebServerApplicationContext) production).getWebServer().getPort();
            ObjectMapper json = production.getBean(ObjectMapper.class); // with the dates module
            ApiClient api = new ApiClient(json, port);

            for (String path : new String[] {"/api/sectors", "/engine-rest/deployment/count"}) {
                Answer basic = api.call("GET", path, "kikan-admin", STRONG, null);
                assertThat(basic.status()).as(path).isEqualTo(401);
                assertThat(basic.contentType()).as(path).startsWith("application/problem+json");
            }
            Answer plan = api.call("POST", "/api/screenings", "kikan-admin", STRONG, TestBodies.plan(json, "PROD-BASIC-1"));
            assertThat(plan.status()).isEqualTo(401);

            String token = issuer.signed(issuer.system("portal", "portal-filing"));
            Answer filed = api.callWithToken("POST", "/api/screenings", token, TestBodies.plan(json, "PROD-TOKEN-1"));
            assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);

            Instant past = Instant.now().minus(Duration.ofHours(1));
            for (String refused : List.of(
                    issuer.signed(issuer.system("portal", "portal-filing").audience(List.of("other-service"))),
                    issuer.signed(issuer.system("portal", "portal-filing").issuedAt(past.minusSeconds(300))
                            .notBefore(past.minusSeconds(300)).expiresAt(past)))) {
                Answer answer = api.callWithToken("POST", "/api/screenings", refused, TestBodies.plan(json, "PROD-TOKEN-2"));
                assertThat(answer.status()).isEqualTo(401);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
        }
    }
}
