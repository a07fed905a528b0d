package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.platform.StandardPeriods;
import jp.espa.kikan.registry.EmergencyCase;
import jp.espa.kikan.registry.ActContent.RecommendationDecision;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.support.DeployedForms;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reviews of equipment already introduced: emergency notifications and Art 55 recommendations, without the 30-day limit. */
class PostIntroductionReviewProcessTest extends ProcessTestSupport {

    static final String PROCESS = ScreeningVariables.POST_INTRODUCTION_REVIEW_PROCESS;

    @Autowired IdentityService identity;
    @Autowired StandardPeriods standardPeriods;


    @BeforeEach
    void now() {
        today("2026-11-26");
    }

    @AfterEach
    void logOut() {
        identity.clearAuthentication();
    }

    private ScreeningCaseRow notifyEmergency() {
        return service.fileEmergencyNotification(PORTAL, new EmergencyNotification(nextApplicationNumber("EMG"), TestPlans.RAILWAY_OPERATOR,
                "RAILWAY", "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 24),
                "運行管理サーバの故障により即日交換", EmergencyCase.SERVICE_DISRUPTED, TestPlans.content()));
    }

    @Test
    void emergencyNotificationWithoutConcernsIsClosed() {
        ScreeningCaseRow c = notifyEmergency();
        assertThat(c.kind()).isEqualTo(CaseKind.EMERGENCY_NOTIFICATION);
        assertThat(c.periodLastDay()).isNull();
        ProcessInstance review = runningInstance(PROCESS, c);
        assertThat(review).isWaitingAt("Task_ReviewEmergencyNotification");
        assertThat(runtime.getVariable(review.getId(), "introducedOn")).isEqualTo("2026-11-24");
        complete(c, "Task_ReviewEmergencyNotification", Map.of("concernsFound", false, "emergencyReviewReason", "同等品への交換"));
        assertThat(review).hasPassed("EndEvent_NoConcerns").isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.NO_CONCERNS);
    }

    @Test
    void emergencyNotificationWithConcernsLeadsToRecommendationAndOrderWithoutThePeriodLimit() {
        ScreeningCaseRow c = notifyEmergency();
        ProcessInstance review = runningInstance(PROCESS, c);
        complete(c, "Task_ReviewEmergencyNotification", Map.of("concernsFound", true, "emergencyReviewReason", "外国製ルータ"));
        assertThat(review).isWaitingAt("Task_DecideRecommendation");
        complete(c, "Task_DecideRecommendation", Map.of("recommend", true, "recommendationDecisionReason", "外国製ルータに既知の脆弱性"));
        assertThat(caseFile.latest(jp.espa.kikan.registry.Procedure.SCREENING, c.applicationNumber(), LegalActType.RECOMMENDATION_DECIDED)
                .orElseThrow().content(RecommendationDecision.class).provision()).isEqualTo("ACT_55_2");
        ProcessInstance recommendation = runningInstance("RecommendationProcess", c);
        assertThat(recommendation).isWaitingAt("Task_ConsultMinisters");
        today("2027-06-01"); // months later: Art 55 knows no 30-day limit
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2027-06-01", "consultedParties", "内閣総理大臣",
                "consultationSummary", "点検を勧告"));
        // after introduction the measures are those Art 55(2) names, not Art 52(6)'s change of the plan
        assertThatThrownBy(() -> complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2027-06-01",
                "recommendationDeliveredOn", "2027-06-01", "recommendationMeasures", "CHANGE_PLAN",
                "recommendationContent", "設備の点検"))).hasMessageContaining("導入後の勧告（法第55条）");
        complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2027-06-01",
                "recommendationDeliveredOn", "2027-06-01", "recommendationMeasures", "INSPECTION",
                "recommendationContent", "設備の点検"));
        assertThat(runtime.getVariable(recommendation.getId(), "replyDueOn")).isEqualTo("2027-06-10");
        fireTimer(c, "Event_ReplyPeriodExpired");
        // no period to extend after introduction (nor any extension step in the model since 2.5.0): on to the order
        assertThat(recommendation).isWaitingAt("Task_DecideOrder");
        complete(c, "Task_DecideOrder", Map.of("issueOrder", true,
                "orderContent", "設備の点検を命ずる", "orderDecisionReason", "回答なし"));
        // Art 56 applies to an order after introduction too: the order waits for its own consultation
        assertThat(recommendation).isWaitingAt("Task_ConsultOnOrder");
        today("2027-06-28");
        complete(c, "Task_ConsultOnOrder", Map.of("consultationDate", "2027-06-28", "consultedParties", "内閣総理大臣",
                "consultationSummary", "命令相当"));
        complete(c, "Task_IssueOrder", Map.of("orderIssuedOn", "2027-06-28", "orderDeliveredOn", "2027-06-28", "orderComplyBy", "2030-03-29",
                "orderContent", "設備の点検を命ずる"));
        assertThat(review).hasPassed("CallActivity_Recommendation").isEnded();
        assertThat(acts(c)).containsSubsequence(LegalActType.CONSULTATION, LegalActType.RECOMMENDATION,
                LegalActType.ORDER_CONSULTATION, LegalActType.ORDER);
        assertThat(reload(c).outcome()).isEqualTo(Outcome.ORDER_ISSUED);
    }

    @Test
    void ministryStartsAnArticle55ReviewOfAClosedCase() {
        ScreeningCaseRow c = file(TestPlans.introduction(nextApplicationNumber("A55"), LocalDate.of(2026, 11, 26)));
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "懸念なし"));
        assertThatThrownBy(() -> postIntroduction.startPostIntroductionReview(MLIT, file(TestPlans.introduction(nextApplicationNumber("A55"),
                LocalDate.of(2026, 11, 26))).id(), "x")).isInstanceOf(jp.espa.kikan.platform.ConflictException.class);
        assertThatThrownBy(() -> postIntroduction.startPostIntroductionReview(new Actor("meti-reviewer", Set.of("ministry-meti")), c.id(), "x"))
                .isInstanceOf(jp.espa.kikan.platform.NotFoundException.class);

        postIntroduction.startPostIntroductionReview(MLIT, c.id(), "国際情勢の変化");
        ProcessInstance review = runningInstance(PROCESS, c);
        assertThat(review).hasPassed("Task_RegisterReview").isWaitingAt("Task_DecideRecommendation");
        complete(c, "Task_DecideRecommendation", Map.of("recommend", true, "recommendationDecisionReason", "供給者の支配関係の変化"));
        ProcessInstance recommendation = runningInstance("RecommendationProcess", c);
        assertThat(recommendation).isWaitingAt("Task_ConsultMinisters");
        assertThat(caseShown(recommendation.getId(), "periodLastDay")).isNull();
        assertThat(caseShown(recommendation.getId(), "operatorName")).isNotBlank();
        assertThat(reload(c).status()).isEqualTo(CaseStatus.POST_INTRODUCTION_REVIEW);
        assertThat(acts(c)).contains(LegalActType.POST_INTRODUCTION_REVIEW_STARTED);
        // Art 55 knows no period: the old standstill (last day 2026-12-25) sets no limit; the step's standard period is due
        assertThat(task(c, "Task_ConsultMinisters").getDueDate()).isEqualTo(standardPeriods.due("Task_ConsultMinisters",
                task(c, "Task_ConsultMinisters").getCreateTime().toInstant()));
        today("2027-06-01");
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2027-06-01", "consultedParties", "内閣総理大臣",
                "consultationSummary", "点検を勧告"));
        complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2027-06-01",
                "recommendationDeliveredOn", "2027-06-01", "recommendationMeasures", "OTHER_MEASURES",
                "recommendationContent", "設備の点検"));
        assertThat(reload(c).status()).isEqualTo(CaseStatus.AWAITING_REPLY);
    }

    private ScreeningCaseRow introducedWithoutConcerns() {
        ScreeningCaseRow c = file(TestPlans.introduction(nextApplicationNumber("A55"), LocalDate.of(2026, 11, 26)));
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "懸念なし"));
        return c;
    }

    /** Art 55(1) lets the minister recommend ("することができる"): a review that finds no such risk ends without one. */
    @Test
    void anArticle55ReviewEndsWithoutARecommendationOnTheRecordWithItsReasons() {
        ScreeningCaseRow c = introducedWithoutConcerns();
        postIntroduction.startPostIntroductionReview(MLIT, c.id(), "供給者の親会社が外国政府の管理下に入ったとの報道");
        ProcessInstance review = runningInstance(PROCESS, c);
        assertThat(review).isWaitingAt("Task_DecideRecommendation");
        assertThat(task(c, "Task_DecideRecommendation").getName()).isEqualTo("勧告の要否の判断（法第55条）");
        today("2027-02-01");
        complete(c, "Task_DecideRecommendation", Map.of("recommend", false,
                "recommendationDecisionReason", "報道は事実でなく、供給者の支配関係に変化はない"));

        assertThat(review).hasPassed("Task_CloseNoRecommendation", "EndEvent_NoRecommendation").isEnded();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("RecommendationProcess")
                .processInstanceBusinessKey(c.applicationNumber()).count()).isZero();
        ScreeningCaseRow closed = reload(c);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(Outcome.NOT_RECOMMENDED);
        LegalAct decided = caseFile.latest(jp.espa.kikan.registry.Procedure.SCREENING, c.applicationNumber(),
                LegalActType.RECOMMENDATION_DECIDED).orElseThrow();
        assertThat(decided.decision()).isEqualTo("DO_NOT_RECOMMEND");
        assertThat(decided.actDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(decided.content(RecommendationDecision.class))
                .isEqualTo(new RecommendationDecision("ACT_55_1", "報道は事実でなく、供給者の支配関係に変化はない"));
        assertThat(acts(c)).endsWith(LegalActType.RECOMMENDATION_DECIDED, LegalActType.OUTCOME)
                .doesNotContain(LegalActType.CONSULTATION, LegalActType.RECOMMENDATION);
    }

    @Test
    void aDecisionNotToRecommendWithoutReasonsIsRefusedAndChangesNothing() {
        ScreeningCaseRow c = introducedWithoutConcerns();
        postIntroduction.startPostIntroductionReview(MLIT, c.id(), "国際情勢の変化");
        assertThatThrownBy(() -> completeWithForgedValues(c, "Task_DecideRecommendation", Map.of("recommend", false,
                "recommendationDecisionReason", " "))).hasMessageContaining("判断の理由");
        assertThat(runningInstance(PROCESS, c)).isWaitingAt("Task_DecideRecommendation");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.POST_INTRODUCTION_REVIEW);
        assertThat(acts(c)).doesNotContain(LegalActType.RECOMMENDATION_DECIDED);
    }

    /**
     * Release 2.0.0 of this model went from the emergency notification's review straight to the consultation. A case
     * waiting at that review when this release starts moves to this model and, with concerns, comes to the decision;
     * a case already in the consultation stays in it and finishes there.
     */
    @Test
    void casesOfTheEarlierModelFinishOnThisOne() throws java.io.IOException {
        var repository = engine.getRepositoryService();
        var legacy = withForms(repository.createDeployment().name("release 2.0.0"))
                .addInputStream("bpmn/PostIntroductionReviewProcess.bpmn",
                        getClass().getResourceAsStream("/legacy/PostIntroductionReviewProcess-2.0.0.bpmn"))
                .addInputStream("bpmn/RecommendationProcess.bpmn", getClass().getResourceAsStream("/bpmn/RecommendationProcess.bpmn"))
                .deploy();
        org.camunda.bpm.engine.repository.Deployment release = null;
        try {
            ScreeningCaseRow waiting = notifyEmergency();
            ScreeningCaseRow consulting = notifyEmergency();
            complete(consulting, "Task_ReviewEmergencyNotification", Map.of("concernsFound", true, "emergencyReviewReason", "外国製"));
            assertThat(runningInstance("RecommendationProcess", consulting)).isWaitingAt("Task_ConsultMinisters");

            release = withForms(repository.createDeployment().name("this release"))
                    .addInputStream("bpmn/PostIntroductionReviewProcess.bpmn",
                            getClass().getResourceAsStream("/bpmn/PostIntroductionReviewProcess.bpmn"))
                    .addInputStream("bpmn/RecommendationProcess.bpmn", getClass().getResourceAsStream("/bpmn/RecommendationProcess.bpmn"))
                    .deploy();
            upgrade.moveRunningCasesToTheLatestModels();
            String current = repository.createProcessDefinitionQuery().deploymentId(release.getId()).processDefinitionKey(PROCESS)
                    .singleResult().getId();

            ProcessInstance moved = runningInstance(PROCESS, waiting);
            assertThat(moved.getProcessDefinitionId()).isEqualTo(current);
            complete(waiting, "Task_ReviewEmergencyNotification", Map.of("concernsFound", true, "emergencyReviewReason", "外国製"));
            assertThat(moved).isWaitingAt("Task_DecideRecommendation");
            complete(waiting, "Task_DecideRecommendation", Map.of("recommend", false, "recommendationDecisionReason", "点検で問題なし"));
            assertThat(moved).isEnded();
            assertThat(reload(waiting).outcome()).isEqualTo(Outcome.NOT_RECOMMENDED);

            ProcessInstance inConsultation = runningInstance(PROCESS, consulting);
            assertThat(inConsultation.getProcessDefinitionId()).isEqualTo(current);
            complete(consulting, "Task_ConsultMinisters", Map.of("consultationDate", "2026-11-26", "consultedParties", "内閣総理大臣",
                    "consultationSummary", "点検を勧告"));
            complete(consulting, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2026-11-26",
                    "recommendationDeliveredOn", "2026-11-26", "recommendationMeasures", "OTHER_MEASURES",
                    "recommendationContent", "設備の点検"));
            operatorRequests.reply(PORTAL, consulting.id(), new OperatorRequests.Reply(true, null, "点検を実施する計画"));
            assertThat(inConsultation).hasPassed("CallActivity_Recommendation").isEnded();
            assertThat(reload(consulting).outcome()).isEqualTo(Outcome.RECOMMENDATION_ACCEPTED);
        } finally {
            repository.deleteDeployment(legacy.getId(), true);
            if (release != null) {
                repository.deleteDeployment(release.getId(), true);
            }
        }
    }

    @org.springframework.beans.factory.annotation.Autowired jp.espa.kikan.platform.RunningInstanceUpgrade upgrade;

    /** A deployment with every form, as ModelDeployment deploys them beside the models. */
    private static org.camunda.bpm.engine.repository.DeploymentBuilder withForms(
            org.camunda.bpm.engine.repository.DeploymentBuilder deployment) throws java.io.IOException {
        try (var forms = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
            for (var form : forms.toList()) {
                deployment.addString("forms/" + form.getFileName(), java.nio.file.Files.readString(form));
            }
        }
        return deployment;
    }

    @Test
    void tasklistStartRegistersAPaperEmergencyNotificationOfTheOfficialsOwnMinistry() {
        String number = nextApplicationNumber("PAPER");
        Map<String, Object> form = new HashMap<>(Map.of("trigger", "EMERGENCY_NOTIFICATION", "applicationNumber", number,
                "operatorCorporateNumber", TestPlans.RAILWAY_OPERATOR, "sectorCode", "RAILWAY",
                "equipmentCategoryCode", "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL", "outline", "運行管理サーバ",
                "introducedOn", "2026-11-25", "urgencyReason", "故障による緊急交換", "supplierName", "デモシステム株式会社"));
        form.putAll(Map.of("supplierAddress", "東京都（架空）", "supplierCountry", "JP", "supplierCorporateNumber", "5999901000003",
                "foreignGovernmentSalesShare", 0, "plantCountry", "JP", "emergencyCase", "SERVICE_DISRUPTION_THREATENED"));

        identity.setAuthentication("meti-reviewer", List.of("ministry-meti"));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, form))
                .hasStackTraceContaining("BadUserRequestException");
        assertThat(cases.findByApplicationNumber(number)).isEmpty();

        identity.setAuthentication("mlit-reviewer", List.of("ministry-mlit"));
        form.put("introducedOn", "2026-11-27"); // tomorrow: an introduction not yet made is no emergency notification
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, form))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("導入日");
        assertThat(cases.findByApplicationNumber(number)).isEmpty();
        form.put("introducedOn", "2026-11-25");
        DeployedForms.assertOnStartForm(engine, PROCESS, form.keySet());
        ProcessInstance review = runtime.startProcessInstanceByKey(PROCESS, form);
        identity.clearAuthentication(); // the assertions below query as the engine, not as the official
        ScreeningCaseRow c = cases.findByApplicationNumber(number).orElseThrow();
        assertThat(c.kind()).isEqualTo(CaseKind.EMERGENCY_NOTIFICATION);
        assertThat(c.submittedBy()).isEqualTo("mlit-reviewer");
        assertThat(review).isWaitingAt("Task_ReviewEmergencyNotification");
        assertThat(tasks.getIdentityLinksForTask(task(c, "Task_ReviewEmergencyNotification").getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ministry-mlit"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    @Test
    void tasklistStartOfAnUnknownCaseIsRefusedAndCreatesNothing() {
        identity.setAuthentication("mlit-reviewer", List.of("ministry-mlit"));
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("trigger", "SITUATION_CHANGE",
                "applicationNumber", "NO-SUCH-CASE", "reviewReason", "x")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("NO-SUCH-CASE");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
    }
}
