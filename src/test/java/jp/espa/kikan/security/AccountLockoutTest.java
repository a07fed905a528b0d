package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.WebappSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Wrong passwords slow an attacker down but never lock an account: over the three doors that check passwords (the
 * project API, /engine-rest and the webapps' login), more wrong passwords than Camunda's loginMaxAttempts leave the
 * account usable once the (here short) wait has passed, and Camunda's own lock columns untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the test profile's short waits
@ActiveProfiles({"demo", "test"})
class AccountLockoutTest {

    /** How the service sees this test's HTTP client (localhost may resolve to either). */
    static final List<String> LOOPBACK = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired IdentityService identity;
    @Autowired ProcessEngineConfiguration engineConfiguration;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcTemplate jdbc;

    interface Door {
        int login(String password) throws Exception;
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    Map<String, Door> doors(String user) {
        ApiClient api = new ApiClient(json, port);
        WebappSession webapp = new WebappSession(json, port);
        return Map.of(
                "/api", password -> api.call("GET", "/api/statutory-periods/standstill?receivedOn=2026-11-26", user, password, null).status(),
                "/engine-rest", password -> api.call("GET", "/engine-rest/task?maxResults=1", user, password, null).status(),
                "webapp login", password -> webapp.login(user, password, "welcome").status());
    }

    void waitUntilFree(String user) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (LOOPBACK.stream().anyMatch(address -> throttle.mustWait(user, address))) {
            assertThat(System.nanoTime()).as("the wait ends").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    void assertCamundaLockUntouched(String user) {
        Map<String, Object> row = jdbc.queryForMap("select ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", user);
        Number attempts = (Number) row.get("ATTEMPTS_");
        assertThat(attempts == null ? 0 : attempts.intValue()).as("Camunda's failed attempts of " + user).isZero();
        assertThat(row.get("LOCK_EXP_TIME_")).as("Camunda's lock expiration of " + user).isNull();
    }

    @Test
    void wrongPasswordsOnEveryDoorSlowDownButNeverLockTheAccount() throws Exception {
        // An official, who uses all three doors (a system account such as the portal gets no webapp session).
        String user = "fsa-reviewer";
        Map<String, Door> doors = doors(user);
        List<Door> rotation = List.copyOf(doors.values());
        int wrong = 15;
        assertThat(wrong).isGreaterThan(((ProcessEngineConfigurationImpl) engineConfiguration).getLoginMaxAttempts());

        // Each wrong password sent once the previous wait is over, so that every one is checked and counted.
        for (int i = 0; i < wrong; i++) {
            waitUntilFree(user);
            assertThat(rotation.get(i % rotation.size()).login("wrong-" + i)).isEqualTo(401);
        }
        assertCamundaLockUntouched(user);

        // While the address must wait, even the right password is refused, unchecked, on every door.
        for (var door : doors.entrySet()) {
            waitUntilFree(user);
            assertThat(door.getValue().login("still-wrong")).as(door.getKey()).isEqualTo(401);
            assertThat(door.getValue().login("demo")).as(door.getKey() + " while waiting").isEqualTo(401);
        }
        assertCamundaLockUntouched(user);

        // After the wait the account works on every door: nothing was locked.
        for (var door : doors.entrySet()) {
            waitUntilFree(user);
            assertThat(door.getValue().login("demo")).as(door.getKey() + " after the wait").isEqualTo(200);
        }
        assertCamundaLockUntouched(user);
    }

    void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void aThrottledAddressDoesNotAffectAnotherAddressOfTheSameUser() {
        String a = "203.0.113.10";
        String b = "198.51.100.20";
        from(a);
        for (int i = 0; i < 4; i++) {
            assertThat(identity.checkPassword("mlit-reviewer", "wrong-" + i)).isFalse();
        }
        assertThat(throttle.mustWait("mlit-reviewer", a)).isTrue();
        assertThat(identity.checkPassword("mlit-reviewer", "demo")).as("right password from the waiting address").isFalse();

        from(b);
        assertThat(identity.checkPassword("mlit-reviewer", "demo")).as("right password from another address").isTrue();

        from(a);
        assertThat(throttle.mustWait("mlit-reviewer", a)).as("B's success does not clear A").isTrue();
        assertThat(identity.checkPassword("mlit-reviewer", "demo")).isFalse();

        RequestContextHolder.resetRequestAttributes();
        assertThat(identity.checkPassword("mlit-reviewer", "demo")).as("outside any request (start-up code)").isTrue();
        assertCamundaLockUntouched("mlit-reviewer");
    }

    @Test
    void anAdministratorsUnlockEndsTheWait() {
        String a = "192.0.2.30";
        from(a);
        for (int i = 0; i < 4; i++) {
            assertThat(identity.checkPassword("meti-reviewer", "wrong-" + i)).isFalse();
        }
        assertThat(identity.checkPassword("meti-reviewer", "demo")).isFalse();
        identity.unlockUser("meti-reviewer");
        assertThat(identity.checkPassword("meti-reviewer", "demo")).isTrue();
    }

    @Test
    void unknownUsersAndMissingPasswordsAreSimplyRefused() {
        from("192.0.2.40");
        assertThat(identity.checkPassword("nobody", "demo")).isFalse();
        assertThat(identity.checkPassword("portal-railway", null)).isFalse();
        assertThat(identity.checkPassword("portal-railway", "demo")).isTrue();
    }
}
