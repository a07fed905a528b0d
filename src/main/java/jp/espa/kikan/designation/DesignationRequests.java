package jp.espa.kikan.designation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.platform.InputRules;

/** Bodies of the designation API. */
final class DesignationRequests {

    private DesignationRequests() {
    }

    @Schema(description = "Candidates a ministry system proposes for designation (one or many)")
    record Proposals(@NotEmpty @Size(max = 100) List<@Valid @NotNull Candidate> candidates) {
    }

    record Candidate(
            @NotBlank @Size(max = 60) @Pattern(regexp = InputRules.CASE_NUMBER, message = InputRules.CASE_NUMBER_MESSAGE)
            String proposalNumber,
            @NotBlank @Pattern(regexp = "[0-9]{13}", message = "13桁の数字にしてください") String corporateNumber,
            @NotBlank @Size(max = 300) String operatorName,
            @NotBlank @Size(max = 500) String operatorAddress,
            @NotBlank String sectorCode,
            @NotNull @Schema(description = "Industry under the SME Basic Act") Industry industry,
            @NotNull @PositiveOrZero @Digits(integer = 19, fraction = 0) @Schema(description = "Whole yen") BigDecimal capitalYen,
            @NotNull @Min(0) @Max(10_000_000) Integer employees,
            @NotBlank @Size(max = 4000) String proposalReason,
            @Size(max = 100) @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "制御文字は使えません")
            @Schema(description = "Title of the operator's representative, with representativeName", example = "代表取締役社長")
            String representativeTitle,
            @Size(max = 200) @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "制御文字は使えません")
            @Schema(description = "Name of the operator's representative, with representativeTitle", example = "山田　太郎")
            String representativeName,
            @Size(max = 200) @Schema(description = "Figures and facts of the operator's business in the sector, filed with the "
                    + "proposal so that the criteria read them at once (an operator new to the registry has none before)")
            List<@Valid @NotNull MeasureValue> measures) {
    }

    /** A text printed on a notice: no line breaks, tabs or other control characters. */
    private static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";

    enum Industry { MANUFACTURING_OTHER, WHOLESALE, SERVICE, RETAIL }

    @Schema(description = "Figures and facts of the operator's business in a sector, named as the sector's criteria table names them")
    record MeasureFiling(@NotBlank String sectorCode, @NotEmpty @Size(max = 200) List<@Valid @NotNull MeasureValue> measures) {
    }

    record MeasureValue(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z][A-Za-z0-9]*", message = "数値等のコード（例: routeKm）にしてください")
            @Schema(example = "routeKm") String code,
            @Min(2000) @Max(2100) @Schema(description = "Fiscal year of a yearly figure; omit for a standing fact") Integer fiscalYear,
            @Digits(integer = 20, fraction = 4) @Schema(description = "A figure") BigDecimal number,
            @Size(max = 200) @Schema(description = "A text fact, e.g. the business type", example = "TYPE1_RAILWAY") String text,
            @Schema(description = "A yes/no fact") Boolean flag,
            @NotBlank @Size(max = 500) @Schema(description = "Where the figure comes from (report, statistics...)") String source) {
    }

    @Schema(description = "Notice of a change of the operator's name or address, due at least 2 weeks before the change")
    record ChangeNotice(@NotNull ChangeNoticeService.ChangeKind kind, @NotBlank @Size(max = 500) String newValue,
                        @NotNull LocalDate effectiveOn) {
    }
}
