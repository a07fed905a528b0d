package jp.espa.kikan.screening;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.espa.kikan.platform.InputRules;
import jp.espa.kikan.registry.EmergencyCase;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;

/**
 * 緊急導入等届出書 (Art 52(11)): after-the-fact notification of an introduction made in the emergency case of the
 * competent ordinance (Art 52(1) proviso; MLIT ordinance Art 10(1), MIC Art 11(1), the others Art 10(1)).
 */
@Schema(description = "Emergency notification filed after an urgent introduction")
record EmergencyNotification(
        @NotBlank @Size(max = 60) @Pattern(regexp = InputRules.CASE_NUMBER, message = InputRules.CASE_NUMBER_MESSAGE)
        String applicationNumber,
        @NotBlank @Pattern(regexp = "[0-9]{13}", message = "13桁の数字にしてください") String operatorCorporateNumber,
        @NotBlank String sectorCode,
        @NotBlank String equipmentCategoryCode,
        @Schema(description = "Day the minister received the notification; today when omitted") LocalDate receivedOn,
        @NotNull @Schema(description = "Day the equipment was introduced") LocalDate introducedOn,
        @NotBlank @Size(max = 4000) @Schema(description = "Why it had to be introduced at once") String urgencyReason,
        @NotNull @Schema(description = "The ordinance's emergency case relied on: the service disrupted, or a disruption threatened")
        EmergencyCase emergencyCase,
        @Valid @NotNull PlanContent plan) {
}
