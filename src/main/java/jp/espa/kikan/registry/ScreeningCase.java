package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One introduction plan (導入等計画書) or emergency notification and where its procedure stands. */
public record ScreeningCase(UUID id, String applicationNumber, CaseKind kind, UUID operatorId, String operatorName,
                            String corporateNumber, String sectorCode, String equipmentCategoryCode, String outline,
                            String content, LocalDate plannedFrom, LocalDate plannedUntil, String preventiveMeasures,
                            String exemption, LocalDate receivedOn, LocalDate periodLastDay, LocalDate extensionCap,
                            CaseStatus status, Outcome outcome, String submittedBy, OffsetDateTime createdAt) {
}
