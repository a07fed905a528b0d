package jp.espa.kikan.screening;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.platform.FilingOnce;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.screening.OperatorRequests.Correction;
import jp.espa.kikan.screening.OperatorRequests.PlanChange;
import jp.espa.kikan.screening.OperatorRequests.PostIntroductionReview;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.screening.ScreeningView.CaseFileView;
import jp.espa.kikan.screening.ScreeningView.Receipt;
import jp.espa.kikan.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The screening over HTTP: every call goes to the procedure's services as the calling account. */
@RestController
@Tag(name = "Equipment screening", description = "Introduction plans for specified critical equipment (ESPA Art 52-55)")
class ScreeningController {

    private final ScreeningService screening;
    private final OperatorRequestService operatorRequests;
    private final PostIntroductionReviewService postIntroduction;
    private final ScreeningAccess access;
    private final ScreeningRepository cases;
    private final SectorRegistry sectors;
    private final StatutoryPeriods periods;
    private final FilingOnce filingOnce;
    private final ExtensionDuringRecommendation extension;

    ScreeningController(ScreeningService screening, OperatorRequestService operatorRequests,
                        PostIntroductionReviewService postIntroduction, ScreeningAccess access, ScreeningRepository cases,
                        SectorRegistry sectors, StatutoryPeriods periods, FilingOnce filingOnce,
                        ExtensionDuringRecommendation extension) {
        this.screening = screening;
        this.operatorRequests = operatorRequests;
        this.postIntroduction = postIntroduction;
        this.access = access;
        this.cases = cases;
        this.sectors = sectors;
        this.periods = periods;
        this.filingOnce = filingOnce;
        this.extension = extension;
    }

    @PostMapping("/api/screenings")
    @Operation(summary = "File an introduction plan; the same request again returns its case (200), another request "
            + "under a known applicationNumber is refused (409)")
    ResponseEntity<Receipt> submit(@Valid @RequestBody PlanSubmission submission, Authentication user) {
        Actor actor = Actor.of(user);
        return fileOnce(actor, submission.applicationNumber(), submission, () -> screening.filePlan(actor, submission));
    }

    @PostMapping("/api/emergency-notifications")
    @Operation(summary = "File an emergency notification after an urgent introduction; starts its review")
    ResponseEntity<Receipt> notifyEmergency(@Valid @RequestBody EmergencyNotification notification, Authentication user) {
        Actor actor = Actor.of(user);
        return fileOnce(actor, notification.applicationNumber(), notification,
                () -> screening.fileEmergencyNotification(actor, notification));
    }

    @GetMapping("/api/screenings/{caseId}")
    @Operation(summary = "A case with its status, dates, decisions and legal acts")
    ScreeningView get(@PathVariable UUID caseId, Authentication user) {
        ScreeningCaseRow c = access.readable(Actor.of(user), caseId);
        return ScreeningView.of(c, cases.parties(c.id()), cases.acts(c));
    }

    @GetMapping("/api/screenings/{caseId}/case-file")
    @Operation(summary = "The plan's parties with representatives, voting-right holders and officers (personal data): "
            + "the competent ministry and the filing portal only")
    CaseFileView caseFile(@PathVariable UUID caseId, Authentication user) {
        var parties = access.partiesWithPersonalData(Actor.of(user), caseId);
        return new CaseFileView(caseId, parties);
    }

    @PostMapping("/api/screenings/{caseId}/corrections")
    @Operation(summary = "The corrected plan, after the ministry asked for a correction")
    ResponseEntity<Void> correct(@PathVariable UUID caseId, @Valid @RequestBody Correction correction, Authentication user) {
        filingOnce.findOrFile(() -> {
            operatorRequests.correct(Actor.of(user), caseId, correction);
            return null;
        });
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/screenings/{caseId}/changes")
    @Operation(summary = "A change of the plan: important changes restart the review with new clocks, minor ones are recorded")
    OperatorRequestService.ChangeResult change(@PathVariable UUID caseId, @Valid @RequestBody PlanChange change, Authentication user) {
        return filingOnce.findOrFile(() -> operatorRequests.change(Actor.of(user), caseId, change));
    }

    @PostMapping("/api/screenings/{caseId}/reply")
    @Operation(summary = "The operator's reply to a recommendation (応諾する / 応諾しない). One received after its last day "
            + "is recorded as late and does not move the case: the answer says late=true")
    ResponseEntity<ReplyReceipt> reply(@PathVariable UUID caseId, @Valid @RequestBody Reply reply, Authentication user) {
        boolean late = filingOnce.findOrFile(() -> operatorRequests.reply(Actor.of(user), caseId, reply));
        return ResponseEntity.accepted().body(new ReplyReceipt(late));
    }

    record ReplyReceipt(boolean late) {
    }

    @PostMapping("/api/screenings/{caseId}/post-introduction-reviews")
    @Operation(summary = "The competent ministry starts a review of equipment already introduced (Art 55)")
    ResponseEntity<Void> review(@PathVariable UUID caseId, @Valid @RequestBody PostIntroductionReview review,
                                Authentication user) {
        postIntroduction.startPostIntroductionReview(Actor.of(user), caseId, review.reason());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/screenings/{caseId}/extensions")
    @Operation(summary = "The competent ministry extends the period while a recommendation or order is under way "
            + "(Art 52(4)): the decision and its notice are recorded, the period's timer and the open tasks move")
    ExtensionDuringRecommendation.Extended extend(@PathVariable UUID caseId,
                                                  @Valid @RequestBody ExtensionDuringRecommendation.Request request,
                                                  Authentication user) {
        return extension.extend(Actor.of(user), caseId, request);
    }

    private Receipt receipt(ScreeningCaseRow c) {
        return Receipt.of(c, sectors.graceEndsOn(c.operatorId(), c.sectorCode(), c.equipmentCategoryCode()).orElse(null),
                periods);
    }

    /**
     * Idempotent filing: the same request again answers with its case and creates nothing, also in a race; another
     * request under a known application number (plan or notification, by any account) is refused with 409.
     */
    private ResponseEntity<Receipt> fileOnce(Actor actor, String applicationNumber, Object request, Supplier<ScreeningCaseRow> file) {
        return filingOnce.findOrFile(() -> {
            if (!filingOnce.isNew(ScreeningService.NUMBER_SERIES, applicationNumber, actor.userId(), request)) {
                return ResponseEntity.ok(receipt(access.existing(actor, applicationNumber).orElseThrow()));
            }
            ScreeningCaseRow created = file.get();
            return ResponseEntity.created(URI.create("/api/screenings/" + created.id())).body(receipt(created));
        });
    }
}
