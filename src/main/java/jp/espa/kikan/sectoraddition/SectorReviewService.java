package jp.espa.kikan.sectoraddition;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.criteria.CriteriaDrafts;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.sectoraddition.SectorReviewCase.Act;
import jp.espa.kikan.sectoraddition.SectorReviewCase.AdditionDecision;
import jp.espa.kikan.sectoraddition.SectorReviewCase.MeetingRecord;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.Meeting;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.SectorReview;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one authority over sector reviews (対象事業の追加) once registered ({@link SectorReviewIntake}): the exclusion
 * criteria, the ministry's hearing, the committee's meetings (also recorded by the competent ministry), the Cabinet
 * Office's decision, the law or cabinet order with its public comment, and the sector going live. Each step checks the
 * actor's right, loads the review on record (its review number is the process's business key), lets
 * {@link SectorReviewCase} apply the rules and records what it returns.
 */
@Service
public class SectorReviewService {

    private static final Procedure SECTOR_ADDITION = Procedure.SECTOR_ADDITION;

    /** A review with its meetings and its case file, for those who may read the deliberations. */
    record ReviewView(SectorReview review, List<Meeting> meetings, List<LegalAct> acts) {
    }

    private final SectorReviewRepository reviews;
    private final SectorRegistry sectors;
    private final CaseFile caseFile;
    private final ExclusionCriteria criteria;
    private final CriteriaDrafts criteriaDrafts;
    private final AccessChecks access;
    private final StatutoryPeriods periods;
    private final StatutoryTime time;
    private final SectorReviewEngine engine;

    SectorReviewService(SectorReviewRepository reviews, SectorRegistry sectors, CaseFile caseFile, ExclusionCriteria criteria,
                        CriteriaDrafts criteriaDrafts, AccessChecks access, StatutoryPeriods periods, StatutoryTime time,
                        SectorReviewEngine engine) {
        this.reviews = reviews;
        this.sectors = sectors;
        this.caseFile = caseFile;
        this.criteria = criteria;
        this.criteriaDrafts = criteriaDrafts;
        this.access = access;
        this.periods = periods;
        this.time = time;
        this.engine = engine;
    }

    // ---- Reading

    Optional<SectorReview> byNumber(String reviewNumber) {
        return reviews.byNumber(reviewNumber);
    }

    List<SectorReview> list(Actor actor) {
        requireReader(actor);
        return reviews.all();
    }

    ReviewView view(Actor actor, String reviewNumber) {
        requireReader(actor);
        SectorReview review = review(reviewNumber);
        return new ReviewView(review, reviews.meetings(review.id()), caseFile.acts(SECTOR_ADDITION, reviewNumber));
    }

    /** The deliberations (minutes, preliminary recommendations) are for the Cabinet Office and the ministries only. */
    private void requireReader(Actor actor) {
        if (!access.permits(actor, Action.READ_SECTOR_REVIEW, Subject.NONE)) {
            throw new NotFoundException("対象事業の追加の検討は、内閣府及び各府省のみが参照できます。");
        }
    }

    // ---- The review's steps

    /** 除外基準の適用: the three exclusion criteria on the facts on record, and a preliminary recommendation. */
    ExclusionCriteria.Result applyExclusionCriteria(String reviewNumber) {
        SectorReviewCase review = load(reviewNumber);
        ExclusionCriteria.Result result = criteria.apply(reviewNumber, new HashMap<>(reviews.facts(review.review())));
        record(review, Actor.SYSTEM, review.exclusionCriteriaApplied(result));
        return result;
    }

    void hear(Actor actor, String reviewNumber, LocalDate heardOn, String explanation, String notes) {
        record(reviewNumber, actor, cabinetOfficeStep(actor, reviewNumber).hearing(heardOn, explanation, notes));
    }

    /** 有識者会議の開催記録: any number of meetings; the Cabinet Office or the review's competent ministry records them. */
    int recordMeeting(Actor actor, String reviewNumber, MeetingRecord m) {
        SectorReviewCase review = load(reviewNumber);
        requireMeetingRecorder(actor, review.review());
        review.checkMeeting(m);
        int number = reviews.recordMeeting(review.review().id(), m.heldOn(), m.agenda(),
                m.minutesSummary(), m.interimReport(), m.concluded(), actor.userId());
        if (m.concluded()) {
            record(reviewNumber, actor, SectorReviewCase.conclusion(number, m));
        }
        return number;
    }

