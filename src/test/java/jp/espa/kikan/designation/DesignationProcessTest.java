package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.DeployedForms;
import jp.espa.kikan.support.OpenTasks;
import jp.espa.kikan.support.EngineClock;
import jp.espa.kikan.support.TimerJobs;
import jp.espa.kikan.support.TestBodies;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.Measure;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.support.NoticePictures;
import jp.espa.kikan.support.PdfText;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Every path of designation, revocation and change notices on the real engine and registry (today: 2026-11-26). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class DesignationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired DesignationService service;
    @Autowired RevocationService revocations;
    @Autowired ChangeNoticeService changeNotices;
    @Autowired DesignationRegistry designations;
    @Autowired DesignationRepository designationRepository;
    @Autowired SectorRegistry sectors;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseFile caseFile;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    private static int serial = 100;

    static final Actor MLIT = new Actor("mlit-reviewer", Set.of("ministry-mlit"));
    static final Actor PORTAL = new Actor("portal", Set.of("operator-portal"));

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        EngineClock.at("2026-11-26", LocalTime.NOON);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** A new fictional railway operator with valid corporate number and the given route length. */
    private String railwayOperator(double routeKm, String industry, long capitalYen, int employees) {
        String corporateNumber = TestBodies.corporateNumber(++serial);
        String proposalNumber = "DES-" + corporateNumber;
        var operator = designationRepository.createOperator(corporateNumber, "テスト鉄道" + serial + "株式会社（架空）", "東京都（架空）");
        designationRepository.fileMeasures(operator.id(), "RAILWAY", List.of(
                new Measure("businessType", null, null, "TYPE1_RAILWAY", null, "test"),
                new Measure("routeKm", null, BigDecimal.valueOf(routeKm), null, null, "test")), "test");
        ProcessInstance pi = runtime.createProcessInstanceByKey(DESIGNATION_PROCESS).businessKey(proposalNumber)
                .setVariables(DesignationVariables.proposal(service.register(MLIT, new DesignationService.NewProposal(proposalNumber, corporateNumber, operator.name(),
                        operator.address(), "RAILWAY", industry, BigDecimal.valueOf(capitalYen), employees, "規模が大きい", null, List.of()), "")))
                .execute();
        assertThat(pi).isWaitingAt("Task_ReviewCandidate");
        return proposalNumber;
    }


    private ProcessInstance instance(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    /** Completes the task with values its form lets an official enter. */
    private void complete(String businessKey, String taskKey, Map<String, Object> values) {
        new OpenTasks(engine).complete(businessKey, taskKey, values);
    }

    /** Completes the task with whatever values, as a raw engine call could (the guard refuses them over HTTP). */
    private void completeWithForgedValues(String businessKey, String taskKey, Map<String, Object> values) {
        new OpenTasks(engine).completeWithForgedValues(businessKey, taskKey, values);
    }

    private List<LegalActType> acts(String caseNumber) {
        return caseFile.acts(Procedure.DESIGNATION, caseNumber).stream().map(LegalAct::actType).toList();
    }

    private Designation designationOf(String proposalNumber) {
        var c = designationRepository.caseByProposalNumber(proposalNumber).orElseThrow();
        return designations.current(c.operatorId(), "RAILWAY").orElseThrow();
    }

    private String designate(String proposalNumber) {
        ProcessInstance pi = instance(proposalNumber);
        complete(proposalNumber, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "基準に該当"));
        designateAfterExplanation(proposalNumber, "弁明を踏まえても基準に該当");
        complete(proposalNumber, "Task_PublishDesignation", Map.of(GAZETTE_PUBLISHED_ON, "2026-11-26", INTERNET_PUBLISHED_ON, "2026-11-26"));
        assertThat(pi).hasPassed("Task_RecordDesignation").hasPassed("EndEvent_Designated").isEnded();
        return proposalNumber;
    }

    /** 弁明: the opportunity given with a week to answer, an explanation received, the designation decided in its view. */
    private void designateAfterExplanation(String proposalNumber, String reason) {
        complete(proposalNumber, "Task_GiveOpportunityToExplain", Map.of(EXPLANATION_OPPORTUNITY, "GIVEN",
                EXPLANATION_DUE_ON, "2026-12-03"));
        complete(proposalNumber, "Task_ConsiderExplanation", Map.of(EXPLANATION_SUMMARY, "指定に異議はない",
                EXPLANATION_DECISION, "DESIGNATE", EXPLANATION_DECISION_REASON, reason));
    }

    /**
     * A designation imposes duties (APA Art 2(iv)) and Art 88 does not set APA Chapter 3 aside for it: before it the
     * operator is given the opportunity to explain, by a notice issued that day that states the facts; the designation
     * waits for the explanation or its last day.
     */
    @Test
    void aDesignationWaitsForTheOperatorsExplanationOrItsLastDay() {
        String proposal = railwayOperator(1000, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        ProcessInstance pi = instance(proposal);
        complete(proposal, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "基準に該当"));
        assertThat(pi).isWaitingAt("Task_GiveOpportunityToExplain");
        assertThatThrownBy(() -> complete(proposal, "Task_GiveOpportunityToExplain", Map.of(EXPLANATION_OPPORTUNITY, "GIVEN",
                EXPLANATION_DUE_ON, "2026-11-26"))).as("a last day after today")
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("行政手続法第30条");
        complete(proposal, "Task_GiveOpportunityToExplain", Map.of(EXPLANATION_OPPORTUNITY, "GIVEN", EXPLANATION_DUE_ON, "2026-12-03"));
        assertThat(pi).isWaitingAt("Task_ConsiderExplanation");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate())
                .isEqualTo(Date.from(LocalDate.of(2026, 12, 4).atStartOfDay(StatutoryPeriods.TOKYO).toInstant().minusSeconds(1)));
        // the notice is issued when the opportunity is given: the facts, where and by when, evidence may be submitted
        String notice = PdfText.of(NoticePictures.keep("OPPORTUNITY_TO_EXPLAIN", document(proposal, "OPPORTUNITY_TO_EXPLAIN")));
        assertThat(notice).contains("弁明の機会の付与について（通知）", "令和8年11月26日", "行政手続法第十三条第一項第二号",
                "同法第三十条", "証拠書類等を提出することができます（同法第二十九条第二項）",
                "という。）第五十条第一項の規定による特定社会基盤事業者の指定（鉄道）", "同法第五十条第一項", "千キロメートル以上",
                "弁明書の提出期限令和8年12月3日", "国土交通大臣見本三郎").doesNotContain("第五十六条");

        // no explanation yet: the designation waits until the last day has passed
        assertThatThrownBy(() -> complete(proposal, "Task_ConsiderExplanation", Map.of(EXPLANATION_DECISION, "DESIGNATE",
                EXPLANATION_DECISION_REASON, "x"))).hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2026-12-03");
        EngineClock.at("2026-12-04", LocalTime.NOON);
        complete(proposal, "Task_ConsiderExplanation", Map.of(EXPLANATION_DECISION, "DESIGNATE",
                EXPLANATION_DECISION_REASON, "期限までに弁明書の提出なし"));
        assertThat(pi).isWaitingAt("Task_PublishDesignation");
        assertThat(designationOf(proposal).designatedOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(acts(proposal)).containsSubsequence(LegalActType.CANDIDATE_REVIEWED, LegalActType.OPPORTUNITY_TO_EXPLAIN,
                LegalActType.EXPLANATION_CONSIDERED, LegalActType.DESIGNATION);
    }

    @Test
    void anExplanationCanEndInNoDesignationAndAnExcludedOpportunityNeedsItsGround() {
        String explained = railwayOperator(1000, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        complete(explained, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "基準に該当"));
        complete(explained, "Task_GiveOpportunityToExplain", Map.of(EXPLANATION_OPPORTUNITY, "GIVEN", EXPLANATION_DUE_ON, "2026-12-03"));
        complete(explained, "Task_ConsiderExplanation", Map.of(EXPLANATION_SUMMARY, "当該事業は来年度に廃止する予定",
                EXPLANATION_DECISION, "DO_NOT_DESIGNATE", EXPLANATION_DECISION_REASON, "事業廃止の計画が確認された"));
        assertThat(instance(explained)).isNull();
        assertThat(designationRepository.caseByProposalNumber(explained).orElseThrow().decisionReason()).isEqualTo("事業廃止の計画が確認された");
        assertThat(acts(explained)).contains(LegalActType.NON_DESIGNATION).doesNotContain(LegalActType.DESIGNATION);

        String urgent = railwayOperator(1000, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        complete(urgent, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "基準に該当"));
        assertThatThrownBy(() -> complete(urgent, "Task_GiveOpportunityToExplain", Map.of(EXPLANATION_OPPORTUNITY, "EXCLUDED")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("第13条第2項");
        complete(urgent, "Task_GiveOpportunityToExplain", Map.of(EXPLANATION_OPPORTUNITY, "EXCLUDED",
                EXPLANATION_EXCLUSION_REASON, "行政手続法第13条第2項第1号（公益上、緊急に指定をする必要）"));
        assertThat(instance(urgent)).isWaitingAt("Task_PublishDesignation");
        assertThat(jdbc.queryForObject("select count(*) from document where case_number = ? and kind = 'OPPORTUNITY_TO_EXPLAIN'",
                Integer.class, urgent)).as("no notice when not given").isZero();
    }

    @Test
    void operatorMeetingTheCriteriaIsDesignatedNotifiedAndPublished() {
        String proposal = railwayOperator(1000, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        ProcessInstance pi = instance(proposal);
        assertThat(runtime.getVariable(pi.getId(), CRITERIA_MET)).isEqualTo(true);
        assertThat((String) runtime.getVariable(pi.getId(), CRITERIA_FINDINGS)).contains("令和五年国土交通省令第六十二号第二条第二号", "千キロメートル以上").doesNotContain("該当する項目はありません");
        assertThat((String) runtime.getVariable(pi.getId(), CRITERIA_RULE_VERSION)).startsWith("特定社会基盤事業者の指定基準（鉄道） 第");
        assertThat(runtime.getVariable(pi.getId(), SME)).isEqualTo(false);
        designate(proposal);

        Designation d = designationOf(proposal);
        assertThat(d.designatedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(d.graceEndsOn()).isEqualTo(LocalDate.of(2027, 5, 25));
        // the notice issued with the act (様式第一): its reasons once, dates in 令和, the 教示
        String issued = PdfText.of(NoticePictures.keep("DESIGNATION_NOTICE", document(proposal, "DESIGNATION_NOTICE")));
        assertThat(issued).contains("令和8年11月26日", "令和9年5月25日", "千キロメートル以上", "基準に該当", "【教示】")
                .doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d")
                // no internal notes (the SME test is for the senior review), fiscal years in 令和 too, 同法 after the title
                .doesNotContain("中小企業", "経済安全保障推進法第").doesNotContainPattern("20\\d\\d年度").containsPattern("令和\\d+年度");
        var notices = designationRepository.notices(d.id());
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.form()).isEqualTo(Notices.DESIGNATION_FORM);
            assertThat(n.contents()).contains("様式第一", d.operatorName(), "鉄道", "2026-11-26");
            // a disposition: its reasons (APA Art 14) and how to appeal it (教示)
            assertThat(n.contents()).contains("という。）第五十条第一項", "【理由】", "営業キロ", "基準に該当",
                    "【教示】", "3か月以内に、国土交通大臣に対して審査請求", "国を被告として", "法務大臣", "6か月以内");
            assertThat(n.gazettePublishedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        });
        assertThat(jdbc.queryForList("select decision_key from decision_evaluation where case_number = ?", String.class, proposal))
                .containsExactly("Decision_DesignationCriteriaRailway", "Decision_SmallOrMediumEnterprise");
    }

    @Test
    void ministryMayDecideNotToDesignate() {
        String proposal = railwayOperator(1500, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        ProcessInstance pi = instance(proposal);
        complete(proposal, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DO_NOT_DESIGNATE", REVIEW_REASON, "代替手段あり"));
        assertThat(pi).hasPassed("EndEvent_NotDesignated").isEnded();
        var c = designationRepository.caseByProposalNumber(proposal).orElseThrow();
        assertThat(c.decision()).isEqualTo("DO_NOT_DESIGNATE");
        assertThat(c.decisionReason()).isEqualTo("代替手段あり");
        assertThat(designations.current(c.operatorId(), "RAILWAY")).isEmpty();
    }

    @Test
    void theNoticeCannotBePublishedBeforeTheDesignationItAnnounces() {
        String proposal = railwayOperator(1000, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        complete(proposal, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "基準に該当"));
        designateAfterExplanation(proposal, "基準に該当");
        assertThatThrownBy(() -> complete(proposal, "Task_PublishDesignation",
                Map.of(GAZETTE_PUBLISHED_ON, "2026-11-25", INTERNET_PUBLISHED_ON, "2026-11-26")))
                .hasStackTraceContaining("BadUserRequestException").hasRootCauseMessage("公示日は指定日（2026-11-26）以後にしてください。");
        assertThat(instance(proposal)).isWaitingAt("Task_PublishDesignation");
    }

    @Test
    void operatorBelowTheThresholdCannotBeDesignated() {
        String proposal = railwayOperator(999, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        assertThat(runtime.getVariable(instance(proposal).getId(), CRITERIA_MET)).isEqualTo(false);
        assertThatThrownBy(() -> complete(proposal, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "x")))
                .hasStackTraceContaining("BadUserRequestException").hasRootCauseMessage("指定基準に該当しない事業者は指定できません（経済安全保障推進法第五十条第一項）。");
        assertThat(instance(proposal)).isWaitingAt("Task_ReviewCandidate");
    }

    @Test
    void smallOrMediumEnterpriseGetsASeniorReview() {
        String proposal = railwayOperator(1200, "MANUFACTURING_OTHER", 300_000_000L, 1000); // capital at the SME limit
        ProcessInstance pi = instance(proposal);
        assertThat(runtime.getVariable(pi.getId(), SME)).isEqualTo(true);
        complete(proposal, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "基準に該当"));
        assertThat(pi).isWaitingAt("Task_SeniorReview");
        assertThat(tasks.getIdentityLinksForTask(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ministry-mlit-senior"));
        complete(proposal, "Task_SeniorReview", Map.of(SENIOR_DECISION, "DESIGNATE", SENIOR_REASON, "中小企業だが代替困難"));
        designateAfterExplanation(proposal, "中小企業だが代替困難");
        complete(proposal, "Task_PublishDesignation", Map.of(GAZETTE_PUBLISHED_ON, "2026-11-26", INTERNET_PUBLISHED_ON, "2026-11-26"));
        assertThat(pi).hasPassed("EndEvent_Designated");
        assertThat(designationRepository.caseByProposalNumber(proposal).orElseThrow().decisionReason()).isEqualTo("中小企業だが代替困難");
    }

    @Test
    void competitionConcernGetsASeniorReviewThatMayRefuse() {
        String proposal = railwayOperator(1200, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        ProcessInstance pi = instance(proposal);
        complete(proposal, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "基準に該当",
                COMPETITION_CONCERN, true));
        assertThat(pi).isWaitingAt("Task_SeniorReview");
        complete(proposal, "Task_SeniorReview", Map.of(SENIOR_DECISION, "DO_NOT_DESIGNATE", SENIOR_REASON, "競争への影響が大きい"));
        assertThat(pi).hasPassed("EndEvent_NotDesignated");
        assertThat(designationRepository.caseByProposalNumber(proposal).orElseThrow().competitionConcern()).isTrue();
    }

    /** Its timer executed early by an administrator over HTTP, the registry's row still changes on the change's day only. */
    @Test
    void lateChangeNoticeIsAcceptedMarkedLateAndUpdatesThePublicRecord() throws Exception {
        String proposal = designate(railwayOperator(1200, "MANUFACTURING_OTHER", 50_000_000_000L, 5000));
        Designation d = designationOf(proposal);
        // due 2 weeks before the change: a change on 2026-12-09 was due by 2026-11-25, one day before today
        var receipt = changeNotices.fileChangeNotice(PORTAL, d.corporateNumber(), ChangeNoticeService.ChangeKind.NAME, "新テスト鉄道株式会社（架空）",
                LocalDate.of(2026, 12, 9));
        assertThat(receipt.late()).isTrue();
        assertThat(receipt.dueBy()).isEqualTo(LocalDate.of(2026, 11, 25));
        String key = "CHANGE-" + jdbc.queryForObject("select id from operator_change_notice where designation_id = ?", String.class, d.id());
        var task = tasks.createTaskQuery().processInstanceBusinessKey(key).taskCandidateGroup("ministry-mlit").singleResult();
        assertThat((String) tasks.getVariable(task.getId(), LATE_NOTE))
                .contains("経済安全保障推進法第九十六条第六号の罰金", "第九十七条").doesNotContain("過料");
        DeployedForms.assertOnTaskForm(engine, task.getId(), Set.of(PUBLIC_RECORD_UPDATED_ON));
        tasks.complete(task.getId(), Map.of(PUBLIC_RECORD_UPDATED_ON, "2026-11-26"));
        // published now with its day; until that day the operator still bears its old name
        assertThat(designationRepository.notices(d.id())).anySatisfy(n -> assertThat(n.form()).isEqualTo(Notices.CHANGE_FORM));
        assertThat(designations.designation(d.id()).operatorName()).isEqualTo(d.operatorName());
        assertThat(instance(key)).isWaitingAt("TimerEvent_ChangeTakesEffect");
        var changeDay = management.createJobQuery().processInstanceId(instance(key).getId()).timers().singleResult();
        assertThat(changeDay.getDuedate()).isEqualTo(Date.from(LocalDate.of(2026, 12, 9).atStartOfDay(StatutoryPeriods.TOKYO).toInstant()));
        TimerJobs timers = new TimerJobs(new ApiClient(json, port), management);
        EngineClock.at("2026-12-08", LocalTime.of(23, 59));
        timers.assertRefusedBefore(changeDay, "2026-12-09");
        assertThat(designations.designation(d.id()).operatorName()).isEqualTo(d.operatorName());
        assertThat(instance(key)).isWaitingAt("TimerEvent_ChangeTakesEffect");
        assertThat(acts(key)).doesNotContain(LegalActType.REGISTRY_UPDATED);
        ClockUtil.setCurrentTime(changeDay.getDuedate());
        timers.executeOnItsDay(changeDay);
        assertThat(designations.designation(d.id()).operatorName()).isEqualTo("新テスト鉄道株式会社（架空）");
        assertThat(instance(key)).isNull();
        assertThat(acts(key)).containsSubsequence(LegalActType.CHANGE_NOTICE_RECEIVED,
                LegalActType.CHANGE_NOTICE_ACKNOWLEDGED, LegalActType.CHANGE_PUBLISHED, LegalActType.REGISTRY_UPDATED);
        assertThat(PdfText.of(NoticePictures.keep("CHANGE_PUBLICATION", document(key, "CHANGE_PUBLICATION"))))
                .contains("という。）第五十条第三項", "新テスト鉄道株式会社（架空）", "令和8年12月9日", "国土交通大臣見本三郎")
                .doesNotContain("経済安全保障推進法第");

        EngineClock.at("2026-11-26", LocalTime.NOON);
        var onTime = changeNotices.fileChangeNotice(PORTAL, d.corporateNumber(), ChangeNoticeService.ChangeKind.ADDRESS, "大阪府（架空）",
                LocalDate.of(2026, 12, 10));
        assertThat(onTime.late()).isFalse(); // due by 2026-11-26, today
    }

    @Test
    void operatorFallingBelowTheCriteriaMustBeRevoked() {
        String proposal = designate(railwayOperator(1300, "MANUFACTURING_OTHER", 50_000_000_000L, 5000));
        Designation d = designationOf(proposal);
        designationRepository.fileMeasures(d.operatorId(), "RAILWAY", List.of(new Measure("routeKm", null, BigDecimal.valueOf(800), null, null, "test")), "test");
        assertThat(revocations.reevaluate(d, "MEASURES_FILED")).isTrue();
        assertThat(revocations.reevaluate(d, "MEASURES_FILED")).as("one revocation per designation").isFalse();
        String key = "DESIGNATION-" + d.id();
        ProcessInstance revocation = instance(key);
        assertThat(revocation).isWaitingAt("Task_ConfirmRevocation");
        assertThatThrownBy(() -> complete(key, "Task_ConfirmRevocation", Map.of(REVOCATION_DECISION, "REVOKE",
                REVOKED_ON, "2026-11-25", REVOCATION_REASON, "x")))
                .hasStackTraceContaining("BadUserRequestException");
        // a forged designation day does not move the limit: the registry's designation day (2026-11-26) holds
        assertThatThrownBy(() -> completeWithForgedValues(key, "Task_ConfirmRevocation", Map.of(REVOCATION_DECISION, "REVOKE",
                REVOKED_ON, "2026-11-25", REVOCATION_REASON, "x", DESIGNATED_ON, "2020-01-01")))
                .hasStackTraceContaining("BadUserRequestException");
        complete(key, "Task_ConfirmRevocation", Map.of(REVOCATION_DECISION, "REVOKE", REVOKED_ON, "2026-11-26",
                REVOCATION_REASON, "営業キロが基準未満"));
        complete(key, "Task_PublishRevocation", Map.of(GAZETTE_PUBLISHED_ON, "2026-11-26", INTERNET_PUBLISHED_ON, "2026-11-26"));
        assertThat(revocation).hasPassed("EndEvent_Revoked").isEnded();
        assertThat(designations.designation(d.id()).revokedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(designationRepository.notices(d.id())).anySatisfy(n -> assertThat(n.contents()).contains("様式第三", "営業キロが基準未満",
                "経済安全保障推進法第五十一条前段", "【理由】", "【教示】", "国土交通大臣に対して審査請求", "国を被告として"));
        assertThat(sectors.isDesignated(d.operatorId(), "RAILWAY", LocalDate.of(2026, 11, 27))).isFalse();
        // the notice (様式第三) states the figure that ended the criteria, its source, and the official's reasons
        String issued = PdfText.of(NoticePictures.keep("REVOCATION_NOTICE", document(key, "REVOCATION_NOTICE")));
        assertThat(issued).contains("指定の基準に該当しなくなった", "路線の営業キロ程の合計（km）:800（出典:test）", "営業キロが基準未満",
                "令和8年11月26日", "【教示】").doesNotContain("経済安全保障推進法第");
    }

    /** Railway looks at the latest figures (FY2025 on 2026-11-26): 1,200 km two years ago does not keep the designation. */
    @Test
    void railwayOperatorMeetingTheCriterionOnlyInEarlierYearsMustBeRevoked() {
        String proposal = designate(railwayOperator(1300, "MANUFACTURING_OTHER", 50_000_000_000L, 5000));
        Designation d = designationOf(proposal);
        jdbc.update("delete from operator_measure where operator_id = ? and measure_code = 'routeKm'", d.operatorId());
        designationRepository.fileMeasures(d.operatorId(), "RAILWAY", List.of(
                new Measure("routeKm", 2025, BigDecimal.valueOf(900), null, null, "test"),
                new Measure("routeKm", 2024, BigDecimal.valueOf(1200), null, null, "test"),
                new Measure("routeKm", 2023, BigDecimal.valueOf(1200), null, null, "test")), "test");
        assertThat(revocations.reevaluate(d, "MEASURES_FILED")).isTrue();
        assertThat(instance("DESIGNATION-" + d.id())).isNotNull();
    }

    /** A table version that leaves its look-back open is refused, not read as "any of the last 3 years". */
    @Test
    void aCriteriaTableWithoutItsLookBackIsRefused() throws IOException {
        String amended = Files.readString(Path.of("bpmn/DesignationCriteriaRailway.dmn"), StandardCharsets.UTF_8)
                .replace("<text>1</text>", "<text></text>");
        var deployment = repository.createDeployment().name("open look-back")
                .addInputStream("bpmn/DesignationCriteriaRailway.dmn", new ByteArrayInputStream(amended.getBytes(StandardCharsets.UTF_8)))
                .deploy();
        try {
            assertThatThrownBy(() -> railwayOperator(1500, "MANUFACTURING_OTHER", 50_000_000_000L, 5000))
                    .hasStackTraceContaining("does not state its look-back");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void yearlyReviewRevokesOperatorsThatNoLongerMeetTheCriteria() {
        String proposal = designate(railwayOperator(1100, "MANUFACTURING_OTHER", 50_000_000_000L, 5000));
        Designation d = designationOf(proposal);
        designationRepository.fileMeasures(d.operatorId(), "RAILWAY", List.of(new Measure("routeKm", null, BigDecimal.valueOf(10), null, null, "test")), "test");
        var yearly = management.createJobQuery().processDefinitionKey("DesignationReviewSchedule").timers().singleResult();
        assertThat(yearly.getDuedate()).isEqualTo(Date.from(LocalDate.of(2027, 7, 1).atStartOfDay(StatutoryPeriods.TOKYO).toInstant()));
        management.executeJob(yearly.getId());
        assertThat(instance("DESIGNATION-" + d.id())).isNotNull();
    }

    @Test
    void anAmendedTableIsANewVersionAndEarlierEvaluationsKeepTheirs() throws IOException {
        String proposal = railwayOperator(1500, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        assertThat((String) runtime.getVariable(instance(proposal).getId(), CRITERIA_RULE_VERSION)).contains("第1版");
        String amended = Files.readString(Path.of("bpmn/DesignationCriteriaRailway.dmn"), StandardCharsets.UTF_8)
                .replace("&gt;= 1000", "&gt;= 2000").replace(">= 1000", ">= 2000");
        var deployment = repository.createDeployment().name("amendment")
                .addInputStream("bpmn/DesignationCriteriaRailway.dmn", new ByteArrayInputStream(amended.getBytes(StandardCharsets.UTF_8)))
                .deploy();
        try {
            String second = railwayOperator(1500, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
            assertThat(runtime.getVariable(instance(second).getId(), CRITERIA_MET)).isEqualTo(false);
            assertThat((String) runtime.getVariable(instance(second).getId(), CRITERIA_RULE_VERSION)).contains("第2版");
            assertThat(runtime.getVariable(instance(proposal).getId(), CRITERIA_MET)).isEqualTo(true);
            assertThat(jdbc.queryForList("select decision_version from decision_evaluation where case_number = ? and decision_key = ?",
                    Integer.class, proposal, "Decision_DesignationCriteriaRailway")).containsExactly(1);
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void anOfficialProposesFromTheTasklistStartForm() {
        String corporateNumber = TestBodies.corporateNumber(++serial);
        Map<String, Object> form = new java.util.HashMap<>(Map.of(PROPOSAL_NUMBER, "DES-FORM-" + serial, CORPORATE_NUMBER, corporateNumber,
                OPERATOR_NAME, "フォーム鉄道株式会社（架空）", OPERATOR_ADDRESS, "東京都（架空）", SECTOR_CODE, "RAILWAY",
                INDUSTRY, "MANUFACTURING_OTHER", CAPITAL_YEN, 50_000_000_000L, EMPLOYEES, 5000, PROPOSAL_REASON, "営業キロ"));
        form.put(CAPITAL_YEN, "x");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(DESIGNATION_PROCESS, form))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("資本金");
        assertThat(designationRepository.caseByProposalNumber("DES-FORM-" + serial)).isEmpty();

        form.put(CAPITAL_YEN, 50_000_000_000L);
        form.put(REPRESENTATIVE_TITLE, "代表取締役社長");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(DESIGNATION_PROCESS, form))
                .as("a title without a name").hasStackTraceContaining("BadUserRequestException").hasMessageContaining("代表者");
        form.put(REPRESENTATIVE_NAME, "架空　太郎");
        DeployedForms.assertOnStartForm(engine, DESIGNATION_PROCESS, form.keySet());
        ProcessInstance pi = runtime.startProcessInstanceByKey(DESIGNATION_PROCESS, form);
        assertThat(pi).isWaitingAt("Task_ReviewCandidate");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
                .isEqualTo("DES-FORM-" + serial);
        assertThat(sectors.operatorByCorporateNumber(corporateNumber)).isPresent();
        // the notices will name the representative (名あて)
        assertThat(designationRepository.representative(sectors.operatorByCorporateNumber(corporateNumber).orElseThrow().id()))
                .contains(new jp.espa.kikan.registry.Representative("代表取締役社長", "架空　太郎"));
        assertThat(tasks.getIdentityLinksForTask(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ministry-mlit"));
    }

    @Test
    void forgedCriteriaAndSmeVariablesInTheCompletionChangeNothing() {
        String below = railwayOperator(999, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        assertThatThrownBy(() -> completeWithForgedValues(below, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE",
                REVIEW_REASON, "x", CRITERIA_MET, true, SME, false)))
                .hasRootCauseMessage("指定基準に該当しない事業者は指定できません（経済安全保障推進法第五十条第一項）。");
        assertThat(instance(below)).isWaitingAt("Task_ReviewCandidate");

        String sme = railwayOperator(1200, "MANUFACTURING_OTHER", 300_000_000L, 1000);
        completeWithForgedValues(sme, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "基準に該当",
                SME, false, "needsSeniorReview", false));
        assertThat(instance(sme)).as("the SME status on record sends it to the senior review").isWaitingAt("Task_SeniorReview");
    }

    @Test
    void aReviewerOfAnotherMinistryCannotDecide() {
        String proposal = railwayOperator(1200, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        var task = tasks.createTaskQuery().processInstanceBusinessKey(proposal).singleResult();
        engine.getIdentityService().setAuthentication("meti-reviewer", List.of("ministry-meti"));
        try {
            // the engine refuses first: the task's candidate group holds TASK_WORK, other ministries nothing
            assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of(REVIEW_DECISION, "DESIGNATE", REVIEW_REASON, "x")))
                    .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        // and the service refuses whatever door the request came through
        assertThatThrownBy(() -> service.reviewCandidate(new Actor("meti-reviewer", Set.of("ministry-meti")), proposal, true, false, "x"))
                .isInstanceOf(jp.espa.kikan.platform.NotPermittedException.class);
        assertThat(instance(proposal)).isWaitingAt("Task_ReviewCandidate");
        assertThat(acts(proposal)).doesNotContain(LegalActType.CANDIDATE_REVIEWED);
    }

    @Test
    void ministryDeclinesARevocationStartedByWrongFiguresWithReasons() {
        String proposal = designate(railwayOperator(1300, "MANUFACTURING_OTHER", 50_000_000_000L, 5000));
        Designation d = designationOf(proposal);
        var measures = revocations.fileMeasures(MLIT, d.corporateNumber(), "RAILWAY",
                List.of(new Measure("routeKm", null, BigDecimal.valueOf(80), null, null, "誤記")));
        assertThat(measures.revocationStarted()).isTrue();
        String key = "DESIGNATION-" + d.id();
        complete(key, "Task_ConfirmRevocation", Map.of(REVOCATION_DECISION, "DECLINE", REVOCATION_REASON, "営業キロの誤記（正しくは1,300km）"));
        assertThat(instance(key)).isNull();
        assertThat(designations.designation(d.id()).revokedOn()).isNull();
        assertThat(acts(key)).containsSubsequence(LegalActType.MEASURES_FILED, LegalActType.REVOCATION_STARTED,
                LegalActType.REVOCATION_DECIDED, LegalActType.REVOCATION_DECLINED);
    }

    @Test
    void figuresComeFromTheCompetentMinistryOnly() {
        String proposal = designate(railwayOperator(1300, "MANUFACTURING_OTHER", 50_000_000_000L, 5000));
        Designation d = designationOf(proposal);
        List<Measure> measures = List.of(new Measure("routeKm", null, BigDecimal.valueOf(10), null, null, "x"));
        assertThatThrownBy(() -> revocations.fileMeasures(PORTAL, d.corporateNumber(), "RAILWAY", measures))
                .isInstanceOf(jp.espa.kikan.platform.NotPermittedException.class);
        assertThatThrownBy(() -> revocations.fileMeasures(new Actor("meti-reviewer", Set.of("ministry-meti")), d.corporateNumber(),
                "RAILWAY", measures)).isInstanceOf(jp.espa.kikan.platform.NotPermittedException.class);
        assertThat(instance("DESIGNATION-" + d.id())).isNull();
    }

    @Test
    void aProposalKeepsItsOwnSizeAndNeverRewritesTheOperatorsSize() {
        String first = railwayOperator(1200, "MANUFACTURING_OTHER", 50_000_000_000L, 5000);
        var firstCase = designationRepository.caseByProposalNumber(first).orElseThrow();
        designationRepository.recordSize(firstCase.operatorId(), firstCase.size()); // the size on record, as a first proposal leaves it
        var before = designationRepository.size(firstCase.operatorId());
        assertThat(before.employees()).isEqualTo(5000);
        String corporateNumber = jdbc.queryForObject("select corporate_number from operator where id = ?", String.class,
                firstCase.operatorId());
        String second = "DES-SIZE-" + (++serial);
        service.register(MLIT, new DesignationService.NewProposal(second, corporateNumber, "x", "x", "AIRPORT", "RETAIL",
                BigDecimal.ONE, 1, "小規模として提案", null, List.of()), "");
        assertThat(designationRepository.size(firstCase.operatorId())).isEqualTo(before);
        assertThat(designationRepository.caseByProposalNumber(first).orElseThrow().size()).isEqualTo(before);
        assertThat(designationRepository.caseByProposalNumber(second).orElseThrow().employees()).isEqualTo(1);
    }

    /** The document of a kind issued in a case, as kept. */
    private byte[] document(String caseNumber, String kind) {
        return jdbc.queryForObject("select content from document where procedure = 'DESIGNATION' and case_number = ? and kind = ?",
                byte[].class, caseNumber, kind);
    }
}
