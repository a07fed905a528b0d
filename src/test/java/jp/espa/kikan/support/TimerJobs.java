package jp.espa.kikan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Date;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.support.ApiClient.Answer;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * An administrator (demo, group camunda-admin) executes a timer job over real HTTP as Cockpit or a script would,
 * {@code POST /engine-rest/job/{id}/execute}, whatever its due date.
 */
public final class TimerJobs {

    private final ApiClient api;
    private final ManagementService management;

    public TimerJobs(ApiClient api, ManagementService management) {
        this.api = api;
        this.management = management;
    }

    /**
     * Executed before its day: 409 problem+json naming that day; the job stays, due at 00:00 Tokyo of that day, with
     * its retries as they were (no incident) and the refusal as its message.
     */
    public void assertRefusedBefore(Job timer, String firstDay) throws IOException, InterruptedException {
        Answer answer = execute(timer);
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("firstDay").asText()).isEqualTo(firstDay);
        assertThat(answer.body().get("detail").asText()).contains(firstDay + "以降").doesNotContain("null")
                .containsPattern("「[^」]+」の処理は"); // the timer event's name, as the diagram shows it
        Job waiting = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(waiting).as("the timer still waits").isNotNull();
        assertThat(waiting.getDuedate()).isEqualTo(Date.from(StatutoryPeriods.startOfDay(LocalDate.parse(firstDay))));
        assertThat(waiting.getRetries()).isEqualTo(timer.getRetries());
        assertThat(waiting.getExceptionMessage()).contains(firstDay);
    }

    /** Executed on its day: done, and the job is gone. */
    public void executeOnItsDay(Job timer) throws IOException, InterruptedException {
        Answer answer = execute(timer);
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(timer.getId()).count()).isZero();
    }

    /** The administrator moves the job's due date (Cockpit's "change due date"), e.g. to now, for the job executor. */
    public void moveDueDate(Job timer, String cockpitDateTime) throws IOException, InterruptedException {
        Answer answer = api.call("PUT", "/engine-rest/job/" + timer.getId() + "/duedate", "demo",
                java.util.Map.of("duedate", cockpitDateTime));
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(204);
    }

    private Answer execute(Job timer) throws IOException, InterruptedException {
        return api.call("POST", "/engine-rest/job/" + timer.getId() + "/execute", "demo", null);
    }
}