    /** A meeting's number, and whether this call recorded it (false: the same meeting was on record already). */
    record MeetingRecorded(int meetingNo, boolean created) {
    }

    /**
     * A meeting recorded over the API: completes the review's meeting task as the caller, so that the meeting goes
     * through the same step as in Tasklist. Calls on one review take their turn; the same meeting again (a retry, or
     * copies sent at once) answers with the meeting on record and records nothing.
     */
    @Transactional
    MeetingRecorded recordMeetingOverApi(Actor actor, String reviewNumber, MeetingRecord m) {
        access.requireSome(actor, Action.RECORD_COMMITTEE_MEETING); // before the look-up: a 404 tells only those with the right
        SectorReview review = review(reviewNumber);
        requireMeetingRecorder(actor, review);
        reviews.lock(review.id());
        // as the form step stores it: texts stripped, an empty interim report absent
        var recorded = reviews.meetingNo(review.id(), m.heldOn(), m.agenda().strip(), m.minutesSummary().strip(),
                m.interimReport() == null || m.interimReport().isBlank() ? null : m.interimReport().strip(), m.concluded());
        if (recorded.isPresent()) {
            return new MeetingRecorded(recorded.get(), false);
        }
        engine.completeMeetingTask(actor, reviewNumber, m);
        return new MeetingRecorded(reviews.meetings(review.id()).size(), true);
    }

    void decide(Actor actor, String reviewNumber, AdditionDecision decision, LocalDate decidedOn, String reasons,
                LocalDate reReviewOn) {
        SectorReviewCase review = cabinetOfficeStep(actor, reviewNumber);
        record(review, actor, review.decision(decision, decidedOn, reasons, reReviewOn));
    }

    void publishNonListing(Actor actor, String reviewNumber, LocalDate publishedOn, String reference) {
        SectorReviewCase review = cabinetOfficeStep(actor, reviewNumber);
        record(review, actor, review.nonListingPublished(publishedOn, reference));
    }

    void reopen(String reviewNumber) {
        SectorReviewCase review = load(reviewNumber);
        record(review, Actor.SYSTEM, review.reopened());
    }

    void amendLaw(Actor actor, String reviewNumber, LocalDate submitted, LocalDate passed, LocalDate promulgated, String lawNumber) {
        record(reviewNumber, actor, cabinetOfficeStep(actor, reviewNumber).lawAmended(submitted, passed, promulgated, lawNumber));
    }

    /** The drafts of criteria for a new sector of the review's competent ministry, which the draft orders may take. */
    List<CriteriaDrafts.NewSectorDraft> criteriaDraftsOffered(String reviewNumber) {
        return criteriaDrafts.forNewSectors(review(reviewNumber).competentMinistry());
    }

    void draftOrders(Actor actor, String reviewNumber, String criteriaDraftNumber, String equipmentLines, String summary) {
        SectorReviewCase review = cabinetOfficeStep(actor, reviewNumber);
        var criteria = criteriaDrafts.forNewSector(criteriaDraftNumber, review.review().competentMinistry(),
                SectorReviewVariables.CRITERIA_DRAFT_NUMBER);
        var registered = new SectorDraft.Registered(code -> sectors.sector(code).isPresent(),
                code -> sectors.equipmentCategory(code).isPresent());
        record(review, actor, review.ordersDrafted(criteria, equipmentLines, summary, registered));
    }

    /**
     * The sectors of the review's competent ministry in force that no other review listed: orders the law's amendment
     * brought into force with the sector (the demo's port review) name one of them instead of a new sector's draft.
     */
    List<Sector> sectorsInForceOffered(String reviewNumber) {
        SectorReview r = review(reviewNumber);
        Set<String> listedElsewhere = reviews.all().stream().filter(other -> !other.id().equals(r.id()))
                .map(SectorReview::sectorCode).filter(Objects::nonNull).collect(Collectors.toSet());
        return sectors.sectors().stream().filter(s -> s.active() && s.competentMinistry().equals(r.competentMinistry())
                && !listedElsewhere.contains(s.code())).toList();
    }

