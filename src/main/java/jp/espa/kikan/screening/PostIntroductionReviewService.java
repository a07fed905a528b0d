package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-introduction review model: an Art 55 review of equipment already introduced, opened by the competent
 * ministry over the API or from Tasklist's start form, and the review of an emergency notification (Art 52(1) ただし書),
 * filed through the portal or received on paper.
 */
@Service
public class PostIntroductionReviewService {

    private static final Procedure SCREENING = Procedure.SCREENING;

    private final ScreeningAccess access;
    private final ScreeningRepository cases;
    private final CaseFile caseFile;
    private final ScreeningIntake intake;
    private final StatutoryTime time;
    private final ScreeningEngine engine;
    private final CaseVariables display;

    PostIntroductionReviewService(ScreeningAccess access, ScreeningRepository cases, CaseFile caseFile,
                                  ScreeningIntake intake, StatutoryTime time, ScreeningEngine engine,
                                  CaseVariables display) {
        this.access = access;
        this.cases = cases;
        this.caseFile = caseFile;
        this.intake = intake;
        this.time = time;
        this.engine = engine;
        this.display = display;
    }

    /** Over the API: the competent ministry opens an Art 55 review of a closed screening case. */
    @Transactional
    public void startPostIntroductionReview(Actor actor, UUID caseId, String reason) {
        ScreeningCase c = access.actingOn(actor, Action.DECIDE_SCREENING, caseId);
        engine.start(POST_INTRODUCTION_REVIEW_PROCESS, c.applicationNumber(), openPostIntroductionReview(actor, c, reason));
    }

    /** From Tasklist's start form: an Art 55 review of a case on record. Returns the variables its process shows. */
    Map<String, Object> openPostIntroductionReview(Actor actor, String applicationNumber, String reason) {
        ScreeningCaseRow c = cases.findByApplicationNumber(applicationNumber)
                .orElseThrow(() -> new InvalidInputException(APPLICATION_NUMBER, "受付番号 " + applicationNumber + " の事案はありません。"));
        access.requireCompetent(actor, c);
        return openPostIntroductionReview(actor, cases.load(c), reason);
    }

    private Map<String, Object> openPostIntroductionReview(Actor actor, ScreeningCase c, String reason) {
        c.checkPostIntroductionReviewMayStart();
        cases.updateStatus(c.row().id(), CaseStatus.POST_INTRODUCTION_REVIEW);
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.POST_INTRODUCTION_REVIEW_STARTED, time.today(),
                actor.userId(), reason);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE, display.afterIntroduction(cases.get(c.row().id()))); // Art 55: no 30-day limit
        variables.put(TRIGGER, "SITUATION_CHANGE");
        variables.put(REVIEW_REASON, reason);
        return variables;
    }

    /** From Tasklist's start form: an emergency notification received on paper, registered by its competent ministry. */
    Map<String, Object> registerPaperEmergencyNotification(Actor actor, ScreeningIntake.Filing filing) {
        // a notification after the fact (Art 52(1) proviso): the equipment was introduced on or before today
        if (filing.plan().plannedFrom().isAfter(time.today())) {
            throw new InvalidInputException(INTRODUCED_ON, "導入日に将来の日付は入力できません（事後届出は導入済みの設備について行うものです）。");
        }
        ScreeningCaseRow c = intake.record(filing, actor, Action.DECIDE_SCREENING);
        return Map.of(CASE, display.of(c));
    }

    /** 事後届出の確認: an urgently introduced equipment with concerns goes on to consultation and recommendation. */
    void reviewEmergencyNotification(Actor actor, String applicationNumber, boolean concerns, String reason) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        cases.record(c, ScreeningCase.act(LegalActType.EMERGENCY_NOTIFICATION_REVIEWED, time.today(), actor.userId(),
                concerns ? "CONCERNS" : "NO_CONCERNS", null, new ActContent.Note(reason)));
    }

    void decideRecommendation(Actor actor, String applicationNumber, boolean recommend, String reason) {
        ScreeningCase c = access.ministryStep(actor, applicationNumber);
        cases.record(c, c.recommendation().recommendationDecided(actor.userId(), time.today(), recommend, reason));
    }
}
