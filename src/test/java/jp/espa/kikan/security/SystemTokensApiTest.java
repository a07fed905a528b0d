package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;
import jp.espa.kikan.support.TestBodies;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.test.context.ActiveProfiles;

/**
 * Systems call /api and /engine-rest with client-credentials tokens of the identity provider (the demo's, over HTTP):
 * a plan filed with the portal's token, and every token the API must not take refused with 401 problem+json and
 * nothing filed: another audience, expired, a forged signature, another issuer, no scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SystemTokensApiTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired JWKSource<SecurityContext> providerKeys;

    ApiClient api;
    DemoProviderTokens tokens;

    @BeforeEach
    void clients() {
        api = new ApiClient(json, port);
        tokens = new DemoProviderTokens(port, providerKeys);
    }

    @Test
    void thePortalFilesAPlanWithItsClientCredentialsToken() throws Exception {
        String token = tokens.system("portal");
        Answer filed = api.callWithToken("POST", "/api/screenings", token, TestBodies.plan(json, "TOKEN-PLAN-0001"));
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        assertThat(filed.body().get("applicationNumber").asText()).isEqualTo("TOKEN-PLAN-0001");
        // the same token reads it back; the case is the portal account's in the registry
        assertThat(api.callWithToken("GET", "/api/screenings/" + filed.body().get("caseId").asText(), token, null)
                .status()).isEqualTo(200);
    }

    /** Which operators a client files for is the registry's (portal_account), by its client id. */
    @Test
    void aPortalClientThatRepresentsOneOperatorSeesNoOtherOperatorsCase() throws Exception {
        String everyOperator = tokens.system("portal");
        String caseId = api.callWithToken("POST", "/api/screenings", everyOperator, electricityPlan("TOKEN-PLAN-0002"))
                .body().get("caseId").asText();
        Answer railwayOnly = api.callWithToken("GET", "/api/screenings/" + caseId, tokens.system("portal-railway"), null);
        assertThat(railwayOnly.status()).isEqualTo(404);
    }

    @Test
    void tokensTheApiMustNotTakeAreRefusedWith401AndFileNothing() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        var refused = new java.util.LinkedHashMap<String, String>();
        refused.put("another audience", tokens.system(DemoProviderDirectory.OTHER_SERVICE_CLIENT));
        refused.put("expired", tokens.signed(portal().issuedAt(past).notBefore(past).expiresAt(past.plusSeconds(300))));
        refused.put("forged signature", tokens.forged(portal()));
        refused.put("another issuer", tokens.signed(portal().issuer("https://idp.attacker.example/idp")));
        refused.put("without the API's scope", tokens.signed(portal().claim("scope", List.of("openid"))));
        refused.put("not a JWT", "not-a-token");
        long cases = cases();
        int serial = 0;
        for (var token : refused.entrySet()) {
            Answer answer = api.callWithToken("POST", "/api/screenings", token.getValue(),
                    TestBodies.plan(json, "TOKEN-REFUSED-" + (++serial)));
            assertThat(answer.status()).as(token.getKey()).isEqualTo(401);
            assertThat(answer.contentType()).as(token.getKey()).startsWith("application/problem+json");
            assertThat(api.callWithToken("GET", "/engine-rest/task/count", token.getValue(), null).status())
                    .as(token.getKey() + " on /engine-rest").isEqualTo(401);
        }
        assertThat(cases()).as("nothing filed").isEqualTo(cases);
        // the same claims, signed by the provider, are taken
        assertThat(api.callWithToken("GET", "/api/sectors", tokens.signed(portal()), null).status()).isEqualTo(200);
    }

    @Test
    void theProviderRefusesATokenForAScopeTheClientDoesNotHold() throws Exception {
        assertThat(tokens.requestToken("portal", "kikan.admin").statusCode()).isEqualTo(400);
        assertThat(tokens.requestToken("portal", "kikan.api").statusCode()).isEqualTo(200);
    }

    @Test
    void theEngineRestApiTakesTokensWithTheMappedGroups() throws Exception {
        String administrator = tokens.signed(tokens.official("demo", "kikan-administrators"));
        Answer count = api.callWithToken("GET", "/engine-rest/deployment/count", administrator, null);
        assertThat(count.status()).isEqualTo(200);
        assertThat(count.body().get("count").asLong()).isPositive();
        // a reviewer's groups come from the token too: no deployment is readable for a ministry
        Answer reviewer = api.callWithToken("GET", "/engine-rest/deployment/count",
                tokens.signed(tokens.official("mlit-reviewer", "mlit-reviewers")), null);
        assertThat(reviewer.status()).isEqualTo(200);
        assertThat(reviewer.body().get("count").asLong()).isLessThan(count.body().get("count").asLong());
        assertThat(api.call("GET", "/engine-rest/deployment/count", null, null).status()).isEqualTo(401);
    }

    private JwtClaimsSet.Builder portal() {
        return tokens.official("portal", "portal-filing").claim("roles", List.of("portal-filing"));
    }

    private com.fasterxml.jackson.databind.node.ObjectNode electricityPlan(String applicationNumber) {
        var plan = TestBodies.plan(json, applicationNumber);
        plan.put("operatorCorporateNumber", AuthorizationMatrixTest.ELECTRICITY.corporateNumber())
                .put("sectorCode", "ELECTRICITY").put("equipmentCategoryCode", AuthorizationMatrixTest.ELECTRICITY.equipment());
        return plan;
    }

    private long cases() {
        return jdbc.queryForObject("select count(*) from screening_case", Long.class);
    }
}