    void draftOrdersForSectorInForce(Actor actor, String reviewNumber, String sectorCode, String summary) {
        SectorReviewCase review = cabinetOfficeStep(actor, reviewNumber);
        Sector sector = sectorsInForceOffered(reviewNumber).stream().filter(s -> s.code().equals(sectorCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException(SectorReviewVariables.SECTOR_IN_FORCE, "対象事業 " + sectorCode
                        + " は、所管省庁の施行済みの対象事業（ほかの検討事案で追加されたものを除く）ではありません。"));
        record(review, actor, review.ordersForSectorInForce(sector, summary));
    }

    void startPublicComment(Actor actor, String reviewNumber, LocalDate start, LocalDate lastDay, String shortenedReason) {
        SectorReviewCase review = cabinetOfficeStep(actor, reviewNumber);
        record(review, actor, review.publicCommentStarted(start, lastDay, shortenedReason, periods));
    }

    void recordPublicCommentResults(Actor actor, String reviewNumber, int received, String summary) {
        record(reviewNumber, actor, cabinetOfficeStep(actor, reviewNumber).publicCommentResults(received, summary));
    }

    void recordCabinetDecision(Actor actor, String reviewNumber, LocalDate decided, LocalDate promulgated, String orderNumber,
                               LocalDate enforced) {
        SectorReviewCase review = cabinetOfficeStep(actor, reviewNumber);
        record(review, actor, review.cabinetDecision(decided, promulgated, orderNumber, enforced));
    }

    /**
     * 対象事業の登録（施行）: the model's timer waits for the enforcement day; from then on its operators are designable,
     * its draft of criteria is its live table, and the designation procedure proposes those the table finds met.
     */
    void activateSector(String reviewNumber) {
        SectorReviewCase review = load(reviewNumber);
        SectorReview r = review.review();
        Sector sector = review.sectorInForce(sectors.ministry(r.competentMinistry()).orElseThrow(), periods);
        boolean alreadyInForce = sectors.sector(r.sectorCode()).filter(Sector::active).isPresent(); // never rewritten
        if (!alreadyInForce) {
            sectors.activateSector(sector, SectorDraft.equipment(r.equipmentCategories(), r.sectorCode()));
        }
        if (!alreadyInForce && r.criteriaDraftNumber() != null) { // orders drafted before drafts of criteria named a deployed table
            criteriaDrafts.enact(r.criteriaDraftNumber(), sector.enforcedOn(), reviewNumber);
        }
        record(review, Actor.SYSTEM, review.sectorActivated(sector, alreadyInForce));
    }

    // ---- What the model reads from the review on record

    SectorReviewCase load(String reviewNumber) {
        SectorReview review = review(reviewNumber);
        return new SectorReviewCase(review, reviews.meetings(review.id()), caseFile.acts(SECTOR_ADDITION, reviewNumber), time);
    }

    String reviewerGroup(String reviewNumber) {
        return reviewerGroup(review(reviewNumber));
    }

    SectorReview review(String reviewNumber) {
        return reviews.byNumber(reviewNumber).orElseThrow(() -> new NotFoundException("検討 " + reviewNumber + " はありません。"));
    }

    // ---- Helpers

    private void record(SectorReviewCase review, Actor actor, SectorReviewCase.Step step) {
        reviews.update(review.review().id(), step.changes());
        record(review.review().reviewNumber(), actor, step.act());
    }

    /** Records an act of the review in its case file (registration records its first here too). */
    void record(String reviewNumber, Actor actor, Act act) {
        caseFile.recordDecision(SECTOR_ADDITION, reviewNumber, act.type(), act.on(), actor.userId(), act.decision(),
                act.effectiveOn(), act.content());
    }

    private String reviewerGroup(SectorReview review) {
        return sectors.ministry(review.competentMinistry()).orElseThrow().reviewerGroup();
    }

    private void requireMeetingRecorder(Actor actor, SectorReview review) {
        if (!access.permits(actor, Action.RECORD_COMMITTEE_MEETING, Subject.ofMinistry(reviewerGroup(review)))) {
            throw new NotPermittedException("有識者会議の開催記録は、内閣府又は所管省庁のみが行えます。");
        }
    }

    private SectorReviewCase cabinetOfficeStep(Actor actor, String reviewNumber) {
        if (!access.permits(actor, Action.DECIDE_SECTOR_REVIEW, Subject.NONE)) {
            throw new NotPermittedException("この手続は内閣府が行います。");
        }
        return load(reviewNumber);
    }
}
