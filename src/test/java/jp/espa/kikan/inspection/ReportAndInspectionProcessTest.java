package jp.espa.kikan.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Kind;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Purpose;
import jp.espa.kikan.inspection.ReportAndInspectionService.Request;
import jp.espa.kikan.platform.BeforeItsDayException;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.platform.OperatorWaits;
import jp.espa.kikan.platform.TaskCards;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.DeployedForms;
import jp.espa.kikan.support.OpenTasks;
import jp.espa.kikan.support.EngineClock;
import jp.espa.kikan.support.TimerJobs;

import org.camunda.bpm.engine.IdentityService;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reports and on-site inspections (Art 58) on the real engine and registry, on real dates: the engine clock is moved,
 * timers are fired by the test. The fictional railway operator (MLIT) is designated since 2024-11-15 (test data).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReportAndInspectionProcessTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final String RAILWAY_OPERATOR = "6999901000002";
    static final String ELECTRICITY_OPERATOR = "7999901000001";
    static final Actor MLIT = new Actor("mlit-reviewer", Set.of("ministry-mlit"));
    static final Actor METI = new Actor("meti-reviewer", Set.of("ministry-meti"));
    static final Actor PORTAL = new Actor("portal", Set.of(Roles.OPERATOR_PORTAL));
    static final Actor PORTAL_RAILWAY = new Actor("portal-railway", Set.of(Roles.OPERATOR_PORTAL));

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired ReportAndInspectionService service;
    @Autowired ReportAndInspectionRepository requests;
    @Autowired CaseFile caseFile;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    @BeforeEach
    void now() {
        AbstractAssertions.init(engine);
        today("2026-11-26");
    }

    @AfterEach
    void reset() {
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void aReportFiledByTheDueDateIsReviewedAndTheResultRecorded() {
        String number = requestReport("2026-12-10").caseNumber();
        ProcessInstance instance = instance(number);
        assertThat(instance).isWaitingAt("Task_AwaitReport");
        assertThat(timer(number).getDuedate()).isEqualTo(tokyoStartOf("2026-12-11"));
        LegalAct request = acts(number).get(0);
        assertThat(request.actType()).isEqualTo(LegalActType.REPORT_REQUESTED);
        assertThat(request.effectiveOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        // a request for the screening's recommendation or order rests on Art 58(2), not on 58(1) (designation)
        assertThat(request.text()).contains("法第58条第2項", "法第52条第6項").doesNotContain("第58条第1項");

        today("2026-12-10"); // the last day still counts
        ReportAndInspectionService.ReportReceipt receipt = service.submitReport(PORTAL_RAILWAY, number, "保守委託先の一覧を提出します。");
        assertThat(receipt.late()).isFalse();
        assertThat(receipt.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(instance).isWaitingAt("Task_ReviewReport");
        assertThat(requests.byCaseNumber(number).orElseThrow().status()).isEqualTo("REPORT_RECEIVED");
        assertThat(runtime.getVariable(instance.getId(), "reportSummary")).isEqualTo("保守委託先の一覧を提出します。");

        complete(number, "Task_ReviewReport", MLIT, Map.of("reportAssessment", "SUFFICIENT", "reportReviewNote", "求めた事項を網羅"));
        assertThat(instance).hasPassed("Task_Conclude").isEnded();
        assertThat(requests.byCaseNumber(number).orElseThrow().result()).isEqualTo("REPORT_SUFFICIENT");
        assertThat(actTypes(number)).containsExactly(LegalActType.REPORT_REQUESTED, LegalActType.REPORT_SUBMITTED,
                LegalActType.REPORT_REVIEWED, LegalActType.INSPECTION_CONCLUDED);
        assertThat(acts(number).get(1).decision()).isEqualTo("ON_TIME");
        assertThat(acts(number).get(3).official()).isEqualTo("mlit-reviewer");
    }

    /**
     * While the report is awaited the ministry sees the wait in 事業者の対応待ち (platform/OperatorWaits), due at the end
     * of the report's last day; the report closes it, and a missed last day ends it as expired.
     */
    @Test
    void theAwaitedReportIsATaskOfTheMinistryDueOnTheReportsLastDayThatTheReportCloses() {
        String onTime = requestReport("2026-12-10").caseNumber();
        Task wait = reportWait(onTime);
        assertThat(wait.getDueDate()).isEqualTo(tokyoStartOf("2026-12-11").toInstant().minusSeconds(1));
        assertThat(wait.getProcessInstanceId()).isNull();
        assertThat(readableBy("mlit-reviewer", "ministry-mlit", wait)).isTrue();
        assertThat(readableBy("meti-reviewer", "ministry-meti", wait)).isFalse();
        assertThat(readableBy("cao-official", "cabinet-office", wait)).isTrue();
        service.submitReport(PORTAL_RAILWAY, onTime, "報告します。");
        assertThat(tasks.createTaskQuery().taskId(wait.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(wait.getId()).singleResult()
                .getDeleteReason()).isEqualTo("completed");

        String missed = requestReport("2026-12-10").caseNumber();
        Task missedWait = reportWait(missed);
        fireTimer(missed);
        assertThat(tasks.createTaskQuery().taskId(missedWait.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(missedWait.getId()).singleResult()
                .getDeleteReason()).isEqualTo("期限の経過");
    }

    private Task reportWait(String number) {
        List<Task> waits = tasks.createTaskQuery().taskVariableValueEquals(OperatorWaits.AWAITING, "Await_Report").taskVariableValueEquals(
                OperatorWaits.AWAITED_IN, instance(number).getId()).list();
        assertThat(waits).as("the wait for the report of " + number).hasSize(1);
        assertThat((String) tasks.getVariableLocal(waits.get(0).getId(), TaskCards.CARD)).startsWith(number);
        return waits.get(0);
    }

    private boolean readableBy(String user, String group, Task task) {
        identity.setAuthentication(user, List.of(group));
        try {
            return tasks.createTaskQuery().taskId(task.getId()).count() == 1;
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void noReportByTheDueDateIsRecordedAsNonComplianceAndNoReportIsTakenAfterwards() {
        String number = requestReport("2026-12-10").caseNumber();
        ProcessInstance instance = instance(number);
        fireTimer(number);
        assertThat(ClockUtil.getCurrentTime()).isEqualTo(tokyoStartOf("2026-12-11"));
        assertThat(instance).isWaitingAt("Task_RecordMissingReport");
        assertThat(requests.byCaseNumber(number).orElseThrow().status()).isEqualTo("REPORT_OVERDUE");
        // the law times no record of the missing report: its standard period (5 working days from Fri 11 Dec) is due
        assertThat(taskOf(number, "Task_RecordMissingReport").getDueDate()).isEqualTo(tokyoStartOf("2026-12-18").toInstant().minusSeconds(1));

        complete(number, "Task_RecordMissingReport", MLIT, Map.of("nonComplianceNote", "12月11日に電話で督促、回答なし"));
        assertThat(instance).isEnded();
        assertThat(requests.byCaseNumber(number).orElseThrow().result()).isEqualTo("NO_REPORT");
        LegalAct missing = caseFile.latest(Procedure.INSPECTION, number, LegalActType.REPORT_NOT_SUBMITTED).orElseThrow();
        assertThat(missing.text()).contains("2026-12-10", "法第96条", "督促");
        assertThatThrownBy(() -> service.submitReport(PORTAL_RAILWAY, number, "遅れて提出"))
                .isInstanceOf(ConflictException.class);
        assertThat(actTypes(number)).doesNotContain(LegalActType.REPORT_SUBMITTED);
    }

    /**
     * An administrator executes the report's timer on the due date itself (POST /engine-rest/job/{id}/execute), one of
     * them after moving its due date to that morning: refused, the timer due again on the day after the due date;
     * no missing report, a fact for the penalty of Art 96, is recorded or can be, and the operator still reports on time
     * that day. Executed on the day after, the missing report is up for recording.
     */
    @Test
    void theDueDateTimerExecutedEarlyByAnAdministratorWaitsForTheDayAfter() throws Exception {
        TimerJobs timers = new TimerJobs(new ApiClient(json, port), management);
        String onTime = requestReport("2026-12-10").caseNumber();
        String missing = requestReport("2026-12-10").caseNumber();
        today("2026-12-10");
        timers.moveDueDate(timer(missing), "2026-12-10T09:00:00.000+0900"); // due now: the job executor would take it
        for (String number : List.of(onTime, missing)) {
            timers.assertRefusedBefore(timer(number), "2026-12-11");
            assertThat(instance(number)).isWaitingAt("Task_AwaitReport");
            assertThat(requests.byCaseNumber(number).orElseThrow().status()).isEqualTo("AWAITING_REPORT");
            assertThat(actTypes(number)).containsExactly(LegalActType.REPORT_REQUESTED);
        }
        assertThatThrownBy(() -> service.recordMissingReport(MLIT, missing, "期限前"))
                .isInstanceOf(BeforeItsDayException.class).hasMessageContaining("2026-12-11以降", "報告の期限 2026-12-10");
        assertThat(actTypes(missing)).doesNotContain(LegalActType.REPORT_NOT_SUBMITTED);

        assertThat(service.submitReport(PORTAL_RAILWAY, onTime, "期限当日の報告").late()).isFalse();
        assertThat(instance(onTime)).isWaitingAt("Task_ReviewReport");

        today("2026-12-11");
        timers.executeOnItsDay(timer(missing));
        assertThat(instance(missing)).isWaitingAt("Task_RecordMissingReport");
        assertThat(requests.byCaseNumber(missing).orElseThrow().status()).isEqualTo("REPORT_OVERDUE");
    }

    @Test
    void aReportAfterTheDueDateIsRecordedAsLateAndReviewed() {
        String number = requestReport("2026-12-10").caseNumber();
        ProcessInstance instance = instance(number);
        fireTimer(number);
        today("2026-12-14");

        ReportAndInspectionService.ReportReceipt receipt = service.submitReport(PORTAL, number, "遅延の理由と資料");
        assertThat(receipt.late()).isTrue();
        assertThat(instance).isWaitingAt("Task_ReviewReport");
        assertThat(runtime.getVariable(instance.getId(), "reportLate")).isEqualTo(true);
        assertThat(caseFile.latest(Procedure.INSPECTION, number, LegalActType.REPORT_SUBMITTED).orElseThrow().decision())
                .isEqualTo("LATE");
        assertThat(actTypes(number)).doesNotContain(LegalActType.REPORT_NOT_SUBMITTED);
        complete(number, "Task_ReviewReport", MLIT, Map.of("reportAssessment", "INSUFFICIENT", "reportReviewNote", "一部不足"));
        assertThat(requests.byCaseNumber(number).orElseThrow().result()).isEqualTo("REPORT_INSUFFICIENT");
    }

    @Test
    void onlyThePortalThatRepresentsTheOperatorReportsAndOnlyWhileAReportIsAwaited() {
        String number = requestReport("2026-12-10").caseNumber();
        Actor otherPortal = new Actor("portal-electricity-only", Set.of(Roles.OPERATOR_PORTAL));
        assertThatThrownBy(() -> service.submitReport(otherPortal, number, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.submitReport(MLIT, number, "x")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.submitReport(PORTAL_RAILWAY, number, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.submitReport(PORTAL_RAILWAY, "INSPECTION-999999999", "x")).isInstanceOf(NotFoundException.class);
        assertThat(instance(number)).isWaitingAt("Task_AwaitReport");
        assertThat(actTypes(number)).containsExactly(LegalActType.REPORT_REQUESTED);

        String inspection = request(Kind.INSPECTION, "2026-12-03").caseNumber();
        assertThatThrownBy(() -> service.submitReport(PORTAL_RAILWAY, inspection, "x")).isInstanceOf(ConflictException.class);
    }

    @Test
    void anInspectionIsDueOnItsPlannedDayAndRecordedOnlyWithTheIdentificationCardShown() {
        String number = request(Kind.INSPECTION, "2026-12-03").caseNumber();
        ProcessInstance instance = instance(number);
        assertThat(instance).isWaitingAt("Task_RecordInspection");
        Task task = taskOf(number, "Task_RecordInspection");
        assertThat(task.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 12, 4).atStartOfDay(TOKYO).toInstant().minusSeconds(1)));
        assertThat(tasks.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ministry-mlit"));
        assertThat(acts(number).get(0).actType()).isEqualTo(LegalActType.INSPECTION_DECIDED);

        today("2026-12-03");
        Map<String, Object> form = new HashMap<>(Map.of("inspectedOn", "2026-12-03", "inspectors", "国土交通省 検査官A、検査官B（架空）",
                "placesInspected", "運行管理センター（架空）", "idCardShown", false, "inspectionFinding", "COMPLETED",
                "inspectionResult", "保守端末の接続記録を確認"));
        assertThatThrownBy(() -> complete(number, "Task_RecordInspection", MLIT, form))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("法第58条第3項");
        form.put("idCardShown", true);
        form.put("inspectedOn", "2026-12-04");
        assertThatThrownBy(() -> complete(number, "Task_RecordInspection", MLIT, form))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("本日以前");
        form.put("inspectedOn", "2026-12-03");
        // another ministry's official: the task is not theirs to work on (the engine's TASK_WORK for the candidate group)
        assertThatThrownBy(() -> complete(number, "Task_RecordInspection", METI, form))
                .hasStackTraceContaining("AuthorizationException");
        assertThat(instance).isWaitingAt("Task_RecordInspection");
        assertThat(actTypes(number)).containsExactly(LegalActType.INSPECTION_DECIDED);

        complete(number, "Task_RecordInspection", MLIT, form);
        assertThat(instance).isEnded();
        LegalAct inspected = caseFile.latest(Procedure.INSPECTION, number, LegalActType.INSPECTION_CONDUCTED).orElseThrow();
        assertThat(inspected.effectiveOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(inspected.text()).contains("身分証明書を提示", "検査官A");
        assertThat(requests.byCaseNumber(number).orElseThrow().result()).isEqualTo("INSPECTED");
    }

    @Test
    void aRefusedInspectionIsOnRecordAsAFactForThePenalty() {
        String number = request(Kind.INSPECTION, "2026-11-26").caseNumber();
        complete(number, "Task_RecordInspection", MLIT, Map.of("inspectedOn", "2026-11-26", "inspectors", "検査官A（架空）",
                "placesInspected", "本社（架空）", "idCardShown", true, "inspectionFinding", "REFUSED_OR_OBSTRUCTED",
                "inspectionResult", "入室を拒否された"));
        assertThat(requests.byCaseNumber(number).orElseThrow().result()).isEqualTo("INSPECTION_REFUSED");
        assertThat(caseFile.latest(Procedure.INSPECTION, number, LegalActType.INSPECTION_CONDUCTED).orElseThrow().text())
                .contains("法第96条");
    }

    @Test
    void onlyTheCompetentMinistryRequestsAndOnlyOfADesignatedOperatorOfTheSector() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(InspectionVariables.PROCESS).count();
        assertThatThrownBy(() -> service.start(METI, railway(Kind.REPORT, "2026-12-10", null)))
                .isInstanceOf(NotPermittedException.class);
        assertInvalid(new Request(Kind.REPORT, ELECTRICITY_OPERATOR, "RAILWAY", null, Purpose.PLAN_REVIEW, "x",
                LocalDate.of(2026, 12, 10)), "corporateNumber");
        assertInvalid(railway(Kind.REPORT, "2026-11-26", null), "dueOn");
        assertInvalid(railway(Kind.INSPECTION, "2026-11-25", null), "dueOn");
        assertInvalid(railway(Kind.REPORT, "2026-12-10", "NO-SUCH-PLAN"), "applicationNumber");
        assertInvalid(new Request(Kind.REPORT, RAILWAY_OPERATOR, "RAILWAY", null, Purpose.PLAN_REVIEW, " ",
                LocalDate.of(2026, 12, 10)), "matters");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(InspectionVariables.PROCESS).count()).isEqualTo(before);

        // the Cabinet Office reads; another ministry and a portal that does not represent the operator are told nothing
        String number = requestReport("2026-12-10").caseNumber();
        assertThat(service.read(new Actor("cao-official", Set.of(Roles.CABINET_OFFICE)), number).acts()).hasSize(1);
        assertThatThrownBy(() -> service.read(METI, number)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.read(new Actor("portal-x", Set.of(Roles.OPERATOR_PORTAL)), number))
                .isInstanceOf(NotFoundException.class);
    }

    /**
     * The request is a written document (報告徴収書) issued with its act, to the operator: the paragraph of Art 58 it
     * rests on, what is to be reported, by when, and the penalty of Art 96 (item 5 for Art 58(2)) with Art 97.
     */
    @Test
    void aReportRequestUnderArticle58Paragraph2IssuesItsDocument() {
        String number = requestReport("2026-12-10").caseNumber();
        List<Map<String, Object>> issued = documents(number);
        assertThat(issued).extracting(d -> d.get("kind")).containsExactly("REPORT_REQUEST");
        assertThat(issued.get(0).get("act_type")).isEqualTo("REPORT_REQUESTED");
        assertThat(issued.get(0).get("document_number")).asString().startsWith("国経安第");
        byte[] pdf = (byte[]) issued.get(0).get("content");
        jp.espa.kikan.support.NoticePictures.keep("REPORT_REQUEST", pdf);
        assertThat(jp.espa.kikan.support.PdfText.of(pdf)).contains("報告又は資料の提出について（求め）",
                "サンプル鉄道株式会社（デモ）", "「経済安全保障推進法」という。）第五十八条第二項の規定に基づき",
                "第五十一条、第五十二条第六項及び第十項並びに第五十五条第一項及び第二項の規定の施行に必要な限度",
                "列車運行管理システムの保守の委託先と再委託先", "令和8年12月10日までに", "同法第九十六条第五号に該当し",
                "同法第九十六条の規定により三十万円以下の罰金", "同法第九十七条", "導入等計画書に係る勧告・命令（法第52条第6項・第10項）")
                .doesNotContain("第五十八条第一項", "第九十六条第四号");
    }

    /**
     * Art 58(1): to designate, the minister asks a business of the sector, designated or not, for reports only; Art 96
     * item 4 backs it. An inspection is no part of Art 58(1).
     */
    @Test
    void aReportRequestForADesignationRestsOnArticle58Paragraph1AndNeverOnAnInspection() {
        LocalDate due = LocalDate.of(2026, 12, 10);
        assertInvalid(new Request(Kind.INSPECTION, RAILWAY_OPERATOR, "RAILWAY", null, Purpose.DESIGNATION, "本社の設備",
                LocalDate.of(2026, 11, 26)), "purpose");
        ReportAndInspectionService.View view = service.start(METI, new Request(Kind.REPORT, ELECTRICITY_OPERATOR, "ELECTRICITY",
                null, Purpose.DESIGNATION, "発電所の出力（指定の基準の判断のため）", due));
        LegalAct request = acts(view.caseNumber()).get(0);
        assertThat(request.text()).contains("法第58条第1項", "特定社会基盤事業者の指定（法第50条第1項）");
        byte[] pdf = (byte[]) documents(view.caseNumber()).get(0).get("content");
        assertThat(jp.espa.kikan.support.PdfText.of(pdf)).contains("）第五十八条第一項の規定に基づき",
                "同法第五十条第一項の規定による特定社会基盤事業者の指定を行うために必要な限度", "発電所の出力",
                "同法第九十六条第四号に該当し", "三十万円以下の罰金").doesNotContain("第五十八条第二項", "第九十六条第五号");
    }

    private List<Map<String, Object>> documents(String caseNumber) {
        return jdbc.queryForList("""
                select d.kind, a.act_type, d.document_number, d.content from document d
                join case_act a on a.id = d.case_act_id where d.procedure = 'INSPECTION' and d.case_number = ?
                order by d.issued_at""", caseNumber);
    }

    @Test
    void theOperatorsPortalSeesTheRequestAndItsOwnReportButNotTheMinistrysFindings() {
        String number = requestReport("2026-12-10").caseNumber();
        service.submitReport(PORTAL_RAILWAY, number, "報告");
        complete(number, "Task_ReviewReport", MLIT, Map.of("reportAssessment", "INSUFFICIENT", "reportReviewNote", "内部メモ"));

        ReportAndInspectionService.View portalView = service.read(PORTAL_RAILWAY, number);
        assertThat(portalView.acts()).extracting(LegalAct::actType)
                .containsExactly(LegalActType.REPORT_REQUESTED, LegalActType.REPORT_SUBMITTED);
        assertThat(portalView.result()).isNull();
        assertThat(service.read(MLIT, number).result()).isEqualTo("REPORT_INSUFFICIENT");
    }

    @Test
    void anOfficialStartsARequestFromTasklistForTheirOwnMinistryOnly() {
        Map<String, Object> form = Map.of("kind", "REPORT", "corporateNumber", RAILWAY_OPERATOR, "sectorCode", "RAILWAY",
                "purpose", "POST_INTRODUCTION", "matters", "導入済みの運行管理システムの保守体制", "dueOn", "2026-12-25");
        DeployedForms.assertOnStartForm(engine, InspectionVariables.PROCESS, form.keySet());
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(InspectionVariables.PROCESS).count();

        identity.setAuthentication("meti-reviewer", List.of("ministry-meti"));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(InspectionVariables.PROCESS, form))
                .hasStackTraceContaining("BadUserRequestException");
        identity.setAuthentication("mlit-reviewer", List.of("ministry-mlit"));
        ProcessInstance instance = runtime.startProcessInstanceByKey(InspectionVariables.PROCESS, form);
        identity.clearAuthentication();

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(InspectionVariables.PROCESS).count()).isEqualTo(before + 1);
        String number = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey();
        assertThat(number).startsWith("INSPECTION-");
        assertThat(instance).isWaitingAt("Task_AwaitReport");
        ReportAndInspectionRepository.InspectionRequest request = requests.byCaseNumber(number).orElseThrow();
        assertThat(request.requestedBy()).isEqualTo("mlit-reviewer");
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(timer(number).getDuedate()).isEqualTo(tokyoStartOf("2026-12-26"));
    }

    @Test
    void theModelIsDeployedWithItsForms() {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(InspectionVariables.PROCESS).latestVersion().singleResult();
        assertThat(definition.getHistoryTimeToLive()).isNotNull();
        assertThat(engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId())).contains(
                "bpmn/ReportAndInspectionProcess.bpmn", "forms/Form_StartReportAndInspection.form", "forms/Form_ReviewReport.form",
                "forms/Form_RecordMissingReport.form", "forms/Form_RecordInspection.form");
    }

    // ---- helpers

    private ReportAndInspectionService.View requestReport(String dueOn) {
        return request(Kind.REPORT, dueOn);
    }

    private ReportAndInspectionService.View request(Kind kind, String dueOn) {
        return service.start(MLIT, railway(kind, dueOn, null));
    }

    private static Request railway(Kind kind, String dueOn, String applicationNumber) {
        return new Request(kind, RAILWAY_OPERATOR, "RAILWAY", applicationNumber, Purpose.PLAN_REVIEW,
                "列車運行管理システムの保守の委託先と再委託先", LocalDate.parse(dueOn));
    }

    private void assertInvalid(Request request, String field) {
        assertThatThrownBy(() -> service.start(MLIT, request)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }

    private ProcessInstance instance(String number) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(instance).as("running process of " + number).isNotNull();
        return instance;
    }

    private Task taskOf(String number, String key) {
        return new OpenTasks(engine).task(number, key);
    }

    /** Completes the task as the official, with values its form lets an official enter. */
    private void complete(String number, String key, Actor official, Map<String, Object> values) {
        String taskId = taskOf(number, key).getId(); // found as the test, so that another ministry's refusal is the engine's
        DeployedForms.assertOnTaskForm(engine, taskId, values.keySet());
        official.actInEngine(identity, () -> tasks.complete(taskId, values));
    }

    private Job timer(String number) {
        Job job = management.createJobQuery().timers().processInstanceId(instance(number).getId()).singleResult();
        assertThat(job).as("timer of " + number).isNotNull();
        return job;
    }

    private void fireTimer(String number) {
        Job job = timer(number);
        ClockUtil.setCurrentTime(job.getDuedate());
        management.executeJob(job.getId());
    }

    private List<LegalAct> acts(String number) {
        return caseFile.acts(Procedure.INSPECTION, number);
    }

    private List<LegalActType> actTypes(String number) {
        return acts(number).stream().map(LegalAct::actType).toList();
    }

    private static void today(String isoDate) {
        EngineClock.today(isoDate);
    }

    private static Date tokyoStartOf(String isoDate) {
        return EngineClock.tokyoStartOf(isoDate);
    }
}
