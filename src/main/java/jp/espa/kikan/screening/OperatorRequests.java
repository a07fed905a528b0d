package jp.espa.kikan.screening;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;

/** Bodies of what the operator's side sends about a case after filing it. */
final class OperatorRequests {

    private OperatorRequests() {
    }

    @Schema(description = "The corrected plan, answering the ministry's correction request")
    record Correction(@NotBlank @Size(max = 4000) @Schema(description = "What was corrected") String summary,
                      @Valid @NotNull PlanContent plan) {
    }

    @Schema(description = "A change of the plan (Art 54). Items are classified by the decision table Decision_PlanChangeClassification")
    record PlanChange(
            @NotEmpty @Size(max = 30) @Schema(description = "What changes, as the ordinances list the changes (Decision_PlanChangeClassification), "
                    + "e.g. SUPPLIER_NAME, SUPPLIER_ADDRESS_SAME_COUNTRY, MAINTENANCE_PERIOD_SHORTENING, OTHER", example = "[\"SUPPLIER_NAME\"]")
            List<@NotBlank @Size(max = 60) String> items,
            @NotBlank @Size(max = 4000) String summary,
            @Valid @Schema(description = "The plan as changed; required for an important change") PlanContent plan) {
    }

    @Schema(description = "The operator's reply to a recommendation (Art 52(7))")
    record Reply(@NotNull @Schema(description = "Whether the operator accepts the recommendation") Boolean accepted,
                 @Size(max = 4000) @Schema(description = "Reasons; required when not accepting") String reasons,
                 @Size(max = 4000) @Schema(description = "The plan as revised to follow the recommendation; required when accepting") String revisedPlanSummary) {
    }

    @Schema(description = "Start of a post-introduction review (Art 55) of equipment introduced under a plan")
    record PostIntroductionReview(@NotBlank @Size(max = 4000) @Schema(description = "Why the review is needed") String reason) {
    }
}
