package jp.espa.kikan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.espa.kikan.KikanWorkflowApplication;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.screening.TestPlans;
import jp.espa.kikan.support.WebappSession;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node in trouble, over real HTTP: one node with the demo profile on an embedded PostgreSQL that the test stops and
 * starts again. While it starts, readiness and the filing API say "starting" until the demo's operators are
 * designated; 1,000 clients that trickle their bodies do not stop it answering; with its database down it answers
 * 503 problem+json with Retry-After within 5 s on every door, recovers when the database is back, and stops within
 * 35 s. Before: filings refused 400 for ~20 s after start, health silent under slow bodies, 500 after 30 s, 119 s
 * to stop.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutagesIT {

    static final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final LocalDate today = LocalDate.now(StatutoryPeriods.TOKYO);
    static final String run = "OUTAGE-" + System.nanoTime() + "-";

    static Path postgresData;
    static int postgresPort;
    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext node;
    static int port;
    /** What the node answered while it started: readiness status and the filing's answer. */
    static final List<Answer> readinessWhileStarting = new ArrayList<>();
    static final List<Answer> healthWhileStarting = new ArrayList<>();
    static final List<Answer> filingsWhileStarting = new ArrayList<>();

    record Answer(int status, String contentType, String retryAfter, JsonNode body, long millis) {
    }

    @BeforeAll
    static void startTheNodeAndWatchItStart() throws Exception {
        postgresData = Files.createTempDirectory("kikan-outage-pg");
        postgresPort = freePort();
        postgres = startPostgres();
        port = freePort();
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(KikanWorkflowApplication.class).profiles("postgres", "demo").run(
                        "--server.port=" + port,
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        // bounds a trickling body; the default 30 s would only lengthen the test
                        "--kikan.request-bodies.time-limit=8s"));
        int attempt = 0;
        while (!starting.isDone()) {
            try {
                readinessWhileStarting.add(send("GET", "/actuator/health/readiness", null, null));
                healthWhileStarting.add(send("GET", "/actuator/health", null, null));
                filingsWhileStarting.add(send("POST", "/api/screenings", "portal",
                        TestPlans.introduction(run + "STARTING-" + attempt++, today)));
            } catch (IOException notListeningYet) {
                // Tomcat starts during the context's refresh
            }
            Thread.sleep(250);
        }
        node = starting.get();
    }

    @AfterAll
    static void stop() throws IOException {
        if (node != null && node.isActive()) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void readinessAndTheFilingApiSayStartingUntilTheDemoOperatorsAreDesignated() throws Exception {
        assertThat(readinessWhileStarting).as("answers while starting").isNotEmpty();
        assertThat(readinessWhileStarting).first().satisfies(first -> assertThat(first.status()).isEqualTo(503));
        assertThat(healthWhileStarting).first().satisfies(first -> assertThat(first.status()).isEqualTo(503));
        for (Answer filing : filingsWhileStarting) {
            assertThat(filing.status()).as("a filing while starting: %s", filing.body()).isIn(201, 503);
        }
        assertThat(filingsWhileStarting).anySatisfy(OutagesIT::assertStarting);

        assertThat(send("GET", "/actuator/health/readiness", null, null).status()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health", null, null).status()).isEqualTo(200);
        assertThat(send("POST", "/api/screenings", "portal", TestPlans.introduction(run + "READY", today)).status())
                .isEqualTo(201);
    }

    private static void assertStarting(Answer answer) {
        assertThat(answer.status()).as("a filing while starting: %s", answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).as("%s", answer.body()).startsWith("application/problem+json");
        assertThat(answer.retryAfter()).as("%s", answer.body()).isNotNull();
        assertThat(answer.retryAfter()).isEqualTo("5");
        assertThat(answer.body().get("detail").asText()).as("the readiness answer, not an error page put over it")
                .isEqualTo(Readiness.STARTING.detailJa());
        assertThat(answer.body().get("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
    }

    /**
     * 750 anonymous and 250 authenticated filings that send their headers and then one byte of body a second: health
     * still answers within 3 s, a case is still read, and a trickling body is cut off (408) after its time limit.
     */
    @Test
    @Order(2)
    void aThousandSlowBodiesDoNotStopTheNode() throws Exception {
        String filed = send("POST", "/api/screenings", "portal", TestPlans.introduction(run + "BEFORE-SLOW", today))
                .body().get("caseId").asText();
        String authorization = "Basic " + Base64.getEncoder().encodeToString("portal:demo".getBytes(StandardCharsets.UTF_8));
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                Socket socket = new Socket("localhost", port);
                socket.getOutputStream().write(("POST /api/screenings HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100000\r\n"
                        + (i % 4 == 0 ? "Authorization: " + authorization + "\r\n" : "") + "\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            // the burst of 1,000 requests is worked off first (a few seconds on a busy machine), then health is asked
            long burst = System.nanoTime();
            Answer health = send("GET", "/actuator/health", null, null);
            List<Long> healthMillis = new ArrayList<>(List.of(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - burst)));
            for (int second = 0; second < 12; second++) {
                for (Socket socket : slow) {
                    trickle(socket);
                }
                if (second >= 6) {
                    health = send("GET", "/actuator/health", null, null);
                    assertThat(health.status()).as("health under slow bodies").isEqualTo(200);
                    healthMillis.add(health.millis());
                }
                Thread.sleep(1000);
            }
            assertThat(healthMillis.subList(1, healthMillis.size())).as("health under slow bodies, ms (after the burst: %s)",
                    healthMillis.get(0)).allSatisfy(millis -> assertThat(millis).isLessThan(3000));
            Answer read = send("GET", "/api/screenings/" + filed, "portal", null);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.millis()).isLessThan(3000);
            // the first authenticated body, still trickling after its time limit (8 s here), is answered 408
            Socket first = slow.get(0);
            for (int i = 0; i < 10 && trickle(first); i++) {
                Thread.sleep(1000);
            }
            first.setSoTimeout(5000);
            String head = new String(first.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(head).as("health answered in %s ms", healthMillis).isEqualTo("HTTP/1.1 408");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** One more byte of body, unless the node has answered (a write after its close would reset the answer). */
    private static boolean trickle(Socket socket) {
        try {
            if (socket.getInputStream().available() > 0) {
                return false;
            }
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
            return true;
        } catch (IOException closedByTheServer) {
            return false;
        }
    }

    @Test
    @Order(3)
    void aDatabaseOutageAnswers503ProblemWithRetryAfterWithinFiveSecondsOnEveryDoorAndThenRecovers() throws Exception {
        String filed = send("POST", "/api/screenings", "portal", TestPlans.introduction(run + "BEFORE-OUTAGE", today))
                .body().get("caseId").asText();
        WebappSession tasklist = WebappSession.login(json, port, "mlit-reviewer");
        postgres.close();

        assertUnavailable(send("POST", "/api/screenings", "portal", TestPlans.introduction(run + "DURING", today)));
        assertUnavailable(send("GET", "/api/screenings/" + filed, "portal", null));
        assertUnavailable(send("GET", "/engine-rest/task?processInstanceBusinessKey=" + run + "BEFORE-OUTAGE", "mlit-reviewer", null));
        long started = System.nanoTime();
        WebappSession.Raw webapp = tasklist.send("GET", "/api/engine/engine/default/task/count", null, "application/json");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertUnavailable(new Answer(webapp.status(), webapp.contentType(), "?", json.readTree(webapp.body()), millis));
        assertThat(json.readTree(webapp.body()).get("message").asText()).contains("データベース");

        postgres = startPostgres();
        long back = System.nanoTime();
        Answer filing;
        do {
            Thread.sleep(1000);
            filing = send("POST", "/api/screenings", "portal", TestPlans.introduction(run + "AFTER", today));
        } while (filing.status() == 503 && System.nanoTime() - back < TimeUnit.SECONDS.toNanos(60));
        assertThat(filing.status()).as("a filing after the database is back: %s", filing.body()).isEqualTo(201);
        assertThat(send("GET", "/api/screenings/" + filed, "portal", null).status()).isEqualTo(200);
    }

    private static void assertUnavailable(Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.retryAfter()).isNotNull();
        assertThat(answer.body().get("status").asInt()).isEqualTo(503);
        assertThat(answer.millis()).as("answered after ms").isLessThan(5000);
    }

    @Test
    @Order(4)
    void theNodeStopsWithin35SecondsWithItsDatabaseDown() throws Exception {
        postgres.close();
        postgres = null;
        long started = System.nanoTime();
        node.close(); // what SIGTERM runs (the shutdown hook)
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).as("seconds to stop").isLessThan(35);
    }

    /** PostgreSQL on the same folder and port each time, so the node's pool finds it again. */
    private static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(postgresData).setCleanDataDirectory(false)
                .setPort(postgresPort).start();
    }

    private static Answer send(String method, String path, String user, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String text = response.body();
        JsonNode parsed = text.isBlank() || !text.startsWith("{") ? null : json.readTree(text);
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(null), parsed, millis);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
