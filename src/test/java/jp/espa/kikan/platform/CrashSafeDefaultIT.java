package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jp.espa.kikan.KikanWorkflowApplication;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.screening.TestPlans;
import jp.espa.kikan.support.ApiClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default (H2 in a file) keeps what it acknowledged: the real application runs in a child JVM on a data
 * folder, files plans over HTTP, is killed with SIGKILL right after its last 201, starts again on the same folder and
 * answers every acknowledged case. Before {@link DurableH2Commits}, H2 wrote commits up to 500 ms late and the last
 * filings were lost.
 */
class CrashSafeDefaultIT {

    private static final int FILINGS = 25;

    @TempDir Path dataDir;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules() // dates as the API takes them, YYYY-MM-DD
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private Process service;

    @Test
    void everyAcknowledgedFilingSurvivesAKillRightAfterIts201() throws Exception {
        int port = freePort();
        ApiClient api = start(port, "first");
        LocalDate today = LocalDate.now(StatutoryPeriods.TOKYO);
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < FILINGS; i++) {
            var filed = api.call("POST", "/api/screenings", "portal", TestPlans.introduction("CRASH-" + i, today));
            assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
            acknowledged.add(filed.body().get("caseId").asText());
        }
        service.destroyForcibly(); // SIGKILL, no shutdown hook, right after the last 201
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();

        api = start(port, "restarted");
        List<String> lost = new ArrayList<>();
        for (String caseId : acknowledged) {
            if (api.call("GET", "/api/screenings/" + caseId, "portal", null).status() != 200) {
                lost.add(caseId);
            }
        }
        assertThat(lost).as("acknowledged with 201, gone after kill -9").isEmpty();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
    }

    /** The application with the demo profile (portal account, demo operators) on the data folder, as it ships. */
    private ApiClient start(int port, String run) throws Exception {
        File log = dataDir.resolveSibling(dataDir.getFileName() + "-" + run + ".log").toFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(jitAndGcFlags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KikanWorkflowApplication.class.getName(),
                "--spring.profiles.active=demo", "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().put("KIKAN_DATA_DIR", dataDir.toString());
        service = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service died: see " + log + "\n" + tail(log)).isTrue();
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ApiClient(json, port);
                }
            } catch (ConnectException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The service did not start within 3 minutes:\n" + tail(log));
    }

    /** The test JVM's own -XX flags (pom.xml: a quick JIT for short runs), so that the service starts as fast as the tests. */
    private static List<String> jitAndGcFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(flag -> flag.startsWith("-XX:")).toList();
    }

    private static String tail(File log) throws IOException {
        List<String> lines = Files.readAllLines(log.toPath());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
