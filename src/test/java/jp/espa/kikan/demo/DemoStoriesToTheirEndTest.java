package jp.espa.kikan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.support.EngineClock;
import jp.espa.kikan.support.OpenTasks;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Each story the demo loads ({@code DemoScreenings}, {@code DemoDesignations}, {@code DemoSectorReviews}) worked to
 * its end as its officials would in Tasklist, each through its own forms: the two plans, the port operator's designation
 * waiting at its senior review, the port review (listed by the law's amendment, whose orders are in force), and the two
 * medical reviews. A context of its own, fresh before and closed after: it finishes what other classes find waiting.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@TestExecutionListeners(listeners = DemoStoriesToTheirEndTest.ClosedAfter.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DemoStoriesToTheirEndTest {

    /** The stories end here: no later class may find them so. */
    static class ClosedAfter implements TestExecutionListener {
        @Override
        public void afterTestClass(TestContext testContext) {
            testContext.markApplicationContextDirty(DirtiesContext.HierarchyMode.EXHAUSTIVE);
        }
    }

    private static final Actor MLIT = new Actor("mlit-reviewer", Set.of("ministry-mlit"));
    private static final Actor METI = new Actor("meti-reviewer", Set.of("ministry-meti"));
    private static final Actor MLIT_SENIOR = new Actor("mlit-senior", Set.of(Roles.seniorGroup("ministry-mlit")));
    private static final Actor CABINET_OFFICE = new Actor("cao-official", Set.of(Roles.CABINET_OFFICE));

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired CaseFile caseFile;
    @Autowired SectorRegistry sectors;
    @Autowired DesignationRegistry designations;

    private OpenTasks tasks() {
        return new OpenTasks(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static LocalDate today() {
        return LocalDate.now(StatutoryPeriods.TOKYO);
    }

    @Test
    void theRailwayPlanIsAcceptedAndReviewedToTheEndOfItsPeriod() {
        screenedToTheEnd("DEMO-RAILWAY-0001", MLIT);
    }

    @Test
    void theElectricityEntrustmentIsAcceptedAndReviewedToTheEndOfItsPeriod() {
        screenedToTheEnd("DEMO-ELECTRICITY-0001", METI);
    }

    private void screenedToTheEnd(String application, Actor reviewer) {
        reviewer.actInEngine(identity, () -> {
            tasks().complete(application, "Task_CheckCompleteness", Map.of("planComplete", true));
            tasks().complete(application, "Task_ReviewPlan", Map.of("reviewDecision", "NO_CONCERNS",
                    "reviewReason", "供給者等に懸念なし（デモの審査）", "shortenStandstill", false));
        });
        runTimersToTheEnd(application);
        assertThat(acts(Procedure.SCREENING, application)).contains(LegalActType.ACCEPTANCE, LegalActType.REVIEW_DECIDED);
    }

    @Test
    void thePortOperatorIsDesignatedAfterItsSeniorReview() {
        String proposal = "DEMO-DESIGNATION-PORT";
        MLIT_SENIOR.actInEngine(identity, () -> tasks().complete(proposal, "Task_SeniorReview", Map.of("seniorDecision", "DESIGNATE",
                "seniorReason", "中小企業であるが代替困難な役務を提供している（デモ）")));
        MLIT.actInEngine(identity, () -> {
            tasks().complete(proposal, "Task_GiveOpportunityToExplain", Map.of("explanationOpportunity", "GIVEN",
                    "explanationDueOn", today().plusDays(14).toString()));
            tasks().complete(proposal, "Task_ConsiderExplanation", Map.of("explanationSummary", "異議はない旨の弁明書（デモ）",
                    "explanationDecision", "DESIGNATE", "explanationDecisionReason", "弁明を踏まえ指定する"));
            tasks().complete(proposal, "Task_PublishDesignation", Map.of("gazettePublishedOn", today().toString(),
                    "internetPublishedOn", today().toString()));
        });
        assertEnded(proposal);
        var operator = sectors.operatorByCorporateNumber("2999901000006").orElseThrow();
        assertThat(designations.current(operator.id(), "PORT")).isPresent();
    }

    /**
     * The port review, listed by the law's amendment: the orders name the sector in force (一般港湾運送, listed by the
     * amended Art 50(1) and 施行令第九条第八号), which the enforcement leaves as it is. Dates illustrative.
     */
    @Test
    void thePortReviewEndsWithTheSectorInForceUnchanged() {
        String review = "DEMO-PORT-2023";
        var before = sectors.sector("PORT").orElseThrow();
        LocalDate commentStart = today().minusDays(60);
        LocalDate commentLastDay = commentStart.plusDays(29);
        CABINET_OFFICE.actInEngine(identity, () -> {
            tasks().complete(review, "Task_AmendLaw", Map.of("billSubmittedOn", "2025-02-07", "dietPassedOn", "2025-05-09",
                    "promulgatedOn", "2025-05-16", "lawNumber", "令和7年法律第○号（例示）"));
            var draftOrders = tasks().task(review, "Task_DraftOrders");
            assertThat(String.valueOf(engine.getTaskService().getVariable(draftOrders.getId(), "sectorInForceOptions")))
                    .contains("\"value\":\"PORT\"", "一般港湾運送");
            // another ministry's sector is refused, naming the field, and changes nothing
            assertThatThrownBy(() -> tasks().complete(review, "Task_DraftOrders", Map.of("ordersBasis", "IN_FORCE",
                    "sectorInForce", "ELECTRICITY", "draftSummary", "x"))).hasStackTraceContaining("BadUserRequestException")
                    .hasMessageContaining("ELECTRICITY");
            assertThat(acts(Procedure.SECTOR_ADDITION, review)).doesNotContain(LegalActType.ORDERS_DRAFTED);
            tasks().complete(review, "Task_DraftOrders", Map.of("ordersBasis", "IN_FORCE", "sectorInForce", "PORT",
                    "draftSummary", "施行令第九条第八号（一般港湾運送事業）及び主務省令の改正（例示）"));
            tasks().complete(review, "Task_StartPublicComment", Map.of("publicCommentStartOn", commentStart.toString(),
                    "publicCommentLastDay", commentLastDay.toString()));
        });
        runNextTimer(review);
        CABINET_OFFICE.actInEngine(identity, () -> {
            tasks().complete(review, "Task_RecordPublicCommentResults", Map.of("commentsReceived", 5, "resultsSummary", "例示"));
            tasks().complete(review, "Task_RecordCabinetDecision", Map.of("cabinetDecisionOn", commentLastDay.plusDays(2).toString(),
                    "promulgatedOn", commentLastDay.plusDays(5).toString(), "orderNumber", "政令第○号（例示）",
                    "enforcementOn", commentLastDay.plusDays(10).toString()));
        });
        runTimersToTheEnd(review);
        assertThat(sectors.sector("PORT").orElseThrow()).isEqualTo(before);
        LegalAct active = caseFile.latest(Procedure.SECTOR_ADDITION, review, LegalActType.SECTOR_ACTIVE).orElseThrow();
        assertThat(active.text()).contains("一般港湾運送", "施行済み");
    }

    @Test
    void theHospitalsReviewEndsNotListedWithItsReasonsPublished() {
        String review = "DEMO-MEDICAL-HOSPITALS";
        CABINET_OFFICE.actInEngine(identity, () -> {
            tasks().complete(review, "Task_DecideSectorAddition", Map.of("additionDecision", "DO_NOT_LIST",
                    "decisionDate", today().toString(), "decisionReasons", "個々の医療機関は特定社会基盤事業者が想定されない（デモ）"));
            tasks().complete(review, "Task_PublishNonListing", Map.of("publishedOn", today().toString(),
                    "publicationReference", "内閣府ウェブサイト（例示）"));
        });
        assertEnded(review);
        assertThat(acts(Procedure.SECTOR_ADDITION, review)).contains(LegalActType.REASONS_PUBLISHED);
    }

    /** Medical DX: kept under study, reopened on its day, heard again and then not listed. */
    @Test
    void theMedicalDxReviewIsKeptUnderStudyReopenedAndThenDecided() {
        String review = "DEMO-MEDICAL-DX";
        LocalDate reReview = today().plusDays(30);
        CABINET_OFFICE.actInEngine(identity, () -> tasks().complete(review, "Task_DecideSectorAddition", Map.of(
                "additionDecision", "KEEP_STUDYING", "decisionDate", today().toString(), "decisionReasons", "開発中のシステムを引き続き検討（デモ）",
                "reReviewOn", reReview.toString())));
        ClockUtil.setCurrentTime(EngineClock.tokyo(reReview.toString(), LocalTime.NOON));
        runNextTimer(review);
        Map<String, Object> meeting = new HashMap<>(Map.of("meetingDate", reReview.toString(), "agenda", "再検討",
                "minutesSummary", "議論", "committeeConcluded", true, "committeeConclusion", "対象としない"));
        CABINET_OFFICE.actInEngine(identity, () -> {
            // reopened, the review starts again with the ministry's hearing
            tasks().complete(review, "Task_HearCompetentMinistry", Map.of("hearingDate", reReview.toString(),
                    "ministryExplanation", "厚生労働省：再度の説明（デモ）"));
            tasks().complete(review, "Task_RecordCommitteeMeeting", meeting);
            tasks().complete(review, "Task_DecideSectorAddition", Map.of("additionDecision", "DO_NOT_LIST",
                    "decisionDate", reReview.toString(), "decisionReasons", "現時点では対象としない（デモ）"));
            tasks().complete(review, "Task_PublishNonListing", Map.of("publishedOn", reReview.toString(),
                    "publicationReference", "内閣府ウェブサイト（例示）"));
        });
        assertEnded(review);
        assertThat(acts(Procedure.SECTOR_ADDITION, review)).contains(LegalActType.REVIEW_REOPENED, LegalActType.REASONS_PUBLISHED);
    }

    // ---- Helpers

    private List<LegalActType> acts(Procedure procedure, String caseNumber) {
        return caseFile.acts(procedure, caseNumber).stream().map(LegalAct::actType).toList();
    }

    /** Moves the engine clock to the case's next timer and runs it. */
    private void runNextTimer(String caseNumber) {
        List<Job> timers = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream())
                .sorted(java.util.Comparator.comparing(Job::getDuedate)).toList();
        assertThat(timers).as("a timer of " + caseNumber).isNotEmpty();
        Job next = timers.get(0);
        if (next.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(next.getDuedate());
        }
        management.executeJob(next.getId());
    }

    /** Runs the case's timers, each on its day, until its process ends (at most a few). */
    private void runTimersToTheEnd(String caseNumber) {
        for (int i = 0; i < 5 && runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() > 0; i++) {
            runNextTimer(caseNumber);
        }
        assertEnded(caseNumber);
    }

    private void assertEnded(String caseNumber) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
                .as(caseNumber + " has ended").isZero();
    }
}
