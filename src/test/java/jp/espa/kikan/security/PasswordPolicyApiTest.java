package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.WebappSession;
import jp.espa.kikan.support.ApiClient.Answer;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda's password policy is on: an account created or given a password through /engine-rest or Admin with a
 * weak password is refused with 400 and a JSON error, not 500; a compliant password is accepted. The demo accounts
 * keep their documented password "demo" (created bypassing the policy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PasswordPolicyApiTest {

    static final String STRONG = "Kaisen#Tetsu2026";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired IdentityService identity;

    ApiClient api() {
        return new ApiClient(json, port);
    }

    static Map<String, Object> newUser(String id, String password) {
        return Map.of("profile", Map.of("id", id, "firstName", "試験", "lastName", "利用者", "email", id + "@example.invalid"),
                "credentials", Map.of("password", password));
    }

    boolean exists(String userId) {
        return identity.createUserQuery().userId(userId).count() == 1;
    }

    @Test
    void demoAccountsKeepTheirDocumentedPassword() {
        for (String user : new String[] {"demo", "portal", "portal-railway", "mlit-reviewer"}) {
            assertThat(identity.checkPassword(user, "demo")).as(user).isTrue();
        }
        assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMIN).userId("demo").count()).isEqualTo(1);
        var railway = identity.createUserQuery().userId("portal-railway").memberOfGroup(Roles.OPERATOR_PORTAL).singleResult();
        assertThat(railway.getFirstName()).isEqualTo("鉄道事業者");
        assertThat(railway.getLastName()).isEqualTo("ポータル");
    }

    @Test
    void engineRestRefusesAWeakPasswordWith400AndCreatesNobody() throws Exception {
        for (String weak : new String[] {"demo", "kikan-policy-weak", "Kikan-Weak-2026!", "Short#1a"}) {
            Answer refused = api().call("POST", "/engine-rest/user/create", "demo", newUser("kikan-weak", weak));
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("message").asText()).contains("Password does not match policy");
            assertThat(exists("kikan-weak")).isFalse();
        }
    }

    @Test
    void engineRestCreatesAnAccountWithACompliantPassword() throws Exception {
        Answer created = api().call("POST", "/engine-rest/user/create", "demo", newUser("kikan-strong", STRONG));
        assertThat(created.status()).isEqualTo(204);
        assertThat(exists("kikan-strong")).isTrue();
        assertThat(identity.checkPassword("kikan-strong", STRONG)).isTrue();
    }

    @Test
    void engineRestRefusesAWeakNewPasswordWith400() throws Exception {
        assertThat(api().call("POST", "/engine-rest/user/create", "demo", newUser("kikan-change", STRONG)).status())
                .isEqualTo(204);
        Answer refused = api().call("PUT", "/engine-rest/user/kikan-change/credentials", "demo",
                Map.of("password", "password", "authenticatedUserPassword", "demo"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(identity.checkPassword("kikan-change", STRONG)).isTrue();
    }

    @Test
    void adminWebappRefusesAWeakPasswordWith400() throws Exception {
        WebappSession admin = new WebappSession(json, port);
        assertThat(admin.login("demo", "demo", "admin").status()).isEqualTo(200);
        admin.send("GET", "/api/admin/auth/user/default", null, null); // a fresh CSRF token for the new session

        WebappSession.Raw refused = admin.send("POST", "/api/engine/engine/default/user/create",
                json.writeValueAsString(newUser("kikan-admin-weak", "demo")), "application/json");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("message").asText()).contains("Password does not match policy");
        assertThat(exists("kikan-admin-weak")).isFalse();

        WebappSession.Raw created = admin.send("POST", "/api/engine/engine/default/user/create",
                json.writeValueAsString(newUser("kikan-admin-strong", STRONG)), "application/json");
        assertThat(created.status()).isEqualTo(204);
        assertThat(exists("kikan-admin-strong")).isTrue();
    }
}
