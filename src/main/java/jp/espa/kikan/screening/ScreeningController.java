package jp.espa.kikan.screening;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.ScreeningCase;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.screening.OperatorRequests.Correction;
import jp.espa.kikan.screening.OperatorRequests.PlanChange;
import jp.espa.kikan.screening.OperatorRequests.PostIntroductionReview;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.screening.ScreeningView.Receipt;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Equipment screening", description = "Introduction plans for specified critical equipment (ESPA Art 52-55)")
class ScreeningController {

    private final ScreeningIntake intake;
    private final CaseActions actions;
    private final CaseAccess access;
    private final CaseRepository cases;
    private final SectorRegistry sectors;

    ScreeningController(ScreeningIntake intake, CaseActions actions, CaseAccess access, CaseRepository cases,
                        SectorRegistry sectors) {
        this.intake = intake;
        this.actions = actions;
        this.access = access;
        this.cases = cases;
        this.sectors = sectors;
    }

    @PostMapping("/api/screenings")
    @Operation(summary = "File an introduction plan; the same applicationNumber again returns the existing case (200)")
    ResponseEntity<Receipt> submit(@Valid @RequestBody PlanSubmission submission, Authentication user) {
        return fileOnce(submission.applicationNumber(), user, () -> intake.submitPlan(submission, user.getName()));
    }

    @PostMapping("/api/emergency-notifications")
    @Operation(summary = "File an emergency notification after an urgent introduction; starts its review")
    ResponseEntity<Receipt> notifyEmergency(@Valid @RequestBody EmergencyNotification notification, Authentication user) {
        return fileOnce(notification.applicationNumber(), user,
                () -> intake.submitEmergencyNotification(notification, user.getName()));
    }

    @GetMapping("/api/screenings/{caseId}")
    @Operation(summary = "A case with its status, dates, decisions and legal acts")
    ScreeningView get(@PathVariable UUID caseId, Authentication user) {
        ScreeningCase c = access.readable(caseId, user);
        return ScreeningView.of(c, cases.parties(c.id()), cases.acts(c.id()));
    }

    @PostMapping("/api/screenings/{caseId}/corrections")
    @Operation(summary = "The corrected plan, after the ministry asked for a correction")
    ResponseEntity<Void> correct(@PathVariable UUID caseId, @Valid @RequestBody Correction correction, Authentication user) {
        actions.correct(access.filedBy(caseId, user), correction, user.getName());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/screenings/{caseId}/changes")
    @Operation(summary = "A change of the plan: important changes restart the review with new clocks, minor ones are recorded")
    CaseActions.ChangeResult change(@PathVariable UUID caseId, @Valid @RequestBody PlanChange change, Authentication user) {
        return actions.change(access.filedBy(caseId, user), change, user.getName());
    }

    @PostMapping("/api/screenings/{caseId}/reply")
    @Operation(summary = "The operator's reply to a recommendation")
    ResponseEntity<Void> reply(@PathVariable UUID caseId, @Valid @RequestBody Reply reply, Authentication user) {
        actions.reply(access.filedBy(caseId, user), reply, user.getName());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/screenings/{caseId}/post-introduction-reviews")
    @Operation(summary = "The competent ministry starts a review of equipment already introduced (Art 55)")
    ResponseEntity<Void> review(@PathVariable UUID caseId, @Valid @RequestBody PostIntroductionReview review,
                                Authentication user) {
        actions.startPostIntroductionReview(access.ofCompetentMinistry(caseId, user), review.reason(), user.getName());
        return ResponseEntity.accepted().build();
    }

    private Receipt receipt(ScreeningCase c) {
        return Receipt.of(c, sectors.graceEndsOn(c.operatorId(), c.sectorCode()).orElse(null));
    }

    /** Idempotent filing: an application number already known answers with its case and creates nothing. */
    private ResponseEntity<Receipt> fileOnce(String applicationNumber, Authentication user,
                                             java.util.function.Supplier<ScreeningCase> file) {
        var known = intake.existing(applicationNumber);
        if (known.isPresent()) {
            return ResponseEntity.ok(receipt(access.filedBy(known.get().id(), user)));
        }
        try {
            ScreeningCase created = file.get();
            return ResponseEntity.created(URI.create("/api/screenings/" + created.id())).body(receipt(created));
        } catch (DuplicateKeyException concurrentFiling) {
            ScreeningCase existing = intake.existing(applicationNumber).orElseThrow(() -> concurrentFiling);
            return ResponseEntity.ok(receipt(access.filedBy(existing.id(), user)));
        }
    }
}
