package jp.espa.kikan.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of a case file: an act of the minister, the Cabinet Office or the operator, with its date, author and
 * typed content. A decision taken at a step carries {@code decision} and, where it sets a day (a new last day, a
 * revocation day), {@code effectiveOn}; the model's next step carries it out. {@code dueOn} is the last day the act
 * sets for its addressee, as its content says ({@link ActContent#dueOn()}).
 */
public record LegalAct(LegalActType actType, LocalDate actDate, String official, String decision, LocalDate effectiveOn,
                       LocalDate dueOn, ActContent content, OffsetDateTime recordedAt) {

    /** The content as the record type its act type has; a mismatch is a programming error. */
    public <T extends ActContent> T content(Class<T> type) {
        return type.cast(content);
    }

    /** The text an official wrote with the act, where its content is one ({@link ActContent#text()}). */
    public String text() {
        return content.text();
    }
}
