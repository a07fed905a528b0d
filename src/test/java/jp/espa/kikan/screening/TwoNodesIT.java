package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.espa.kikan.KikanWorkflowApplication;
import jp.espa.kikan.support.ApiClient;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the service on one PostgreSQL, each with its job executor, as in production (README: several identical
 * nodes may share one database). Filings and the ministry's first step are split between them; the screening periods'
 * timers come due on both; node A is stopped while they fire. Every timer fires exactly once and every case is closed
 * exactly once. The two nodes share this JVM and so the engine clock (ClockUtil), as servers share NTP time.
 */
class TwoNodesIT {

    static final int CASES = 40;
    static final String TIMER = "BoundaryEvent_PeriodEnded";

    static EmbeddedPostgres postgres;
    static JdbcTemplate jdbc;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static final String run = "TWO-NODES-" + System.nanoTime() + "-";

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        // node A works one timer at a time, so it is stopped with timers left (it fires first, see below)
        nodeA = start("node-a", "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
                "--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1");
        nodeB = start("node-b"); // one after the other, as a rolling start: the second finds the schema and models
    }

    static ConfigurableApplicationContext start(String hostname, String... more) {
        return new SpringApplicationBuilder(KikanWorkflowApplication.class).profiles("postgres", "demo", "test").run(
                Stream.concat(Stream.of(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                // an idle acquisition backs off up to a minute by default: it would sleep through the clock's jump
                "--camunda.bpm.job-execution.max-wait=1000",
                // a stopped node's locked jobs go to the other after this long
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                // recorded in ACT_HI_JOB_LOG.HOSTNAME_: which node fired which timer
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname), Stream.of(more))
                .toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws Exception {
        ClockUtil.reset();
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyTimerFiresOnceAndNothingIsDuplicatedWhenANodeStopsMidway() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
            String number = run + i;
            var filed = api(node).call("POST", "/api/screenings", "portal",
                    TestPlans.introduction(number, LocalDate.now(ProcessTestSupport.TOKYO)));
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            // the ministry's formal check on the other node: the plan is accepted and its period's timer starts
            TaskService tasks = (i % 2 == 0 ? nodeB : nodeA).getBean(TaskService.class);
            tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number)
                    .taskDefinitionKey("Task_CheckCompleteness").singleResult().getId(), Map.of("planComplete", true));
            numbers.add(number);
        }
        String cases = "business_key_ like '" + run + "%'";
        assertThat(timersLeft(run)).isEqualTo(CASES);

        // 45 days on: every period has ended. Node B's job executor waits until node A has fired one: whichever node
        // wakes first would otherwise lock every due timer (B did in one run of three) and A would have none to stop with
        JobExecutor executorB = nodeB.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor();
        executorB.shutdown();
        ClockUtil.offset(Duration.ofDays(45).toMillis());
        awaitUntil(() -> firedOn("node-a") > 0, Duration.ofSeconds(60));
        executorB.start();
        nodeA.close();
        long firedOnAWhenStopped = firedOn("node-a");
        awaitUntil(() -> timersLeft(run) == 0, Duration.ofSeconds(120));

        assertThat(firedOnAWhenStopped).as("node A fired some before it stopped").isPositive().isLessThan(CASES);
        assertThat(firedOn("node-b")).as("node B fired the rest").isEqualTo(CASES - firedOn("node-a"));
        assertThat(count("select count(*) from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_"
                + " where l.act_id_ = '" + TIMER + "' and l.job_state_ = 2 and p.business_key_ like '" + run + "%'"))
                .as("one successful execution per timer").isEqualTo(CASES);
        assertThat(count("select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_ "
                + "where a.act_id_ = '" + TIMER + "' and p." + cases)).as("each case's period ended once").isEqualTo(CASES);
        for (String number : numbers) {
            assertThat(count("select count(*) from case_act where procedure = 'SCREENING' and act_type = 'OUTCOME' "
                    + "and case_number = '" + number + "'")).as(number + " closed once").isEqualTo(1);
            assertThat(count("select count(*) from case_act where procedure = 'SCREENING' and act_type = 'RECEIPT' "
                    + "and case_number = '" + number + "'")).as(number + " received once").isEqualTo(1);
        }
        assertThat(count("select count(*) from screening_case where application_number like '" + run + "%'"
                + " and status = 'CLOSED' and outcome = 'PERIOD_ENDED_NO_RECOMMENDATION'")).isEqualTo(CASES);
        assertThat(count("select count(*) from act_ru_incident")).as("no failed job").isZero();
    }

    /** Successful executions of the period timers of this run, by the node that fired them. */
    private static long firedOn(String hostname) {
        return count("select count(*) from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_"
                + " where l.act_id_ = '" + TIMER + "' and l.job_state_ = 2 and l.hostname_ = '" + hostname + "'"
                + " and p.business_key_ like '" + run + "%'");
    }

    private static long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static ApiClient api(ConfigurableApplicationContext node) {
        return new ApiClient(node.getBean(ObjectMapper.class), ((WebServerApplicationContext) node).getWebServer().getPort());
    }

    /** The period timers still waiting of the cases whose numbers start so. */
    private static long timersLeft(String numberPrefix) {
        return count("select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ join act_ru_execution e"
                + " on e.id_ = j.process_instance_id_ where d.act_id_ = '" + TIMER + "' and e.business_key_ like '" + numberPrefix + "%'");
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(() -> "waited " + timeout + "; fired on node-a " + firedOn("node-a") + ", on node-b "
                    + firedOn("node-b") + "; timers left " + timersLeft("") + "; jobs failed " + count("select count(*) from act_ru_job where exception_msg_ is not null"))
                    .isLessThan(end);
            Thread.sleep(200);
        }
    }
}
