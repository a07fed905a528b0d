package jp.espa.kikan.platform;

/**
 * Texts copied into process variables for the forms to show. The engine keeps a string variable (and a decision
 * input in its history) in a column of 4,000 characters; a longer one failed the whole request with 500. The full text
 * stays in the registry; a variable carries an excerpt.
 */
public final class DisplayText {

    /** The engine's limit for a string variable or a historic decision input. */
    public static final int ENGINE_STRING_LIMIT = 4000;
    /** What a form shows of one free text before "…". */
    public static final int EXCERPT = 1000;

    private DisplayText() {
    }

    /** The text, or its first characters and "…" so that the result has at most {@code max} characters. */
    public static String excerpt(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never cut a surrogate pair in two
        }
        return text.substring(0, end) + "…";
    }
}
