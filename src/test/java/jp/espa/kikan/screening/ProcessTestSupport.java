package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.EngineClock;
import jp.espa.kikan.support.OpenTasks;
import jp.espa.kikan.support.TimerJobs;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real engine and registry (demo data, in-memory H2), no job executor: tests move the engine clock and fire
 * timers themselves, or have the administrator execute them over HTTP ({@link #timerJobs()}). Statutory "today"
 * follows the engine clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
abstract class ProcessTestSupport {

    static final ZoneId TOKYO = EngineClock.TOKYO;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ScreeningService service;
    @Autowired OperatorRequestService operatorRequests;
    @Autowired PostIntroductionReviewService postIntroduction;
    @Autowired ScreeningRepository cases;
    @Autowired CaseFile caseFile;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    /** The portal as it files and answers for the operators it represents. */
    static final Actor PORTAL = new Actor("portal", Set.of(Roles.OPERATOR_PORTAL));

    /** The reviewer of the railway sector's ministry (MLIT), where the test plans are filed. */
    static final Actor MLIT = new Actor("mlit-reviewer", Set.of("ministry-mlit"));

    private static int sequence;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    /** Sets the engine clock to 10:00 Tokyo time of the given day. */
    static void today(String isoDate) {
        EngineClock.today(isoDate);
    }

    static synchronized String nextApplicationNumber(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + (++sequence);
    }

    ScreeningCaseRow file(PlanSubmission plan) {
        return service.filePlan(PORTAL, plan);
    }

    /** The running screening instance of a case (captured while it runs; assertions then follow it into history). */
    ProcessInstance screening(ScreeningCaseRow c) {
        return runningInstance(ScreeningVariables.SCREENING_PROCESS, c);
    }

    ProcessInstance runningInstance(String processKey, ScreeningCaseRow c) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(c.applicationNumber()).singleResult();
        assertThat(instance).as("running " + processKey + " of " + c.applicationNumber()).isNotNull();
        return instance;
    }

    /** The open task of a case with the given definition key (in the screening or a called process). */
    Task task(ScreeningCaseRow c, String taskKey) {
        return openTasks().task(c.applicationNumber(), taskKey);
    }

    /** Completes the task with values its form lets an official enter. */
    void complete(ScreeningCaseRow c, String taskKey, Map<String, Object> formValues) {
        openTasks().complete(c.applicationNumber(), taskKey, formValues);
    }

    /** Completes the task with whatever values, as a raw engine call could (the guard refuses them over HTTP). */
    void completeWithForgedValues(ScreeningCaseRow c, String taskKey, Map<String, Object> values) {
        openTasks().completeWithForgedValues(c.applicationNumber(), taskKey, values);
    }

    /** A field of the case object the forms show (case.periodLastDay), or null when the object has none. */
    String caseShown(String processInstanceId, String field) {
        org.camunda.spin.json.SpinJsonNode object = (org.camunda.spin.json.SpinJsonNode) runtime.getVariable(processInstanceId,
                ScreeningVariables.CASE);
        assertThat(object).as("the case object of " + processInstanceId).isNotNull();
        return object.hasProp(field) && object.prop(field).isString() ? object.prop(field).stringValue() : null;
    }

    OpenTasks openTasks() {
        return new OpenTasks(engine);
    }

    /** Moves the engine clock to the due date of the timer at activityId and fires it. */
    void fireTimer(ScreeningCaseRow c, String activityId) {
        Job timer = timer(c, activityId);
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
    }

    /** Timer jobs as the administrator executes them over HTTP. */
    TimerJobs timerJobs() {
        return new TimerJobs(new ApiClient(json, port), management);
    }

    Job timer(ScreeningCaseRow c, String activityId) {
        List<Job> timers = management.createJobQuery().timers().activityId(activityId).list().stream()
                .filter(job -> c.applicationNumber().equals(businessKeyOf(job)))
                .toList();
        assertThat(timers).as("timer " + activityId).hasSize(1);
        return timers.get(0);
    }

    private String businessKeyOf(Job job) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
        return pi == null ? null : pi.getBusinessKey();
    }

    ScreeningCaseRow reload(ScreeningCaseRow c) {
        return cases.get(c.id());
    }

    List<LegalActType> acts(ScreeningCaseRow c) {
        return caseFile.acts(Procedure.SCREENING, c.applicationNumber()).stream().map(a -> a.actType()).toList();
    }

    static Date tokyoStartOf(String isoDate) {
        return EngineClock.tokyoStartOf(isoDate);
    }
}
