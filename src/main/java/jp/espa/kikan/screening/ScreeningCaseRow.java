package jp.espa.kikan.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jp.espa.kikan.registry.Outcome;

/**
 * One introduction plan (導入等計画書) or emergency notification and where its procedure stands. {@code receivedOn} is the
 * arrival of the plan as it now stands (a changed plan arrives anew); {@code acceptedOn} is its 受理 after the formal
 * check, from which the period and the extension cap count (null until then, and so are they). The screening's rules
 * over it and its case file are {@link ScreeningCase}.
 */
public record ScreeningCaseRow(UUID id, String applicationNumber, CaseKind kind, UUID operatorId, String operatorName,
                               String corporateNumber, String sectorCode, String equipmentCategoryCode, String outline,
                               String content, LocalDate plannedFrom, LocalDate plannedUntil, String preventiveMeasures,
                               String exemption, LocalDate receivedOn, LocalDate acceptedOn, LocalDate periodLastDay, LocalDate extensionCap,
                               CaseStatus status, Outcome outcome, String submittedBy, OffsetDateTime createdAt) {
}
