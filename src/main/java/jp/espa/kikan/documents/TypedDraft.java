package jp.espa.kikan.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jp.espa.kikan.legal.EraDates;
import jp.espa.kikan.platform.InvalidInputException;

/**
 * What an official is typing into a form, shown in the draft of its document before the act: for each kind only the
 * parts the official enters with the act (which a draft from the record shows as 「（発出時に記載）」). The values are
 * used for that one rendering and never recorded; each is checked here (known part, length, a real day) before use.
 */
final class TypedDraft {

    static final int MAX_TEXT = 4000;
    private static final int MAX_COUNT = 1_000_000;

    private enum Type { TEXT, DATE, COUNT }

    /** The typed parts of each kind: the model's names (what the template reads) and their type. */
    private static final Map<DocumentKind, Map<String, Type>> PARTS = Map.of(
            DocumentKind.CORRECTION_REQUEST, Map.of("matters", Type.TEXT),
            DocumentKind.SHORTENING_NOTICE, Map.of("reasons", Type.TEXT, "newLastDay", Type.DATE),
            DocumentKind.EXTENSION_NOTICE, Map.of("reasons", Type.TEXT, "newLastDay", Type.DATE),
            DocumentKind.RECOMMENDATION, Map.of("measures", Type.TEXT, "content", Type.TEXT), // measures: the label picked
            DocumentKind.ORDER, Map.of("content", Type.TEXT, "complyBy", Type.DATE),
            DocumentKind.EXEMPTION_CONFIRMATION, Map.of("reasons", Type.TEXT),
            DocumentKind.OPPORTUNITY_TO_EXPLAIN, Map.of("dueOn", Type.DATE),
            DocumentKind.PUBLIC_COMMENT_RESULTS, Map.of("summary", Type.TEXT, "received", Type.COUNT),
            DocumentKind.REVOCATION_NOTICE, Map.of("revokedOn", Type.DATE));

    private TypedDraft() {
    }

    /** The parts of a kind's draft an official may type (none for a kind whose draft is all from the record). */
    static java.util.Set<String> parts(DocumentKind kind) {
        return PARTS.getOrDefault(kind, Map.of()).keySet();
    }

    /** Checks every typed value before anything is rendered: 400 naming the first that breaks a rule. */
    static void check(DocumentKind kind, Map<String, String> typed) {
        Map<String, Type> parts = PARTS.getOrDefault(kind, Map.of());
        if (typed.size() > parts.size()) {
            throw new InvalidInputException("body", kind + " に入力できる項目は " + parts.size() + " 個までです。");
        }
        typed.forEach((name, value) -> {
            Type type = parts.get(name);
            if (type == null) {
                throw new InvalidInputException(name, kind + " には項目 " + name + " はありません。");
            }
            if (value != null && !value.isBlank()) {
                shown(name, type, value);
            }
        });
    }

    /** The checked values in the draft's model, in place of what the record holds; blank ones leave it as it is. */
    static void apply(DocumentKind kind, Map<String, String> typed, Map<String, Object> model) {
        check(kind, typed);
        Map<String, Type> parts = PARTS.getOrDefault(kind, Map.of());
        typed.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                model.put(name, shown(name, parts.get(name), value));
                if (name.equals("newLastDay")) { // the shortening notice names the day after, when the ban ends
                    model.put("dayAfterNewLastDay", EraDates.format(day(name, value).plusDays(1)));
                }
            }
        });
    }

    private static String shown(String name, Type type, String value) {
        return switch (type) {
            case TEXT -> text(name, value);
            case DATE -> EraDates.format(day(name, value));
            case COUNT -> count(name, value) + "件";
        };
    }

    private static String text(String name, String value) {
        if (value.length() > MAX_TEXT) {
            throw new InvalidInputException(name, MAX_TEXT + "文字以内で入力してください。");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(name, "制御文字は使えません。");
        }
        return value.strip();
    }

    private static LocalDate day(String name, String value) {
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() < 2019 || day.getYear() > 2200) { // 令和 days the service can issue on
                throw new InvalidInputException(name, "令和の日付（2019年以降）を YYYY-MM-DD の形式で入力してください。");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "日付を YYYY-MM-DD の形式で入力してください。");
        }
    }

    private static int count(String name, String value) {
        if (!value.matches("[0-9]{1,7}") || Integer.parseInt(value) > MAX_COUNT) {
            throw new InvalidInputException(name, "0 から " + MAX_COUNT + " までの整数を入力してください。");
        }
        return Integer.parseInt(value);
    }
}
