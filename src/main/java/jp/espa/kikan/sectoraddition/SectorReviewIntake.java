package jp.espa.kikan.sectoraddition;

import java.util.Map;
import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.AlreadyRegisteredException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.sectoraddition.SectorReviewCase.Act;
import jp.espa.kikan.sectoraddition.SectorReviewCase.Trigger;
import jp.espa.kikan.sectoraddition.SectorReviewRepository.SectorReview;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 検討事案の登録: a sector review comes in, started by the Cabinet Office alone, over the API (registered here, then its
 * process starts) or from Tasklist's start form (whose first step registers it here). The review's later steps go
 * through {@link SectorReviewService}.
 */
@Service
class SectorReviewIntake {

    record Candidate(String reviewNumber, String businessName, String businessDescription, String competentMinistry,
                     Trigger trigger, String candidateEquipment, String candidateOperators, boolean insideStatutoryItems,
                     Map<String, Boolean> facts) {
    }

    /** A review and whether this call started it. */
    record Started(SectorReview review, boolean created) {
    }

    /** The series of review numbers in {@code numbered_filing}. */
    static final String NUMBER_SERIES = "sector-review";

    private final SectorReviewService service;
    private final SectorReviewRepository reviews;
    private final SectorRegistry sectors;
    private final AccessChecks access;
    private final StatutoryTime time;
    private final SectorReviewEngine engine;

    SectorReviewIntake(SectorReviewService service, SectorReviewRepository reviews, SectorRegistry sectors, AccessChecks access,
                       StatutoryTime time, SectorReviewEngine engine) {
        this.service = service;
        this.reviews = reviews;
        this.sectors = sectors;
        this.access = access;
        this.time = time;
        this.engine = engine;
    }

    /** Over the API: registers the review and starts its process. */
    @Transactional
    Started start(Actor actor, Candidate candidate) {
        engine.start(candidate.reviewNumber(), register(actor, candidate));
        return new Started(service.review(candidate.reviewNumber()), true);
    }

    /** Over the API: the review this same request started before, for the Cabinet Office (which alone starts reviews). */
    Started started(Actor actor, String reviewNumber) {
        requireStarter(actor);
        return new Started(service.review(reviewNumber), false);
    }

    /** Checks and writes a review started by the Cabinet Office; returns what its forms show. */
    Map<String, Object> register(Actor actor, Candidate c) {
        requireStarter(actor);
        if (reviews.byNumber(c.reviewNumber()).isPresent()) {
            throw new AlreadyRegisteredException("reviewNumber", "検討番号 " + c.reviewNumber() + " は既に登録されています。");
        }
        Ministry ministry = sectors.ministry(c.competentMinistry()).orElseThrow(() -> new InvalidInputException("competentMinistry",
                "所管省庁は " + sectors.ministries().stream().map(Ministry::code).toList() + " のいずれかにしてください。"));
        Act started = SectorReviewCase.registration(c.trigger(), c.facts(), time);
        Map<String, Boolean> facts = SectorReviewCase.allFacts(c.facts());
        Trigger trigger = c.trigger();
        SectorReview review = new SectorReview(UUID.randomUUID(), c.reviewNumber(), c.businessName(), c.businessDescription(),
                ministry.code(), trigger.kind(), trigger.incidentDate(), trigger.incidentSummary(),
                c.candidateEquipment(), c.candidateOperators(), c.insideStatutoryItems(), reviews.writeFacts(facts), null, "UNDER_REVIEW",
                null, null, null, null, null, null, null, null, actor.userId(), null);
        reviews.create(review);
        service.record(c.reviewNumber(), actor, started);
        return SectorReviewVariables.registered(review, facts);
    }

    private void requireStarter(Actor actor) {
        if (!access.permits(actor, Action.START_SECTOR_REVIEW, Subject.NONE)) {
            throw new NotPermittedException("対象事業の追加の検討は内閣府が開始します。");
        }
    }
}
