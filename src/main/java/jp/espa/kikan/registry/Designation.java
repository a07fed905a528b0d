package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A designation (指定) of an operator in a sector, with its grace end (Art 53) and any revocation (Art 51). */
public record Designation(UUID id, UUID operatorId, String corporateNumber, String operatorName, String operatorAddress,
                          String sectorCode, LocalDate designatedOn, LocalDate graceEndsOn, LocalDate revokedOn,
                          UUID designationCaseId) {

    public boolean activeOn(LocalDate day) {
        return !designatedOn.isAfter(day) && (revokedOn == null || revokedOn.isAfter(day));
    }
}
