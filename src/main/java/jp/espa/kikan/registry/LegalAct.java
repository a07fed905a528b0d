package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record LegalAct(LegalActType actType, LocalDate actDate, String official, String details, OffsetDateTime recordedAt) {
}
