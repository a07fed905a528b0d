package jp.espa.kikan.sectoraddition;

import static jp.espa.kikan.sectoraddition.SectorReviewVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.registry.SectorReviewRegistry;
import jp.espa.kikan.security.Roles;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sector addition", description = "Reviews of businesses to add as sectors (ESPA Art 50(1)) and the sector registry")
class SectorReviewController {

    private final SectorReviewIntake intake;
    private final SectorReviewRegistry reviews;
    private final SectorRegistry sectors;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    SectorReviewController(SectorReviewIntake intake, SectorReviewRegistry reviews, SectorRegistry sectors,
                           RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.intake = intake;
        this.reviews = reviews;
        this.sectors = sectors;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    record Trigger(@NotNull @Pattern(regexp = "INCIDENT|PERIODIC_REVIEW") String kind, LocalDate incidentDate,
                   @Size(max = 4000) String incidentSummary) {
    }

    @Schema(description = "A business to review for addition as a sector, with the facts the exclusion criteria need")
    record ReviewRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "letters, digits and hyphens") String reviewNumber,
            @NotBlank @Size(max = 200) String businessName,
            @NotBlank @Size(max = 4000) String businessDescription,
            @NotBlank @Schema(example = "MLIT") String competentMinistry,
            @Valid @NotNull Trigger trigger,
            @Size(max = 4000) String candidateEquipment,
            @Size(max = 4000) String candidateOperators,
            @NotNull @Schema(description = "Whether the business falls under an item of Art 50(1) (a cabinet order suffices)") Boolean insideStatutoryItems,
            @NotNull @Schema(description = "indispensable, dailyLifeDependence, wideAreaDisruption, equipmentConceivable, operatorConceivable, systemsUnderDevelopment")
            Map<String, Boolean> facts) {
    }

    record ReviewReceipt(UUID reviewId, String reviewNumber, String status, String preliminaryRecommendation) {
    }

    @PostMapping("/api/sector-reviews")
    @Transactional
    @Operation(summary = "Start a sector review (Cabinet Office); the same reviewNumber again returns the existing review")
    ResponseEntity<ReviewReceipt> start(@Valid @RequestBody ReviewRequest r, Authentication user) {
        requireCabinetOffice(user);
        var existing = reviews.byNumber(r.reviewNumber());
        if (existing.isEmpty()) {
            for (String fact : r.facts().keySet()) {
                if (!FACTS.contains(fact)) {
                    throw new InvalidInputException("facts." + fact, "Unknown fact; known: " + FACTS + ".");
                }
            }
            Map<String, Object> variables = intake.register(new SectorReviewIntake.Candidate(r.reviewNumber(), r.businessName(),
                    r.businessDescription(), r.competentMinistry(), new SectorReviewIntake.Trigger(r.trigger().kind(),
                    r.trigger().incidentDate(), r.trigger().incidentSummary()), r.candidateEquipment(), r.candidateOperators(),
                    r.insideStatutoryItems(), r.facts()), user.getName());
            runtime.createProcessInstanceByKey(PROCESS).businessKey(r.reviewNumber()).setVariables(variables).execute();
        }
        var review = reviews.byNumber(r.reviewNumber()).orElseThrow();
        return ResponseEntity.status(existing.isEmpty() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ReviewReceipt(review.id(), review.reviewNumber(), review.status(), review.preliminaryRecommendation()));
    }

    record MeetingRequest(@NotNull LocalDate meetingDate, @NotBlank @Size(max = 4000) String agenda,
                          @NotBlank @Size(max = 8000) String minutesSummary, @Size(max = 8000) String interimReport,
                          @NotNull Boolean concluded, @Size(max = 4000) String conclusion) {
    }

    @PostMapping("/api/sector-reviews/{reviewNumber}/committee-meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(summary = "Record a meeting of the review's expert committee (the competent ministry or the Cabinet Office)")
    Map<String, Object> recordMeeting(@PathVariable String reviewNumber, @Valid @RequestBody MeetingRequest m,
                                      Authentication user) {
        var review = reviews.byNumber(reviewNumber).orElseThrow(() -> new NotFoundException("No sector review " + reviewNumber + "."));
        if (!Roles.isMember(user, Roles.CABINET_OFFICE) && !Roles.isMember(user, Roles.ADMIN)
                && !Roles.isMember(user, "ministry-" + review.competentMinistry().toLowerCase())) {
            throw new AccessDeniedException("Only the Cabinet Office or the competent ministry records committee meetings.");
        }
        if (m.concluded() && (m.conclusion() == null || m.conclusion().isBlank())) {
            throw new InvalidInputException("conclusion", "A concluding meeting states the conclusion.");
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reviewNumber)
                .taskDefinitionKey("Task_RecordCommitteeMeeting").singleResult();
        if (task == null) {
            throw new ConflictException("Review " + reviewNumber + " is not at its committee stage.");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("meetingDate", m.meetingDate().toString());
        values.put("agenda", m.agenda());
        values.put("minutesSummary", m.minutesSummary());
        values.put("interimReport", m.interimReport());
        values.put(COMMITTEE_CONCLUDED, m.concluded());
        values.put("committeeConclusion", m.conclusion());
        // the meeting is recorded as the caller's act, with the caller's task permissions
        identity.setAuthentication(user.getName(), user.getAuthorities().stream()
                .map(a -> a.getAuthority().substring(Roles.GROUP_PREFIX.length())).toList());
        try {
            tasks.complete(task.getId(), values);
        } finally {
            identity.clearAuthentication();
        }
        return Map.of("reviewNumber", reviewNumber, "meetingNo", reviews.meetings(review.id()).size(), "concluded", m.concluded());
    }

    record ReviewView(SectorReviewRegistry.SectorReview review, List<SectorReviewRegistry.Meeting> meetings,
                      List<SectorReviewRegistry.Act> acts) {
    }

    @GetMapping("/api/sector-reviews")
    @Operation(summary = "All sector reviews")
    List<SectorReviewRegistry.SectorReview> list() {
        return reviews.all();
    }

    @GetMapping("/api/sector-reviews/{reviewNumber}")
    @Operation(summary = "A sector review with its committee meetings and every step on record")
    ReviewView get(@PathVariable String reviewNumber) {
        var review = reviews.byNumber(reviewNumber).orElseThrow(() -> new NotFoundException("No sector review " + reviewNumber + "."));
        return new ReviewView(review, reviews.meetings(review.id()), reviews.acts(review.id()));
    }

    @GetMapping("/api/sectors")
    @Operation(summary = "The sectors of Art 50(1) with their competent ministry, enforcement and grace end")
    List<Sector> sectors() {
        return sectors.sectors();
    }

    private static void requireCabinetOffice(Authentication user) {
        if (!Roles.isMember(user, Roles.CABINET_OFFICE) && !Roles.isMember(user, Roles.ADMIN)) {
            throw new AccessDeniedException("Sector reviews are started by the Cabinet Office.");
        }
    }
}
