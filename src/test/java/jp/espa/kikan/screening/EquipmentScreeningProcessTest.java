package jp.espa.kikan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.ActContent.RecommendedMeasure;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.screening.OperatorRequests.Correction;
import jp.espa.kikan.screening.OperatorRequests.PlanChange;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.screening.PlanChangeClassifier.ChangeClass;
import jp.espa.kikan.platform.BeforeItsDayException;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of the screening (Art 52-54) on the real engine and registry. Plans are received on Thu 2026-11-26. */
class EquipmentScreeningProcessTest extends ProcessTestSupport {

    @org.springframework.beans.factory.annotation.Autowired ExtensionDuringRecommendation extension;

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 26);

    ScreeningCaseRow c;
    ProcessInstance screening;

    @BeforeEach
    void fileAPlan() {
        today("2026-11-26");
    }

    private void fileAndConfirmCompleteness() {
        c = file(TestPlans.introduction(nextApplicationNumber("SCR"), RECEIVED));
        screening = screening(c);
        assertThat(screening).isWaitingAt("Task_CheckCompleteness");
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        assertThat(screening).isWaitingAt("Task_ReviewPlan");
        c = reload(c);
    }

    @Test
    void planGetsStatutoryClocksAndReviewTaskDueOnTheLastDay() {
        fileAndConfirmCompleteness();
        assertThat(c.periodLastDay()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(c.extensionCap()).isEqualTo(LocalDate.of(2027, 3, 25));
        assertThat(task(c, "Task_ReviewPlan").getDueDate()).isEqualTo(tokyoStartOf("2026-12-26").toInstant().minusSeconds(1));
        // the card names the case; its last day and days left are counted where they are read (from the due date)
        assertThat(tasks.getVariablesLocal(task(c, "Task_ReviewPlan").getId())).containsOnlyKeys("taskCard");
        assertThat(timer(c, "BoundaryEvent_PeriodEnded").getDuedate()).isEqualTo(tokyoStartOf("2026-12-26"));
        assertThat(tasks.getIdentityLinksForTask(task(c, "Task_ReviewPlan").getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ministry-mlit"));
    }

    @Test
    void riskAssessmentRecordsFindingsAndRuleVersion() {
        fileAndConfirmCompleteness();
        assertThat(runtime.getVariable(screening.getId(), "riskLevel")).isEqualTo("高い");
        assertThat((String) runtime.getVariable(screening.getId(), "riskFindings"))
                .contains("Example Components Ltd.").contains("25%");
        assertThat((String) runtime.getVariable(screening.getId(), "riskRuleVersion")).startsWith("供給者等のリスク要因 第");
        assertThat(acts(c)).contains(LegalActType.RISK_ASSESSED);
        // officers' personal data never become process variables
        assertThat(runtime.getVariables(screening.getId()).values().toString()).doesNotContain("山田太郎").doesNotContain("A. Example");
    }

    @Test
    void anExemptionClaimedEndsTheCaseOnlyOnceTheMinistryConfirmsIt() {
        c = file(TestPlans.exempt(nextApplicationNumber("EXM"), RECEIVED));
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_ACCEPTANCE);
        assertThat(c.outcome()).isNull();
        screening = screening(c);
        assertThat(screening).isWaitingAt("Task_CheckExemption");
        assertThat(acts(c)).contains(LegalActType.EXEMPTION_CLAIMED);
        complete(c, "Task_CheckExemption", Map.of("exemptionConfirmed", true, "exemptionAssessment", "議決権の過半数を保有する子会社"));
        assertThat(screening).hasPassed("EndEvent_ExemptSupply").isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.EXEMPT);
        assertThat(acts(c)).containsSubsequence(LegalActType.EXEMPTION_CHECKED, LegalActType.OUTCOME);
    }

    @Test
    void anExemptionTheMinistryDoesNotConfirmIsScreenedAsAPlan() {
        c = file(TestPlans.exempt(nextApplicationNumber("EXN"), RECEIVED));
        screening = screening(c);
        complete(c, "Task_CheckExemption", Map.of("exemptionConfirmed", false, "exemptionAssessment", "支配関係が確認できない"));
        assertThat(screening).isWaitingAt("Task_CheckCompleteness");
        assertThat(reload(c).outcome()).isNull();
        assertThat(reload(c).status()).isEqualTo(CaseStatus.AWAITING_ACCEPTANCE);
    }

    @Test
    void aPlanThatNeededNoCorrectionIsAcceptedOnItsArrivalAndTheClocksCountFromThere() {
        c = file(TestPlans.introduction(nextApplicationNumber("ACC"), RECEIVED));
        screening = screening(c);
        assertThat(c.periodLastDay()).isNull();
        // no statutory period runs before 受理: the check is due at the end of its standard period (5 working days)
        assertThat(task(c, "Task_CheckCompleteness").getDueDate()).isEqualTo(tokyoStartOf("2026-12-03").toInstant().minusSeconds(1));
        assertThat(tasks.getVariable(task(c, "Task_CheckCompleteness").getId(), "acceptedOn")).isEqualTo("2026-11-26");
        today("2026-12-03");
        // never before arrival, never after the day of the check, and without a correction no later than arrival:
        // a formally complete notification is fulfilled when it arrives (行政手続法第37条)
        assertThatThrownBy(() -> complete(c, "Task_CheckCompleteness", Map.of("planComplete", true, "acceptedOn", "2026-11-25")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2026-11-26");
        assertThatThrownBy(() -> complete(c, "Task_CheckCompleteness", Map.of("planComplete", true, "acceptedOn", "2026-11-30")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("補正を要しなかった計画書")
                .hasMessageContaining("2026-11-26");
        assertThatThrownBy(() -> complete(c, "Task_CheckCompleteness", Map.of("planComplete", true, "acceptedOn", "2026-12-04")))
                .hasStackTraceContaining("BadUserRequestException");
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        ScreeningCaseRow accepted = reload(c);
        assertThat(accepted.acceptedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(accepted.periodLastDay()).isEqualTo(LocalDate.of(2026, 12, 25)); // day 30 counted from Thu 26 Nov
        assertThat(accepted.extensionCap()).isEqualTo(LocalDate.of(2027, 3, 25));
        assertThat(accepted.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(timer(c, "BoundaryEvent_PeriodEnded").getDuedate()).isEqualTo(tokyoStartOf("2026-12-26"));
        assertThat(task(c, "Task_ReviewPlan").getDueDate()).isEqualTo(tokyoStartOf("2026-12-26").toInstant().minusSeconds(1));
        assertThat(caseFile.latest(Procedure.SCREENING, c.applicationNumber(), LegalActType.ACCEPTANCE).orElseThrow().actDate())
                .isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void periodEndingWithoutRecommendationAllowsIntroduction() {
        fileAndConfirmCompleteness();
        fireTimer(c, "BoundaryEvent_PeriodEnded");
        assertThat(screening).hasPassed("EndEvent_PeriodEnded").isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.PERIOD_ENDED_NO_RECOMMENDATION);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void incompletePlanWaitsForTheCorrectedPlan() {
        c = file(TestPlans.introduction(nextApplicationNumber("COR"), RECEIVED));
        screening = screening(c);
        assertThatThrownBy(() -> complete(c, "Task_CheckCompleteness", Map.of("planComplete", false)))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("補正を求める事項");
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", false, "correctionRequest", "構成設備の供給者の住所を記載してください"));
        assertThat(screening).isWaitingAt("Event_PlanCorrected");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.AWAITING_CORRECTION);

        operatorRequests.correct(PORTAL, c.id(), new Correction("住所を追記", TestPlans.content()));
        assertThat(screening).isWaitingAt("Task_CheckCompleteness");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.AWAITING_ACCEPTANCE);
        assertThat(acts(c)).containsSubsequence(LegalActType.CORRECTION_REQUESTED, LegalActType.CORRECTION_RECEIVED);
    }

    @Test
    void noPeriodRunsWhileACorrectionIsOutstandingAndTheCorrectedPlanIsAcceptedInTurn() {
        c = file(TestPlans.introduction(nextApplicationNumber("CLK"), RECEIVED));
        screening = screening(c);
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", false, "correctionRequest", "供給者の設立国を記載してください"));
        // two months later: no timer exists, nothing lapsed into "introduction allowed"
        today("2027-01-29");
        assertThat(management.createJobQuery().timers().processInstanceId(screening.getId()).count()).isZero();
        assertThat(reload(c).status()).isEqualTo(CaseStatus.AWAITING_CORRECTION);
        assertThat(reload(c).periodLastDay()).isNull();
        operatorRequests.correct(PORTAL, c.id(), new Correction("設立国を追記", TestPlans.content()));
        assertThat(tasks.getVariable(task(c, "Task_CheckCompleteness").getId(), "correctionSummary")).isEqualTo("設立国を追記");
        // the first round's request does not come back as this round's answer
        assertThat(tasks.getVariable(task(c, "Task_CheckCompleteness").getId(), "correctionRequest")).isNull();
        assertThat(tasks.getVariable(task(c, "Task_CheckCompleteness").getId(), "planComplete")).isNull();
        today("2027-02-02");
        // proposed: the corrected plan's arrival (Fri 29 Jan); after a correction the official may state a later day
        assertThat(tasks.getVariable(task(c, "Task_CheckCompleteness").getId(), "acceptedOn")).isEqualTo("2027-01-29");
        assertThatThrownBy(() -> complete(c, "Task_CheckCompleteness", Map.of("planComplete", true, "acceptedOn", "2027-01-28")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2027-01-29");
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true, "acceptedOn", "2027-02-01"));
        assertThat(reload(c).acceptedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(reload(c).periodLastDay()).isEqualTo(LocalDate.of(2027, 3, 2)); // day 30 counted from Mon 1 Feb
        assertThat(reload(c).extensionCap()).isEqualTo(LocalDate.of(2027, 5, 31)); // the day before 1 Jun
        assertThat(timer(c, "BoundaryEvent_PeriodEnded").getDuedate()).isEqualTo(tokyoStartOf("2027-03-03"));
    }

    @Test
    void noConcernsClosesTheCaseAndMayShortenTheStandstill() {
        fileAndConfirmCompleteness();
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "国内供給者のみ",
                "shortenStandstill", true, "shortenedLastDay", "2026-12-01"));
        assertThat(screening).hasPassed("EndEvent_NoConcerns").isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.NO_CONCERNS);
        assertThat(reload(c).periodLastDay()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(acts(c)).contains(LegalActType.SHORTENING_NOTICE, LegalActType.OUTCOME);
        // the outcome is the act's decision, which the overview reads (not its text)
        assertThat(caseFile.acts(Procedure.SCREENING, c.applicationNumber()).stream()
                .filter(act -> act.actType() == LegalActType.OUTCOME).map(act -> act.decision()))
                .containsExactly(Outcome.NO_CONCERNS.name());
    }

    @Test
    void shorteningMustEndBeforeTheCurrentLastDay() {
        fileAndConfirmCompleteness();
        assertThatThrownBy(() -> complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "x",
                "shortenStandstill", true, "shortenedLastDay", "2026-12-25")))
                .hasStackTraceContaining("BadUserRequestException");
        assertThat(screening).isWaitingAt("Task_ReviewPlan");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.UNDER_REVIEW);
    }

    @Test
    void aConsultationBeforeThePlanArrivedIsRefused() {
        fileAndConfirmCompleteness();
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "外国政府の影響"));
        assertThatThrownBy(() -> complete(c, "Task_ConsultMinisters", Map.of("consultationDate", RECEIVED.minusDays(1).toString(),
                "consultedParties", "内閣総理大臣", "consultationSummary", "勧告相当")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("協議日は計画書の到達日（" + RECEIVED + "）以後");
        assertThat(acts(c)).doesNotContain(LegalActType.CONSULTATION);
    }

    @Test
    void extensionMovesTheDueDateAndThePeriodTimer() {
        fileAndConfirmCompleteness();
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "追加調査",
                "extendedLastDay", "2027-02-26"));
        assertThat(screening).hasPassed("Task_ExtendPeriod").isWaitingAt("Task_ReviewPlan");
        assertThat(task(c, "Task_ReviewPlan").getDueDate()).isEqualTo(tokyoStartOf("2027-02-27").toInstant().minusSeconds(1));
        // the next review starts empty: not "extend, 追加調査, 2027-02-26" again
        assertThat(tasks.getVariables(task(c, "Task_ReviewPlan").getId(), java.util.List.of("reviewDecision", "reviewReason",
                "extendedLastDay"))).isEmpty();
        assertThat(timer(c, "BoundaryEvent_PeriodEnded").getDuedate()).isEqualTo(tokyoStartOf("2027-02-27"));
        assertThat(reload(c).periodLastDay()).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(acts(c)).contains(LegalActType.EXTENSION_NOTICE);
    }

    @Test
    void anExtensionWhoseNoticeArrivesAfterThePeriodEndedIsRefusedAndTheDeliveryIsOnRecord() {
        fileAndConfirmCompleteness();
        today("2026-12-24"); // the period ends Fri 25 Dec
        assertThatThrownBy(() -> complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "追加調査",
                "extendedLastDay", "2027-02-26", "extensionNoticeDeliveredOn", "2026-12-26")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2026-12-25").hasMessageContaining("到達");
        assertThatThrownBy(() -> complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "追加調査",
                "extendedLastDay", "2027-02-26", "extensionNoticeDeliveredOn", "2026-12-23")))
                .as("not before the decision that issues it").hasStackTraceContaining("BadUserRequestException");
        assertThat(reload(c).periodLastDay()).isEqualTo(LocalDate.of(2026, 12, 25));
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "追加調査",
                "extendedLastDay", "2027-02-26", "extensionNoticeDeliveredOn", "2026-12-25"));
        ActContent.PeriodChange notice = caseFile.latest(Procedure.SCREENING, c.applicationNumber(),
                LegalActType.EXTENSION_NOTICE).orElseThrow().content(ActContent.PeriodChange.class);
        assertThat(notice).isEqualTo(new ActContent.PeriodChange(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 2, 26), "追加調査",
                LocalDate.of(2026, 12, 25)));
    }

    @Test
    void extensionBeyondFourMonthsFromReceiptIsRefused() {
        fileAndConfirmCompleteness();
        assertThatThrownBy(() -> complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "x",
                "extendedLastDay", "2027-03-26")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2027-03-25");
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "上限まで延長",
                "extendedLastDay", "2027-03-25"));
        assertThat(reload(c).periodLastDay()).isEqualTo(LocalDate.of(2027, 3, 25));
    }

    /** The display fields of a task's form, with the values Tasklist would show. */
    private Map<String, Object> shown(ScreeningCaseRow c, String taskKey) {
        String taskId = task(c, taskKey).getId();
        return tasks.getVariables(taskId, jp.espa.kikan.support.DeployedForms.fieldsOf(engine, taskId));
    }

    private ProcessInstance recommendAndIssue(String issuedOn) {
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "外国政府の影響"));
        ProcessInstance recommendation = runningInstance("RecommendationProcess", c);
        assertThat(recommendation).isWaitingAt("Task_ConsultMinisters");
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", issuedOn,
                "consultedParties", "内閣総理大臣、経済産業大臣", "consultationSummary", "勧告相当との意見"));
        complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", issuedOn,
                "recommendationDeliveredOn", issuedOn, "recommendationMeasures", "CHANGE_PLAN",
                "recommendationContent", "構成設備の供給者の変更"));
        assertThat(recommendation).isWaitingAt("Gateway_AwaitReply");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.AWAITING_REPLY);
        return recommendation;
    }

    @Test
    void acceptedRecommendationRecordsTheRevisedPlanAndClosesTheCase() {
        fileAndConfirmCompleteness();
        ProcessInstance recommendation = recommendAndIssue("2026-11-26");
        // delivered Thu 26 Nov: day 10 is Sat 5 Dec, so the reply is due Mon 7 Dec
        assertThat(runtime.getVariable(recommendation.getId(), "replyDueOn")).isEqualTo("2026-12-07");
        operatorRequests.reply(PORTAL, c.id(), new Reply(true, null, "供給者を国内企業に変更"));
        assertThat(recommendation).hasPassed("EndEvent_RecommendationAccepted").isEnded();
        assertThat(screening).isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.RECOMMENDATION_ACCEPTED);
        assertThat(acts(c)).containsSubsequence(LegalActType.CONSULTATION, LegalActType.RECOMMENDATION,
                LegalActType.REPLY, LegalActType.REVISED_PLAN, LegalActType.OUTCOME);
    }

    @Test
    void refusalWithoutJustifiableReasonLeadsToAnOrder() {
        fileAndConfirmCompleteness();
        ProcessInstance recommendation = recommendAndIssue("2026-11-26");
        operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
        // what the official weighs is on the form: the recommendation as issued, the answer and its reasons
        assertThat(shown(c, "Task_AssessRefusal")).containsEntry("recommendedMeasures", RecommendedMeasure.CHANGE_PLAN.labelJa())
                .containsEntry("recommendedContent", "構成設備の供給者の変更").containsEntry("replyAnswer", "応諾しない")
                .containsEntry("replyReasons", "費用が過大");
        complete(c, "Task_AssessRefusal", Map.of("refusalJustified", false, "refusalAssessment", "理由は正当でない"));
        assertThat(recommendation).isWaitingAt("Task_DecideOrder");
        assertThat(shown(c, "Task_DecideOrder")).containsEntry("recommendedMeasures", RecommendedMeasure.CHANGE_PLAN.labelJa())
                .containsEntry("recommendedContent", "構成設備の供給者の変更").containsEntry("replyAnswer", "応諾しない")
                .containsEntry("replyReasons", "費用が過大").containsEntry("refusalAssessment", "理由は正当でない");
        complete(c, "Task_DecideOrder", Map.of("issueOrder", true,
                "orderContent", "構成設備の供給者の変更を命ずる", "orderDecisionReason", "勧告に従わない"));
        // no opportunity to explain before an order: Art 88 sets APA Chapter 3 aside for it; next is the consultation
        assertThat(recommendation).isWaitingAt("Task_ConsultOnOrder");
        assertThat(acts(c)).doesNotContain(LegalActType.OPPORTUNITY_TO_EXPLAIN);
        assertThat(task(c, "Task_ConsultOnOrder").getDueDate()).isEqualTo(tokyoStartOf("2026-12-26").toInstant().minusSeconds(1));
        complete(c, "Task_ConsultOnOrder", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣、経済産業大臣", "consultationSummary", "命令相当との意見"));
        // the order as decided, shown and proposed as the content, though the order's own form edits orderContent
        assertThat(shown(c, "Task_IssueOrder")).containsEntry("orderDraft", "構成設備の供給者の変更を命ずる")
                .containsEntry("orderContent", "構成設備の供給者の変更を命ずる")
                .containsEntry("recommendedMeasures", RecommendedMeasure.CHANGE_PLAN.labelJa());
        complete(c, "Task_IssueOrder", Map.of("orderIssuedOn", "2026-11-26", "orderDeliveredOn", "2026-11-26", "orderComplyBy", "2030-03-29",
                "orderContent", "構成設備の供給者の変更を命ずる"));
        assertThat(recommendation).hasPassed("EndEvent_OrderIssued").isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.ORDER_ISSUED);
        assertThat(acts(c)).containsSubsequence(LegalActType.ORDER_DECIDED, LegalActType.ORDER_CONSULTATION, LegalActType.ORDER);

        // the order on record states its one ground, the facts that led to it, why the reasons fail, and its last day
        ActContent.Order order = caseFile.latest(Procedure.SCREENING, c.applicationNumber(), LegalActType.ORDER).orElseThrow()
                .content(ActContent.Order.class);
        assertThat(order.ground()).isEqualTo(ActContent.OrderGround.NOT_ACCEPTED_WITHOUT_JUSTIFIABLE_REASON);
        assertThat(order.facts()).contains("令和8年11月26日、貴社に対し、導入等計画書の内容の変更（構成設備の供給者の変更）を勧告し",
                "応諾しない旨及びその理由として「費用が過大」を通知した");
        assertThat(order.reasons()).contains("正当な理由とは認められない", "理由は正当でない");
        assertThat(order.complyBy()).isEqualTo(LocalDate.of(2030, 3, 29));
        assertThat(order.deliveredOn()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void anOrderFollowsItsDecisionAndItsConsultationWithNoOpportunityToExplainBetween() {
        fileAndConfirmCompleteness();
        recommendAndIssue("2026-11-26");
        operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
        complete(c, "Task_AssessRefusal", Map.of("refusalJustified", false, "refusalAssessment", "理由は正当でない"));
        today("2026-11-30");
        complete(c, "Task_DecideOrder", Map.of("issueOrder", true, "orderContent", "導入の中止を命ずる", "orderDecisionReason", "x"));
        today("2026-12-08");
        assertThatThrownBy(() -> complete(c, "Task_ConsultOnOrder", Map.of("consultationDate", "2026-11-27",
                "consultedParties", "内閣総理大臣", "consultationSummary", "異議なし")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2026-11-30");
        complete(c, "Task_ConsultOnOrder", Map.of("consultationDate", "2026-12-01",
                "consultedParties", "内閣総理大臣", "consultationSummary", "異議なし"));
        assertThatThrownBy(() -> complete(c, "Task_IssueOrder", Map.of("orderIssuedOn", "2026-11-30",
                "orderDeliveredOn", "2026-11-30", "orderComplyBy", "2030-03-29", "orderContent", "導入の中止を命ずる")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2026-12-01");
        complete(c, "Task_IssueOrder", Map.of("orderIssuedOn", "2026-12-01", "orderDeliveredOn", "2026-12-02", "orderComplyBy", "2030-03-29",
                "orderContent", "導入の中止を命ずる"));
        assertThat(reload(c).outcome()).isEqualTo(Outcome.ORDER_ISSUED);
        assertThat(acts(c)).containsSubsequence(LegalActType.ORDER_DECIDED, LegalActType.ORDER_CONSULTATION, LegalActType.ORDER)
                .doesNotContain(LegalActType.OPPORTUNITY_TO_EXPLAIN);
    }

    @Test
    void aReplyAfterItsLastDayIsLateEvenBeforeTheTimerFires() {
        fileAndConfirmCompleteness();
        ProcessInstance recommendation = recommendAndIssue("2026-11-26"); // reply due Mon 7 Dec
        today("2026-12-08");
        assertThat(operatorRequests.reply(PORTAL, c.id(), new Reply(true, null, "供給者を変更する"))).isTrue();
        assertThat(acts(c)).contains(LegalActType.LATE_REPLY).doesNotContain(LegalActType.REPLY);
        assertThat(recommendation).isWaitingAt("Gateway_AwaitReply");
        assertThat(reload(c).outcome()).isNull();
    }

    @Test
    void anEndedPeriodCannotBeExtendedBeforeItsTimerFires() {
        fileAndConfirmCompleteness();
        today("2026-12-26"); // the last day was 25 Dec; the timer is due but not yet fired
        assertThatThrownBy(() -> complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "x",
                "extendedLastDay", "2027-01-29")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2026-12-25");
        assertThat(reload(c).periodLastDay()).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void anOrderDeliveredAfterTheLastDayIsRefused() {
        fileAndConfirmCompleteness();
        today("2026-12-09"); // the last day that leaves the reply and a week for the order within the period
        recommendAndIssue("2026-12-09");
        operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
        complete(c, "Task_AssessRefusal", Map.of("refusalJustified", false, "refusalAssessment", "理由は正当でない"));
        complete(c, "Task_DecideOrder", Map.of("issueOrder", true, "orderContent", "導入の中止を命ずる", "orderDecisionReason", "x"));
        complete(c, "Task_ConsultOnOrder", Map.of("consultationDate", "2026-12-09",
                "consultedParties", "内閣総理大臣", "consultationSummary", "異議なし"));
        today("2026-12-26"); // the period-end timer is due but not yet fired
        assertThatThrownBy(() -> complete(c, "Task_IssueOrder", Map.of("orderIssuedOn", "2026-12-25",
                "orderDeliveredOn", "2026-12-26", "orderComplyBy", "2030-03-29", "orderContent", "導入の中止を命ずる")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2026-12-25");
        assertThat(acts(c)).doesNotContain(LegalActType.ORDER);
    }

    /** The extension during a recommendation is an action on the case (ExtensionDuringRecommendation), not a task. */
    @Test
    void theRecommendationStepsAreDueOnTheLastDayAndThePeriodIsExtendedByAnActionOnTheCase() {
        fileAndConfirmCompleteness();
        ProcessInstance recommendation = recommendAndIssue("2026-11-26");
        // no standing extension task in the worklist: while the operator may reply, no official's task is open
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.applicationNumber()).count()).isZero();
        operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
        assertThat(task(c, "Task_AssessRefusal").getDueDate()).isEqualTo(tokyoStartOf("2026-12-26").toInstant().minusSeconds(1));
        assertThatThrownBy(() -> extension.extend(MLIT, c.id(), extensionTo("2027-03-26", "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2027-03-25");
        assertThat(extension.extend(MLIT, c.id(), extensionTo("2027-01-29", "命令の要否の検討")).periodLastDay())
                .isEqualTo(LocalDate.of(2027, 1, 29));
        assertThat(reload(c).periodLastDay()).isEqualTo(LocalDate.of(2027, 1, 29));
        assertThat(timer(c, "BoundaryEvent_PeriodEnded").getDuedate()).isEqualTo(tokyoStartOf("2027-01-30"));
        assertThat(task(c, "Task_AssessRefusal").getDueDate()).isEqualTo(tokyoStartOf("2027-01-30").toInstant().minusSeconds(1));
        assertThat(caseShown(screening.getId(), "periodLastDay")).isEqualTo("2027-01-29");
        assertThat(caseShown(recommendation.getId(), "periodLastDay")).isEqualTo("2027-01-29");
        // the cap still leaves room: the ministry may extend again, up to the cap and no further
        extension.extend(MLIT, c.id(), extensionTo("2027-03-25", "上限まで"));
        assertThatThrownBy(() -> extension.extend(MLIT, c.id(), extensionTo("2027-03-25", "再度")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("2027-03-25");
        assertThat(acts(c)).containsSubsequence(LegalActType.EXTENSION_DECIDED, LegalActType.EXTENSION_NOTICE,
                LegalActType.EXTENSION_DECIDED, LegalActType.EXTENSION_NOTICE);
    }

    private static ExtensionDuringRecommendation.Request extensionTo(String lastDay, String reason) {
        return new ExtensionDuringRecommendation.Request(LocalDate.parse(lastDay), null, reason);
    }

    @Test
    void refusalWithJustifiableReasonEndsWithoutOrder() {
        fileAndConfirmCompleteness();
        ProcessInstance recommendation = recommendAndIssue("2026-11-26");
        operatorRequests.reply(PORTAL, c.id(), new Reply(false, "代替品が存在しない", null));
        complete(c, "Task_AssessRefusal", Map.of("refusalJustified", true, "refusalAssessment", "正当な理由あり"));
        assertThat(recommendation).hasPassed("EndEvent_RefusalJustified").isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.REFUSAL_JUSTIFIED);
    }

    /**
     * An administrator executes the reply's timer and the period's timer on their last days (POST
     * /engine-rest/job/{id}/execute): both refused, the case as it was. The order for want of a reply cannot be weighed
     * before the reply period has lapsed (Art 52(7), (10)); the operator's reply on its last day is in time; the
     * standstill ends the day after its last day (Art 52(3)).
     */
    @Test
    void timersExecutedEarlyByAnAdministratorWaitForTheirDays() throws Exception {
        fileAndConfirmCompleteness(); // period's last day Fri 25 Dec
        ProcessInstance recommendation = recommendAndIssue("2026-11-26"); // reply due Mon 7 Dec
        today("2026-12-07");
        List<LegalActType> before = acts(c);
        timerJobs().assertRefusedBefore(timer(c, "Event_ReplyPeriodExpired"), "2026-12-08");
        timerJobs().assertRefusedBefore(timer(c, "BoundaryEvent_PeriodEnded"), "2026-12-26");
        assertThat(recommendation).isWaitingAt("Gateway_AwaitReply");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.AWAITING_REPLY);
        assertThat(acts(c)).isEqualTo(before);
        assertThatThrownBy(() -> service.decideOrder(MLIT, c.applicationNumber(), false, null, "回答なし"))
                .isInstanceOf(BeforeItsDayException.class).hasMessageContaining("2026-12-08以降", "法第52条第7項");
        assertThat(acts(c)).isEqualTo(before);

        assertThat(operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null))).isFalse();
        assertThat(recommendation).isWaitingAt("Task_AssessRefusal");
        assertThat(acts(c)).contains(LegalActType.REPLY);

        today("2026-12-25");
        timerJobs().assertRefusedBefore(timer(c, "BoundaryEvent_PeriodEnded"), "2026-12-26");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.ORDER_UNDER_CONSIDERATION);
        today("2026-12-26");
        timerJobs().executeOnItsDay(timer(c, "BoundaryEvent_PeriodEnded"));
        assertThat(screening).isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.PERIOD_ENDED_NO_ORDER);
    }

    @Test
    void noReplyByTheDueDateLeadsToTheOrderDecision() {
        fileAndConfirmCompleteness();
        ProcessInstance recommendation = recommendAndIssue("2026-11-26");
        assertThat(timer(c, "Event_ReplyPeriodExpired").getDuedate()).isEqualTo(tokyoStartOf("2026-12-08"));
        fireTimer(c, "Event_ReplyPeriodExpired");
        assertThat(recommendation).isWaitingAt("Task_DecideOrder");
        // a reply after its last day is recorded as late for the order decision; it moves nothing
        assertThat(operatorRequests.reply(PORTAL, c.id(), new Reply(true, null, "供給者を変更する"))).isTrue();
        assertThat(acts(c)).contains(LegalActType.LATE_REPLY).doesNotContain(LegalActType.REPLY);
        assertThat(recommendation).isWaitingAt("Task_DecideOrder");
        // the open order decision shows that no reply came in time, and the late one with its content
        assertThat(shown(c, "Task_DecideOrder")).containsEntry("replyAnswer", "回答期限までに回答なし")
                .containsEntry("recommendedContent", "構成設備の供給者の変更")
                .hasEntrySatisfying("lateReply", late -> assertThat((String) late).contains("2026-12-07", "応諾する", "供給者を変更する"));
        complete(c, "Task_DecideOrder", Map.of("issueOrder", false, "orderDecisionReason", "自主的な改善を確認"));
        assertThat(recommendation).hasPassed("EndEvent_NoOrder").isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.NO_ORDER);
    }

    @Test
    void recommendationLateInThePeriodMakesTheOfficialDecideOnExtensionFirst() {
        fileAndConfirmCompleteness();
        // a reply to a recommendation delivered today would be due Mon 21 Dec, before the last day 2026-12-25, but
        // the order could not be decided, consulted on (Art 56) and delivered in the 4 days left (7 configured)
        today("2026-12-12");
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "懸念あり"));
        assertThat(screening).isWaitingAt("Task_DecideExtensionFirst");
        // delivered Wed 9 Dec: reply due Fri 18 Dec, 7 days before the last day
        assertThat(runtime.getVariable(screening.getId(), "latestRecommendationDayForOrder")).isEqualTo("2026-12-09");
        complete(c, "Task_DecideExtensionFirst", Map.of("extensionFirstDecision", "EXTEND",
                "extensionFirstReason", "回答と命令の期間を確保", "extendedLastDay", "2027-02-26"));
        assertThat(screening).isWaitingAt("Task_ReviewPlan");
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "懸念あり"));
        assertThat(runningInstance("RecommendationProcess", c)).isWaitingAt("Task_ConsultMinisters");
    }

    @Test
    void periodEndingAfterARecommendationLeavesNoRoomForAnOrder() {
        fileAndConfirmCompleteness();
        today("2026-12-20");
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "懸念あり"));
        complete(c, "Task_DecideExtensionFirst", Map.of("extensionFirstDecision", "RECOMMEND_ANYWAY",
                "extensionFirstReason", "早期に是正を求める"));
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2026-12-20",
                "consultedParties", "内閣総理大臣", "consultationSummary", "異議なし"));
        today("2026-12-21");
        complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2026-12-21",
                "recommendationDeliveredOn", "2026-12-21", "recommendationMeasures", "STOP_INTRODUCTION",
                "recommendationContent", "導入の中止"));
        // reply due 2027-01-04 lies after the last day 2026-12-25: the period ends first
        fireTimer(c, "BoundaryEvent_PeriodEnded");
        assertThat(screening).hasPassed("EndEvent_PeriodEnded").isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.PERIOD_ENDED_NO_ORDER);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.applicationNumber()).count()).isZero();
    }

    @Test
    void recommendationAfterTheLastDayIsRefused() {
        fileAndConfirmCompleteness();
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "RECOMMEND", "reviewReason", "懸念あり"));
        complete(c, "Task_ConsultMinisters", Map.of("consultationDate", "2026-11-26",
                "consultedParties", "内閣総理大臣", "consultationSummary", "異議なし"));
        today("2026-12-26"); // the period-end timer is due but not yet fired
        assertThatThrownBy(() -> complete(c, "Task_IssueRecommendation", Map.of("recommendationIssuedOn", "2026-12-26",
                "recommendationDeliveredOn", "2026-12-26", "recommendationMeasures", "CHANGE_PLAN",
                "recommendationContent", "x")))
                .hasStackTraceContaining("BadUserRequestException").hasMessageContaining("2026-12-25");
        fireTimer(c, "BoundaryEvent_PeriodEnded");
        assertThat(screening).hasPassed("EndEvent_PeriodEnded").isEnded();
        assertThat(reload(c).outcome()).isEqualTo(Outcome.PERIOD_ENDED_NO_RECOMMENDATION);
    }

    @Test
    void importantChangeRestartsTheReviewWithNewClocks() {
        fileAndConfirmCompleteness();
        today("2026-12-01");
        var result = operatorRequests.change(PORTAL, c.id(), new PlanChange(List.of("SUPPLIER_NAME"), "供給者の変更", TestPlans.content()));
        assertThat(result.changeClass()).isEqualTo(ChangeClass.IMPORTANT);
        assertThat(result.reviewRestarted()).isTrue();
        assertThat(screening).hasPassed("Task_RestartReview").isWaitingAt("Task_CheckCompleteness");
        ScreeningCaseRow restarted = reload(c);
        assertThat(restarted.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(restarted.status()).isEqualTo(CaseStatus.AWAITING_ACCEPTANCE);
        assertThat(restarted.periodLastDay()).isNull();
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
        restarted = reload(c);
        assertThat(restarted.acceptedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(restarted.periodLastDay()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(restarted.extensionCap()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(timer(c, "BoundaryEvent_PeriodEnded").getDuedate()).isEqualTo(tokyoStartOf("2026-12-31"));
        assertThat(acts(c)).containsSubsequence(LegalActType.IMPORTANT_CHANGE, LegalActType.REVIEW_RESTARTED);
    }

    @Test
    void minorChangeIsOnlyRecorded() {
        fileAndConfirmCompleteness();
        var result = operatorRequests.change(PORTAL, c.id(), new PlanChange(List.of("SUPPLIER_ADDRESS_SAME_COUNTRY"), "本店移転（国内）", null));
        assertThat(result.changeClass()).isEqualTo(ChangeClass.MINOR);
        assertThat(result.reviewRestarted()).isFalse();
        assertThat(screening).isWaitingAt("Task_ReviewPlan");
        assertThat(reload(c).receivedOn()).isEqualTo(RECEIVED);
        assertThat(acts(c)).contains(LegalActType.MINOR_CHANGE).doesNotContain(LegalActType.REVIEW_RESTARTED);
    }

    /** A country change of the contractor after the entrustment: out of the important list (its parenthetical), reported. */
    @Test
    void aChangeTheListsLeaveOutIsReportedWithTheProvisionOnRecord() {
        fileAndConfirmCompleteness();
        var result = operatorRequests.change(PORTAL, c.id(), new PlanChange(List.of("CONTRACTOR_COUNTRY_AFTER_ENTRUSTMENT",
                "SUPPLIER_SHAREHOLDING_RATIO"), "委託先の設立準拠法国の変更", null));
        assertThat(result.changeClass()).isEqualTo(ChangeClass.REPORT);
        assertThat(result.items()).extracting(i -> i.provision()).containsExactly(
                "省令第二十三条第一項第六号括弧書（総務省令は第二十四条第一項第六号括弧書）",
                "省令第二十四条第一号ロ（総務省令は第二十五条第一号ロ）");
        assertThat(result.reviewRestarted()).isFalse();
        assertThat(screening).isWaitingAt("Task_ReviewPlan");
        assertThat(caseFile.latest(Procedure.SCREENING, c.applicationNumber(), LegalActType.REPORTED_CHANGE).orElseThrow().text())
                .contains("CONTRACTOR_COUNTRY_AFTER_ENTRUSTMENT (その他の変更（法第五十四条第四項: 遅滞なく報告）、省令第二十三条第一項第六号括弧書");
        // the catch-all code of the old table named no party; the ordinances classify per party
        assertThatThrownBy(() -> operatorRequests.change(PORTAL, c.id(), new PlanChange(List.of("ADDRESS_SAME_COUNTRY"), "x", null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("items[0]");
    }

    @Test
    void importantChangeNeedsThePlanAndUnknownItemsAreNamed() {
        fileAndConfirmCompleteness();
        assertThatThrownBy(() -> operatorRequests.change(PORTAL, c.id(), new PlanChange(List.of("SUPPLIER_COUNTRY"), "x", null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("plan");
        assertThatThrownBy(() -> operatorRequests.change(PORTAL, c.id(), new PlanChange(List.of("OTHER", "COLOUR"), "x", null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("items[1]");
        assertThat(screening).isWaitingAt("Task_ReviewPlan");
    }

    private String historicId(ScreeningCaseRow c) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(c.applicationNumber()).singleResult().getId();
    }

    @Test
    void forgedClocksIdsAndDatesInACompletionChangeNothing() {
        fileAndConfirmCompleteness();
        ScreeningCaseRow other = file(TestPlans.introduction(nextApplicationNumber("OTHER"), RECEIVED));
        // a forged cap does not let the extension pass the 4 months counted from receipt (the registry's cap holds)
        assertThatThrownBy(() -> completeWithForgedValues(c, "Task_ReviewPlan", Map.of("reviewDecision", "EXTEND", "reviewReason", "x",
                "extendedLastDay", "2027-06-01", "extensionCap", "2027-12-31", "periodLastDay", "2027-12-31")))
                .hasMessageContaining("2027-03-25");
        // another case's id sent along closes nothing but this process's own case
        completeWithForgedValues(c, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "懸念なし", "caseId", other.id().toString(),
                "applicationNumber", other.applicationNumber()));
        assertThat(reload(c).outcome()).isEqualTo(Outcome.NO_CONCERNS);
        assertThat(reload(other).status()).isEqualTo(CaseStatus.AWAITING_ACCEPTANCE);
        assertThat(acts(other)).doesNotContain(LegalActType.OUTCOME);
    }

    @Test
    void anOrderCannotBeBackDatedByAForgedRecommendationDay() {
        fileAndConfirmCompleteness();
        today("2026-12-01");
        ProcessInstance recommendation = recommendAndIssue("2026-12-01");
        operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
        complete(c, "Task_AssessRefusal", Map.of("refusalJustified", false, "refusalAssessment", "理由は正当でない"));
        complete(c, "Task_DecideOrder", Map.of("issueOrder", true, "orderContent", "命令", "orderDecisionReason", "x"));
        completeWithForgedValues(c, "Task_ConsultOnOrder", Map.of("consultationDate", "2026-12-01",
                "consultedParties", "内閣総理大臣", "consultationSummary", "異議なし", "recommendationIssuedOn", "2026-11-26"));
        assertThatThrownBy(() -> completeWithForgedValues(c, "Task_IssueOrder", Map.of("orderIssuedOn", "2026-11-27",
                "orderDeliveredOn", "2026-11-27", "orderComplyBy", "2030-03-29", "orderContent", "命令", "recommendationIssuedOn", "2026-11-26")))
                .hasMessageContaining("2026-12-01");
        assertThat(recommendation).isWaitingAt("Task_IssueOrder");
        assertThat(acts(c)).doesNotContain(LegalActType.ORDER);
    }

    @Test
    void noPersonalDataReachesTheEngineOrItsHistory() {
        fileAndConfirmCompleteness();
        complete(c, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS", "reviewReason", "懸念なし"));
        String history = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(screening.getId()).list().stream().map(v -> String.valueOf(v.getValue())).toList().toString()
                + engine.getHistoryService().createHistoricDetailQuery().processInstanceId(screening.getId()).variableUpdates().list()
                        .stream().map(d -> String.valueOf(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getValue())).toList();
        // officers, representatives and voting-right holders (who may be natural persons) stay in the registry
        assertThat(history).contains("Example Components Ltd.")
                .doesNotContain("山田太郎").doesNotContain("A. Example").doesNotContain("Example Holdings").doesNotContain("1970-01-01");
        assertThat(jdbc.queryForList("select inputs from decision_evaluation where case_number = ?", String.class,
                c.applicationNumber()).toString()).doesNotContain("山田太郎").doesNotContain("Example Holdings");
    }

    @Test
    void displayCopiesHaveNoEngineHistoryWhatOfficialsSubmitKeepsItsFullHistory() {
        c = file(TestPlans.introduction(nextApplicationNumber("SCR"), RECEIVED));
        screening = screening(c);
        // 受理の日: proposed as a display value, submitted by the official on the completeness check
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true, "acceptedOn", RECEIVED.toString()));
        var history = engine.getHistoryService();
        String instance = screening.getId();
        // the display copy and the task card: on the case while it runs, never written to the engine's history
        assertThat(caseShown(instance, "planSummary")).contains("Example Components Ltd.");
        assertThat(caseShown(instance, "acceptedOn")).isEqualTo(RECEIVED.toString());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).taskVariableValueLike(
                "taskCard", c.applicationNumber() + "\u3000%").count()).isOne();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list().stream()
                .map(v -> v.getName())).contains("planComplete", "acceptedOn")
                .doesNotContain("case", "planSummary", "taskCard");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list().stream()
                .map(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()))
                .contains("planComplete", "acceptedOn").doesNotContain("case", "planSummary", "taskCard");
    }

    @org.springframework.beans.factory.annotation.Autowired CaseObjectBackfill caseObjectBackfill;

    @Test
    void aCaseOfAnEarlierReleaseGetsItsCaseObjectInPlaceOfItsDisplayVariablesOnce() {
        c = file(TestPlans.introduction(nextApplicationNumber("SCR"), RECEIVED));
        screening = screening(c);
        complete(c, "Task_CheckCompleteness", Map.of("planComplete", true, "acceptedOn", RECEIVED.toString()));
        String instance = screening.getId();
        // as an earlier release left it: a variable per fact, no object
        runtime.removeVariable(instance, "case");
        runtime.setVariables(instance, Map.of("planSummary", "旧版の概要", "operatorName", "旧版の事業者",
                "periodLastDay", "2026-12-25", "receivedOn", RECEIVED.toString()));

        caseObjectBackfill.showTheCaseObjectOnCasesOfEarlierReleases();

        assertThat(caseShown(instance, "periodLastDay")).isEqualTo("2026-12-25"); // from the registry
        assertThat(caseShown(instance, "planSummary")).contains("Example Components Ltd.");
        assertThat(runtime.getVariables(instance)).doesNotContainKeys("planSummary", "operatorName", "periodLastDay", "receivedOn");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("planSummary").count()).isZero();
        Object object = runtime.getVariable(instance, "case");
        caseObjectBackfill.showTheCaseObjectOnCasesOfEarlierReleases(); // once only
        assertThat(runtime.getVariable(instance, "case").toString()).isEqualTo(object.toString());
    }

    @org.springframework.beans.factory.annotation.Autowired jp.espa.kikan.platform.RunningInstanceUpgrade upgrade;

    @Test
    void aCaseRunningOnAnEarlierModelMovesToTheNewOneAndGoesOn() throws java.io.IOException {
        c = file(TestPlans.introduction(nextApplicationNumber("UPG"), RECEIVED));
        String before = screening(c).getProcessDefinitionId();
        String model = new String(getClass().getResourceAsStream("/bpmn/EquipmentScreeningProcess.bpmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("camunda:versionTag=\"2.0.0\"", "camunda:versionTag=\"2.0.1\"");
        var release = engine.getRepositoryService().createDeployment().name("next release")
                .addString("bpmn/EquipmentScreeningProcess.bpmn", model);
        for (String form : List.of("Form_CheckCompleteness", "Form_ReviewPlan", "Form_DecideExtensionFirst")) {
            release.addInputStream("forms/" + form + ".form", getClass().getResourceAsStream("/forms/" + form + ".form"));
        }
        var deployed = release.deploy();
        try {
            upgrade.moveRunningCasesToTheLatestModels();
            ProcessInstance moved = screening(c);
            assertThat(moved.getProcessDefinitionId()).isNotEqualTo(before)
                    .isEqualTo(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployed.getId())
                            .singleResult().getId());
            complete(c, "Task_CheckCompleteness", Map.of("planComplete", true));
            assertThat(moved).isWaitingAt("Task_ReviewPlan");
            assertThat(timer(c, "BoundaryEvent_PeriodEnded").getDuedate()).isEqualTo(tokyoStartOf("2026-12-26"));
        } finally {
            engine.getRepositoryService().deleteDeployment(deployed.getId(), true);
        }
    }

    /**
     * Release 2.2.0 of the recommendation model had an opportunity to explain before the order, which Art 88 of the Act
     * excludes. A case waiting there when this release starts goes on at the consultation on the order.
     */
    @Test
    void aCaseWaitingAtTheRemovedOpportunityToExplainGoesOnAtTheConsultationOnTheOrder() throws java.io.IOException {
        var repository = engine.getRepositoryService();
        var legacy = withForms(repository.createDeployment().name("release 2.2.0"))
                .addInputStream("bpmn/EquipmentScreeningProcess.bpmn", getClass().getResourceAsStream("/bpmn/EquipmentScreeningProcess.bpmn"))
                .addInputStream("bpmn/RecommendationProcess.bpmn", getClass().getResourceAsStream("/legacy/RecommendationProcess-2.2.0.bpmn"))
                .deploy();
        org.camunda.bpm.engine.repository.Deployment release = null;
        try {
            fileAndConfirmCompleteness();
            ProcessInstance recommendation = recommendAndIssue("2026-11-26");
            operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
            complete(c, "Task_AssessRefusal", Map.of("refusalJustified", false, "refusalAssessment", "理由は正当でない"));
            complete(c, "Task_DecideOrder", Map.of("issueOrder", true, "orderContent", "導入の中止を命ずる", "orderDecisionReason", "x"));
            assertThat(recommendation).isWaitingAt("Task_GiveOpportunityToExplain");

            release = withForms(repository.createDeployment().name("this release"))
                    .addInputStream("bpmn/EquipmentScreeningProcess.bpmn", getClass().getResourceAsStream("/bpmn/EquipmentScreeningProcess.bpmn"))
                    .addInputStream("bpmn/RecommendationProcess.bpmn", getClass().getResourceAsStream("/bpmn/RecommendationProcess.bpmn"))
                    .deploy();
            upgrade.moveRunningCasesToTheLatestModels();

            assertThat(recommendation).isWaitingAt("Task_ConsultOnOrder");
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.applicationNumber()).taskDefinitionKey(
                    "Task_DecideExtension").count()).as("the standing extension task of that release").isZero();
            assertThat(task(c, "Task_ConsultOnOrder").getName()).isEqualTo("命令前の協議（法第56条第1項）");
            complete(c, "Task_ConsultOnOrder", Map.of("consultationDate", "2026-11-26",
                    "consultedParties", "内閣総理大臣", "consultationSummary", "異議なし"));
            complete(c, "Task_IssueOrder", Map.of("orderIssuedOn", "2026-11-26", "orderDeliveredOn", "2026-11-26",
                    "orderComplyBy", "2030-03-29", "orderContent", "導入の中止を命ずる"));
            assertThat(reload(c).outcome()).isEqualTo(Outcome.ORDER_ISSUED);
        } finally {
            repository.deleteDeployment(legacy.getId(), true);
            if (release != null) {
                repository.deleteDeployment(release.getId(), true);
            }
        }
    }

    /**
     * Release 2.4.0 of the recommendation model kept 期間の延長（勧告手続中） open in the worklist beside the procedure; the
     * extension is now an action on the case. A case with that task open moves without it, and goes on where it was.
     */
    @Test
    void aCaseWithTheStandingExtensionTaskMovesWithoutItAndGoesOn() throws java.io.IOException {
        var repository = engine.getRepositoryService();
        var legacy = withForms(repository.createDeployment().name("release 2.4.0"))
                .addInputStream("bpmn/EquipmentScreeningProcess.bpmn", getClass().getResourceAsStream("/bpmn/EquipmentScreeningProcess.bpmn"))
                .addInputStream("bpmn/RecommendationProcess.bpmn", getClass().getResourceAsStream("/legacy/RecommendationProcess-2.4.0.bpmn"))
                .deploy();
        org.camunda.bpm.engine.repository.Deployment release = null;
        try {
            fileAndConfirmCompleteness();
            ProcessInstance recommendation = recommendAndIssue("2026-11-26");
            assertThat(recommendation).isWaitingAt("Task_DecideExtension");

            release = withForms(repository.createDeployment().name("this release"))
                    .addInputStream("bpmn/EquipmentScreeningProcess.bpmn", getClass().getResourceAsStream("/bpmn/EquipmentScreeningProcess.bpmn"))
                    .addInputStream("bpmn/RecommendationProcess.bpmn", getClass().getResourceAsStream("/bpmn/RecommendationProcess.bpmn"))
                    .deploy();
            upgrade.moveRunningCasesToTheLatestModels();

            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.applicationNumber()).count()).isZero();
            assertThat(recommendation).isWaitingAt("Gateway_AwaitReply");
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(recommendation.getId()).singleResult()
                    .getProcessDefinitionId()).isEqualTo(repository.createProcessDefinitionQuery()
                    .deploymentId(release.getId()).processDefinitionKey("RecommendationProcess").singleResult().getId());
            operatorRequests.reply(PORTAL, c.id(), new Reply(false, "費用が過大", null));
            complete(c, "Task_AssessRefusal", Map.of("refusalJustified", true, "refusalAssessment", "正当な理由あり"));
            assertThat(reload(c).outcome()).isEqualTo(Outcome.REFUSAL_JUSTIFIED);
            assertThat(acts(c)).doesNotContain(LegalActType.EXTENSION_DECIDED);
        } finally {
            repository.deleteDeployment(legacy.getId(), true);
            if (release != null) {
                repository.deleteDeployment(release.getId(), true);
            }
        }
    }

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
}
