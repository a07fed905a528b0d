package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
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
 * /api and /engine-rest, even with an account's right password, and the portal files with its token. The provider is
 * the demo's (switched on for this test only; the mapping names the portal's role), as Entra ID or Keycloak would be.
 */
@Tag("own-jvm") // starts an application of its own
class ProductionSignInTest {

    static final String STRONG = "Kaisen#Tetsu2026";

    @Test
    void basicIsRefusedAndTokensAreTaken() throws Exception {
        try (ConfigurableApplicationContext production = new SpringApplicationBuilder(KikanWorkflowApplication.class)
                .profiles("production", "test").run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:kikan-production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--camunda.bpm.admin-user.id=kikan-admin", "--camunda.bpm.admin-user.password=" + STRONG,
                        "--kikan.sign-in.demo-provider.enabled=true",
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

            @SuppressWarnings("unchecked")
            JWKSource<SecurityContext> keys = production.getBean(JWKSource.class);
            String token = new DemoProviderTokens(port, keys).system("portal");
            Answer filed = api.callWithToken("POST", "/api/screenings", token, TestBodies.plan(json, "PROD-TOKEN-1"));
            assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        }
    }
}
