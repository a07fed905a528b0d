package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of a case file: an act of the minister, the Cabinet Office or the operator, with its date and author.
 * A decision taken at a step carries {@code decision} and, where it sets a day (a new last day, a revocation day),
 * {@code effectiveOn}; the model's next step carries it out.
 */
public record LegalAct(LegalActType actType, LocalDate actDate, String official, String decision, LocalDate effectiveOn,
                       String details, OffsetDateTime recordedAt) {
}
