package jp.espa.kikan.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.platform.InputRules;
import jp.espa.kikan.registry.ExemptionGround;
import jp.espa.kikan.registry.ParentControl;

/** An introduction plan (導入等計画書, Art 52(2)) as the application portal submits it. */
@Schema(description = "Introduction plan of a designated operator")
record PlanSubmission(
        @NotBlank @Size(max = 60) @Pattern(regexp = InputRules.CASE_NUMBER, message = InputRules.CASE_NUMBER_MESSAGE)
        @Schema(description = "The portal's application number; submitting it again returns the existing case", example = "EP-2026-000123")
        String applicationNumber,
        @NotNull @Schema(description = "INTRODUCTION of equipment, or ENTRUSTMENT of its critical maintenance/operation")
        PlanKind kind,
        @NotBlank @Pattern(regexp = "[0-9]{13}", message = "13桁の数字にしてください")
        @Schema(description = "Corporate number (法人番号) of the designated operator", example = "6999901000002")
        String operatorCorporateNumber,
        @NotBlank @Schema(example = "RAILWAY") String sectorCode,
        @NotBlank @Schema(example = "RAILWAY_SHINKANSEN_INTERLOCKING_REMOTE_CONTROL") String equipmentCategoryCode,
        @Schema(description = "Day the minister received the plan (Asia/Tokyo); today when omitted") LocalDate receivedOn,
        @Valid @NotNull PlanContent plan,
        @Schema(description = "Earlier releases' exemption flag; a claim now names its ground in exemptionClaim (required with this)")
        Exemption exemption,
        @Valid @Schema(description = "Claimed exemption from filing (Art 52(1), the parenthetical): the supplier is one that "
                + "施行令第十条第一項 names; introductions only")
        ExemptionClaim exemptionClaim) {

    enum PlanKind { INTRODUCTION, ENTRUSTMENT }

    /** Earlier releases' flag: a subsidiary or a public body, without the ground of 施行令第十条第一項. */
    enum Exemption { CONTROLLED_SUBSIDIARY, PUBLIC_BODY }

    /**
     * What the operator claims: the item of 施行令第十条第一項 the supplier falls under and, for a subsidiary, how the
     * operator controls it under the competent ordinance's parent test (MLIT Art 7(1), MIC Art 8(1), …).
     */
    @Schema(description = "An exemption claim under 施行令第十条")
    record ExemptionClaim(
            @NotNull @Schema(description = "The item of 施行令第十条第一項 the supplier falls under") ExemptionGround ground,
            @Schema(description = "SUBSIDIARY only: how the operator controls the supplier (the ordinance's item and sub-item)")
            ParentControl parentControl,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "SUBSIDIARY only: percent of the supplier's votes the parent holds on its own account")
            BigDecimal parentVotingShare,
            @Size(max = 300) @Schema(description = "SUBSIDIARY only: the operator's subsidiary that controls the supplier, "
                    + "if the control is indirect (施行令第十条第三項後段)") String controlledThrough,
            @Size(max = 4000) @Schema(description = "The facts the claim rests on (holdings, board, contracts, financing)") String facts) {
    }

    /** What a plan says; also the body of corrections and changes, which replace it. */
    record PlanContent(
            @NotBlank @Size(max = 4000) @Schema(description = "Outline of the specified critical equipment") String outline,
            @NotBlank @Size(max = 4000) @Schema(description = "Content of the introduction or of the entrusted maintenance/operation") String content,
            @NotNull @Schema(description = "Planned introduction day, or first day of the entrustment") LocalDate plannedFrom,
            @Schema(description = "Last day of the entrustment (entrustment only)") LocalDate plannedUntil,
            @NotBlank @Size(max = 4000) @Schema(description = "The operator's own measures against specified obstruction acts") String preventiveMeasures,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull Party> parties) {
    }

    record Party(
            @NotNull PartyRole role,
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 200) String representative,
            @NotBlank @Size(max = 500) String address,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "ISO 3166-1 の英字2文字の国コード（例: JP）にしてください") String countryOfIncorporation,
            @Pattern(regexp = "[0-9]{13}", message = "13桁の数字にしてください") @Schema(description = "Required for companies incorporated in Japan") String corporateNumber,
            @Size(max = 300) @Schema(description = "The component equipment it supplies (component suppliers only)") String componentItem,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Highest share (percent) of sales to one foreign government in any of the last 3 fiscal years")
            BigDecimal foreignGovernmentSalesShare,
            @Pattern(regexp = "[A-Z]{2}", message = "ISO 3166-1 の英字2文字の国コード（例: JP）にしてください")
            @Schema(description = "Country of the manufacturing plant (suppliers only)") String plantCountry,
            @Size(max = 100) List<@Valid @NotNull VotingHolder> votingHolders,
            @Size(max = 200) List<@Valid @NotNull Officer> officers) {
    }

    record VotingHolder(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "ISO 3166-1 の英字2文字の国コード（例: JP）にしてください") String country,
            @NotNull @DecimalMin("5") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal share) {
    }

    record Officer(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Past LocalDate birthDate,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "ISO 3166-1 の英字2文字の国コード（例: JP）にしてください") String nationality) {
    }
}
