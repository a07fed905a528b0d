package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.overview.OperationsMetrics;
import jp.espa.kikan.screening.TestPlans;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.support.ApiClient;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Health and metrics over HTTP, as a load balancer and a Prometheus scraper see them, and who may read them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true") // its health is a component
@ActiveProfiles({"demo", "test"})
@AutoConfigureObservability(tracing = false) // tests turn metrics export off unless asked
@Tag("own-jvm") // its own job executor and metrics: a context of its own
class ObservabilityTest {

    static final String SCRAPER_PASSWORD = "Scrape#Metrics2026";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;
    @Autowired OperationsMetrics metrics;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthShowsItsStatusToEveryoneAndTheEngineJobExecutorAndDatabaseToAdministrators() throws Exception {
        JsonNode anonymous = json.readTree(get("/actuator/health", null, null).body());
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).as("no components for anonymous callers").isFalse();

        JsonNode admin = json.readTree(get("/actuator/health", "demo", "demo").body());
        for (String component : new String[] {"processEngine", "jobExecutor", "db"}) {
            assertThat(admin.at("/components/" + component + "/status").asText()).as(component).isEqualTo("UP");
        }
    }

    @Test
    void metricsAreForAdministratorsAndTheMonitoringGroupOnly() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(get("/actuator/prometheus", "portal", "demo").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "mlit-reviewer", "demo").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "demo", "demo").statusCode()).isEqualTo(200);

        User scraper = identity.newUser("prometheus-scraper");
        scraper.setPassword(SCRAPER_PASSWORD);
        identity.saveUser(scraper);
        identity.createMembership("prometheus-scraper", Roles.MONITORING);
        assertThat(get("/actuator/prometheus", "prometheus-scraper", SCRAPER_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsCountOpenCasesPerStateCasesPastTheirLastDayAndTheEngine() throws Exception {
        String number = "METRICS-" + System.nanoTime();
        assertThat(new ApiClient(json, port).call("POST", "/api/screenings", "portal",
                TestPlans.introduction(number, LocalDate.now(ZoneId.of("Asia/Tokyo")))).status()).isEqualTo(201);
        String state = jdbc.queryForObject("select status from screening_case where application_number = ?", String.class, number);
        long inState = jdbc.queryForObject("select count(*) from screening_case where status = ?", Long.class, state);
        // a case its ministry has let pass its last day
        jdbc.update("update screening_case set period_last_day = ? where application_number = ?",
                LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1), number);
        long past = jdbc.queryForObject("""
                select count(*) from screening_case where status <> 'CLOSED' and period_last_day < ?""", Long.class,
                LocalDate.now(ZoneId.of("Asia/Tokyo")));

        metrics.refresh();
        String scraped = get("/actuator/prometheus", "demo", "demo").body();

        assertThat(value(scraped, "kikan_cases_open{procedure=\"SCREENING\",state=\"" + state + "\"}")).isEqualTo(inState);
        assertThat(value(scraped, "kikan_cases_past_last_day{procedure=\"SCREENING\"}")).isEqualTo(past).isPositive();
        assertThat(scraped).as("the demo's SME port operator at its senior review").contains("kikan_cases_open{procedure=\"DESIGNATION\"");
        assertThat(scraped).contains("kikan_cases_due_within_days{days=\"30\",procedure=\"SCREENING\"}",
                "kikan_engine_incidents ", "kikan_engine_jobs_executable ", "kikan_engine_jobs_failed ");
    }

    private static long value(String scraped, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E+-]+)$").matcher(scraped);
        assertThat(m.find()).as(series + " in\n" + scraped.lines().filter(l -> l.startsWith("kikan_")).toList()).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
