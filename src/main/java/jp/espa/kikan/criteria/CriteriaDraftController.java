package jp.espa.kikan.criteria;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.criteria.DraftTable.FirstCriterion;
import jp.espa.kikan.criteria.DraftTable.Threshold;
import jp.espa.kikan.criteria.DraftTable.ThresholdChange;
import jp.espa.kikan.security.Actor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Drafts of designation criteria and their simulation over HTTP: every call goes to {@link CriteriaDraftService}. */
@RestController
@Tag(name = "Criteria drafts", description = "Drafts of a sector's designation criteria (ESPA Art 50(1), each ordinance's Art 2), "
        + "tried on the registry before they are decided")
class CriteriaDraftController {

    private static final String SECTOR_CODE = "[A-Z][A-Z0-9_]{1,39}";
    private static final String DRAFT_NUMBER = "[A-Z][A-Z0-9_]{1,39}-D[0-9]{1,6}";

    private final CriteriaDraftService service;

    CriteriaDraftController(CriteriaDraftService service) {
        this.service = service;
    }

    @Schema(description = "A draft: exactly one of thresholds (the live table's, changed), dmnXml (a whole table, e.g. from "
            + "Camunda Modeler) or criteria (a new sector's first table)")
    record DraftRequest(@NotBlank @Pattern(regexp = SECTOR_CODE, message = "英大文字・数字・_ にしてください") String sectorCode,
                        @Size(max = 100) @Schema(description = "A new sector's name") String sectorNameJa,
                        @Size(max = 10) @Schema(description = "A new sector's competent ministry") String competentMinistry,
                        @NotBlank @Size(max = 4000) String summary,
                        @Size(min = 1, max = 100) List<@Valid @NotNull ThresholdBody> thresholds,
                        @Size(min = 1, max = 200_000) String dmnXml,
                        @Size(min = 1, max = 50) List<@Valid @NotNull CriterionBody> criteria) {
    }

    record ThresholdBody(@NotBlank @Size(max = 100) String ruleId, @NotBlank @Size(max = 60) String input,
                         @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value) {
    }

    record CriterionBody(@NotBlank @Pattern(regexp = "[a-z][A-Za-z0-9]{0,59}", message = "数値等のコード（例: teu）にしてください") String measureCode,
                         @NotBlank @Size(max = 200) String labelJa,
                         @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal atLeast,
                         @NotBlank @Size(max = 1000) String descriptionJa) {
    }

    @PostMapping("/api/criteria-drafts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The competent ministry drafts criteria of its sector (the next version of the sector's drafts); "
            + "the table is checked (it parses, evaluates, has the outputs criterion and description, states its look-back in "
            + "every rule and reads the live table's inputs) and never deployed")
    CriteriaDraftService.DraftView create(@Valid @RequestBody DraftRequest body, Authentication user) {
        return service.create(Actor.of(user), new CriteriaDraftService.NewDraft(body.sectorCode(), body.sectorNameJa(),
                body.competentMinistry(), body.summary(), body.thresholds() == null ? null
                : body.thresholds().stream().map(t -> new ThresholdChange(t.ruleId(), t.input(), t.value())).toList(),
                body.dmnXml(), body.criteria() == null ? null : body.criteria().stream()
                .map(c -> new FirstCriterion(c.measureCode(), c.labelJa(), c.atLeast(), c.descriptionJa())).toList()));
    }

    @GetMapping("/api/criteria-drafts")
    @Operation(summary = "The drafts the account may read: its ministry's (the Cabinet Office: all)")
    List<CriteriaDraftService.DraftView> list(Authentication user) {
        return service.list(Actor.of(user));
    }

    @GetMapping("/api/criteria-drafts/live-thresholds")
    @Operation(summary = "The thresholds of a sector's live criteria table, from which a draft is made")
    List<Threshold> liveThresholds(@RequestParam @Pattern(regexp = SECTOR_CODE) String sectorCode, Authentication user) {
        return service.liveThresholds(Actor.of(user), sectorCode);
    }

    @GetMapping("/api/criteria-drafts/{draftNumber}")
    @Operation(summary = "A draft with its thresholds")
    CriteriaDraftService.DraftView read(@PathVariable @Pattern(regexp = DRAFT_NUMBER) String draftNumber, Authentication user) {
        return service.read(Actor.of(user), draftNumber);
    }

    @GetMapping(value = "/api/criteria-drafts/{draftNumber}/dmn", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The draft's decision table (DMN), to open in Camunda Modeler")
    String dmn(@PathVariable @Pattern(regexp = DRAFT_NUMBER) String draftNumber, Authentication user) {
        return service.xml(Actor.of(user), draftNumber);
    }

    @PostMapping("/api/criteria-drafts/{draftNumber}/simulations")
    @Operation(summary = "Tries the draft on every operator of the business that reported figures, beside the live table: "
            + "newly meeting, no longer meeting, unchanged, the criteria each found met, the figures missing, SME findings; "
            + "recorded in the decision log. format=csv answers the committee's report (UTF-8 with BOM)")
    ResponseEntity<?> simulate(@PathVariable @Pattern(regexp = DRAFT_NUMBER) String draftNumber,
                               @RequestParam(required = false) @Pattern(regexp = "json|csv") String format, Authentication user) {
        DraftSimulator.SimulationResult result = service.simulate(Actor.of(user), draftNumber);
        if ("csv".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"simulation-" + draftNumber + ".csv\"")
                    .body(SimulationCsv.of(result));
        }
        return ResponseEntity.ok(result);
    }

    record EnactmentRequest(@NotNull @Schema(description = "The day the amended ordinance came into force (not in the future)")
                            java.time.LocalDate enforcedOn) {
    }

    @PostMapping("/api/criteria-drafts/{draftNumber}/enactment")
    @Operation(summary = "The competent ministry records that the amended ordinance of an existing sector is in force: the "
            + "draft becomes the sector's live criteria table, the designation procedure proposes the operators newly "
            + "meeting it (Art 50(1)) and reviews the designations no longer meeting it (Art 51). Once per draft (409 again); "
            + "a new sector's draft is enacted by the sector addition")
    CriteriaDraftService.DraftView enact(@PathVariable @Pattern(regexp = DRAFT_NUMBER) String draftNumber,
                                         @Valid @RequestBody EnactmentRequest body, Authentication user) {
        return service.enact(Actor.of(user), draftNumber, body.enforcedOn());
    }
}
