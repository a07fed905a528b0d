package jp.espa.kikan.sectoraddition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.platform.FilingOnce;
import jp.espa.kikan.platform.InputRules;
import jp.espa.kikan.registry.Business;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sector reviews over HTTP: every call goes to {@link SectorReviewIntake} or {@link SectorReviewService} as the calling account. */
@RestController
@Tag(name = "Sector addition", description = "Reviews of businesses to add as sectors (ESPA Art 50(1)) and the sector registry")
class SectorReviewController {

    private final SectorReviewIntake intake;
    private final SectorReviewService service;
    private final SectorRegistry sectors;
    private final FilingOnce filingOnce;

    SectorReviewController(SectorReviewIntake intake, SectorReviewService service, SectorRegistry sectors, FilingOnce filingOnce) {
        this.intake = intake;
        this.service = service;
        this.sectors = sectors;
        this.filingOnce = filingOnce;
    }

    record Trigger(@NotNull @Pattern(regexp = "INCIDENT|PERIODIC_REVIEW") String kind, @PastOrPresent LocalDate incidentDate,
                   @Size(max = 4000) String incidentSummary) {
    }

    @Schema(description = "A business to review for addition as a sector, with the facts the exclusion criteria need")
    record ReviewRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = InputRules.CASE_NUMBER, message = InputRules.CASE_NUMBER_MESSAGE) String reviewNumber,
            @NotBlank @Size(max = 200) String businessName,
            @NotBlank @Size(max = 4000) String businessDescription,
            @NotBlank @Schema(example = "MLIT") String competentMinistry,
            @Valid @NotNull Trigger trigger,
            @Size(max = 4000) String candidateEquipment,
            @Size(max = 4000) String candidateOperators,
            @NotNull @Schema(description = "Whether the business falls under an item of Art 50(1) (a cabinet order suffices)") Boolean insideStatutoryItems,
            @NotNull @Schema(description = "indispensable, dailyLifeDependence, wideAreaDisruption, equipmentConceivable, operatorConceivable, systemsUnderDevelopment")
            Map<String, @NotNull Boolean> facts) {
    }

    record ReviewReceipt(UUID reviewId, String reviewNumber, String status, String preliminaryRecommendation) {
    }

    @PostMapping("/api/sector-reviews")
    @Operation(summary = "Start a sector review (Cabinet Office); the same request again returns its review (200), another "
            + "request under a known reviewNumber is refused (409)")
    ResponseEntity<ReviewReceipt> start(@Valid @RequestBody ReviewRequest r, Authentication user) {
        var candidate = new SectorReviewIntake.Candidate(r.reviewNumber(), r.businessName(), r.businessDescription(),
                r.competentMinistry(), new SectorReviewCase.Trigger(r.trigger().kind(), r.trigger().incidentDate(),
                r.trigger().incidentSummary()), r.candidateEquipment(), r.candidateOperators(), r.insideStatutoryItems(), r.facts());
        Actor actor = Actor.of(user);
        var started = filingOnce.findOrFile(() ->
                filingOnce.isNew(SectorReviewIntake.NUMBER_SERIES, r.reviewNumber(), actor.userId(), r)
                        ? intake.start(actor, candidate) : intake.started(actor, r.reviewNumber()));
        var review = started.review();
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ReviewReceipt(review.id(), review.reviewNumber(), review.status(), review.preliminaryRecommendation()));
    }

    record MeetingRequest(@NotNull LocalDate meetingDate, @NotBlank @Size(max = 4000) String agenda,
                          @NotBlank @Size(max = 8000) String minutesSummary, @Size(max = 8000) String interimReport,
                          @NotNull Boolean concluded, @Size(max = 4000) String conclusion) {
    }

    @PostMapping("/api/sector-reviews/{reviewNumber}/committee-meetings")
    @Operation(summary = "Record a meeting of the review's expert committee (the competent ministry or the Cabinet Office); "
            + "the same meeting again answers with its number (200) and records nothing")
    ResponseEntity<Map<String, Object>> recordMeeting(@PathVariable String reviewNumber, @Valid @RequestBody MeetingRequest m,
                                                      Authentication user) {
        var meeting = new SectorReviewCase.MeetingRecord(m.meetingDate(), m.agenda(), m.minutesSummary(), m.interimReport(),
                m.concluded(), m.conclusion());
        var recorded = filingOnce.findOrFile(() -> service.recordMeetingOverApi(Actor.of(user), reviewNumber, meeting));
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("reviewNumber", reviewNumber, "meetingNo", recorded.meetingNo(), "concluded", m.concluded()));
    }

    @GetMapping("/api/sector-reviews")
    @Operation(summary = "All sector reviews (the Cabinet Office and the ministries)")
    List<SectorReviewRepository.SectorReview> list(Authentication user) {
        return service.list(Actor.of(user));
    }

    @GetMapping("/api/sector-reviews/{reviewNumber}")
    @Operation(summary = "A sector review with its committee meetings and every step on record (the Cabinet Office and the ministries)")
    SectorReviewService.ReviewView get(@PathVariable String reviewNumber, Authentication user) {
        return service.view(Actor.of(user), reviewNumber);
    }

    @GetMapping("/api/sectors")
    @Operation(summary = "The sectors of Art 50(1) with their competent ministry, enforcement and grace end")
    List<Sector> sectors() {
        return sectors.sectors();
    }

    /** An equipment category a plan may name, with the ordinance item that lists it and the businesses it serves. */
    record EquipmentCategoryView(String code, String sectorCode, String nameJa, String ordinance, String provision,
                                 List<String> businessCodes, LocalDate effectiveOn, LocalDate graceEndsOn) {
    }

    @GetMapping("/api/equipment-categories")
    @Operation(summary = "The specified critical equipment a plan may name (open categories), each with its ordinance and item (第一条第N号)")
    List<EquipmentCategoryView> equipmentCategories(@RequestParam(required = false) String sectorCode) {
        return sectors.openEquipmentCategories(sectorCode).stream()
                .map(c -> new EquipmentCategoryView(c.code(), c.sectorCode(), c.nameJa(), c.ordinance(), c.provision(),
                        sectors.businessCodes(c.code()), c.effectiveOn(), c.graceEndsOn()))
                .toList();
    }

    @GetMapping("/api/businesses")
    @Operation(summary = "The businesses of 施行令第九条 that narrow each item of Art 50(1), with the provision naming each")
    List<Business> businesses(@RequestParam(required = false) String sectorCode) {
        return sectors.businesses(sectorCode);
    }
}
