package jp.espa.kikan.registry;

import java.util.Optional;

/** Who represents an operator (代表者), by title and name as the registry holds them, e.g. 代表取締役社長 and 山田　太郎. */
public record Representative(String title, String name) {

    /** What separates the parts of an addressee or signature line on a written notice: a full-width space. */
    public static final String SEPARATOR = "　";
    /** The addressee's representative when the registry names none. */
    static final String UNNAMED = "代表者";

    public Representative {
        if (title == null || title.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A representative has a title and a name.");
        }
    }

    /** The representative held in the registry's two columns, if any (they are both set or both null). */
    public static Optional<Representative> of(String title, String name) {
        return title == null || name == null ? Optional.empty() : Optional.of(new Representative(title, name));
    }

    /**
     * The addressee line of a written notice: 「○○株式会社　代表取締役社長　山田　太郎」, or 「○○株式会社　代表者」 when the
     * registry names no representative.
     */
    public static String addresseeLine(String operatorName, Optional<Representative> representative) {
        return operatorName + SEPARATOR + representative.map(r -> r.title() + SEPARATOR + r.name()).orElse(UNNAMED);
    }
}
