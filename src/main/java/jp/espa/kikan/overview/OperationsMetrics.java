package jp.espa.kikan.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseStatistics;
import jp.espa.kikan.registry.CaseStatistics.Deadlines;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What an operator of the service watches (Prometheus, /actuator/prometheus): open cases per procedure and state,
 * cases past their statutory last day and due soon, the engine's incidents and the jobs waiting to be executed.
 * Counted every 30 s (kikan.metrics.refresh), not per scrape: each count is a query over the registry or the engine.
 */
@Component
public class OperationsMetrics {

    private final CaseStatistics statistics;
    private final StatutoryTime time;
    private final RuntimeService runtime;
    private final ManagementService management;

    private final MultiGauge openCases;
    private final MultiGauge pastLastDay;
    private final MultiGauge dueWithin;
    private final AtomicLong incidents = new AtomicLong();
    private final AtomicLong executableJobs = new AtomicLong();
    private final AtomicLong failedJobs = new AtomicLong();

    OperationsMetrics(CaseStatistics statistics, StatutoryTime time, RuntimeService runtime, ManagementService management,
                      MeterRegistry registry) {
        this.statistics = statistics;
        this.time = time;
        this.runtime = runtime;
        this.management = management;
        openCases = MultiGauge.builder("kikan.cases.open").description("Open cases per procedure and state").register(registry);
        pastLastDay = MultiGauge.builder("kikan.cases.past.last.day")
                .description("Open cases past their statutory last day (screening period, report due date)").register(registry);
        dueWithin = MultiGauge.builder("kikan.cases.due.within.days")
                .description("Open cases whose last day is today or within the given number of days").register(registry);
        Gauge.builder("kikan.engine.incidents", incidents, AtomicLong::get).description("Open incidents of the engine")
                .register(registry);
        Gauge.builder("kikan.engine.jobs.executable", executableJobs, AtomicLong::get)
                .description("Jobs due and waiting for the job executor").register(registry);
        Gauge.builder("kikan.engine.jobs.failed", failedJobs, AtomicLong::get)
                .description("Jobs with no retries left (each has an incident)").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${kikan.metrics.refresh:30s}", initialDelayString = "${kikan.metrics.refresh:30s}")
    public void refresh() {
        openCases.register(statistics.openCases().stream()
                .map(c -> MultiGauge.Row.of(Tags.of("procedure", c.procedure().name(), "state", c.state()), c.count()))
                .toList(), true);
        List<MultiGauge.Row<?>> past = new ArrayList<>();
        List<MultiGauge.Row<?>> due = new ArrayList<>();
        for (Deadlines d : statistics.deadlines(time.today())) {
            String procedure = d.procedure().name();
            past.add(MultiGauge.Row.of(Tags.of("procedure", procedure), d.past()));
            due.add(MultiGauge.Row.of(Tags.of("procedure", procedure, "days", "7"), d.within7Days()));
            due.add(MultiGauge.Row.of(Tags.of("procedure", procedure, "days", "30"), d.within30Days()));
        }
        pastLastDay.register(past, true);
        dueWithin.register(due, true);
        incidents.set(runtime.createIncidentQuery().count());
        executableJobs.set(management.createJobQuery().executable().count());
        failedJobs.set(management.createJobQuery().noRetriesLeft().count());
    }
}
