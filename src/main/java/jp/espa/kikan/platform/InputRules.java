package jp.espa.kikan.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Rules every text and date must meet, whichever door it comes through: the project API's JSON (StrictJson) and the
 * Camunda forms officials submit in Tasklist or over engine REST (EngineRequestGuard, FormValues). The field rules of
 * each procedure (patterns, lengths) are the bean-validation annotations of its API request records, which the forms
 * are checked against too (FormValues).
 */
public final class InputRules {

    /** Case, application, proposal and review numbers: they become paths of documents and links in Tasklist. */
    public static final String CASE_NUMBER = "[A-Za-z0-9][A-Za-z0-9-]*";
    public static final String CASE_NUMBER_MESSAGE = "letters, digits and hyphens";

    /** No date outside: PostgreSQL stored -9999999-01-01 as -infinity, H2 failed beyond year 9999. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private InputRules() {
    }

    /** Why a text cannot be stored, or null: a NUL (PostgreSQL refuses it) or a lone surrogate (stored as "?"). */
    public enum TextFault {
        NUL("NUL characters are not allowed.", "NUL文字は使えません。"),
        LONE_SURROGATE("Lone surrogate characters are not allowed (not valid Unicode).", "文字として読めない符号（不正なUnicode）が含まれています。");

        public final String message;
        public final String messageJa;

        TextFault(String message, String messageJa) {
            this.message = message;
            this.messageJa = messageJa;
        }
    }

    public static TextFault textFault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return TextFault.NUL;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return TextFault.LONE_SURROGATE;
            }
        }
        return null;
    }

    /**
     * Why a text an official submitted in a form cannot be stored, in Japanese, or null: a fault of {@link #textFault},
     * or longer than the engine keeps in a string variable ({@link DisplayText#ENGINE_STRING_LIMIT}; longer ones made
     * the whole submission fail with 500).
     */
    public static String formTextFault(String labelJa, String text) {
        TextFault fault = textFault(text);
        if (fault != null) {
            return "「" + labelJa + "」: " + fault.messageJa;
        }
        return text.length() > DisplayText.ENGINE_STRING_LIMIT
                ? "「" + labelJa + "」は" + DisplayText.ENGINE_STRING_LIMIT + "字以内で入力してください。" : null;
    }

    /** A calendar day written YYYY-MM-DD, from {@link #EARLIEST} to {@link #LATEST}; null for anything else. */
    public static LocalDate date(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
