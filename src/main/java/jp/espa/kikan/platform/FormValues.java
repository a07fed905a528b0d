package jp.espa.kikan.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what an official submitted in a Camunda Form and checks its form (presence, choices, dates) again on the
 * server, as forms validate only in the browser. Only the form's own fields reach here (EngineRequestGuard); the
 * rules of the case are the application service's. A failed check throws {@link #reject}: the completion is rolled
 * back and Tasklist shows the message.
 */
public final class FormValues {

    private final VariableScope scope;

    public FormValues(VariableScope scope) {
        this.scope = scope;
    }

    public String text(String name, String labelJa) {
        String value = optionalText(name);
        if (value == null) {
            throw reject("「" + labelJa + "」を入力してください。");
        }
        return value;
    }

    /** A text the official may leave empty: null when empty. */
    public String optionalText(String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    public String choice(String name, String labelJa, Set<String> allowed) {
        String value = text(name, labelJa);
        if (!allowed.contains(value)) {
            throw reject("「" + labelJa + "」の値が正しくありません: " + value);
        }
        return value;
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    public LocalDate date(String name, String labelJa) {
        String value = text(name, labelJa);
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw reject("「" + labelJa + "」は日付（YYYY-MM-DD）で入力してください。");
        }
    }

    /** A date the official may leave empty: null when empty. */
    public LocalDate optionalDate(String name, String labelJa) {
        return optionalText(name) == null ? null : date(name, labelJa);
    }

    /** A number from 0 to {@code max} (a whole one if {@code whole}): shares, capital, head counts, comments. */
    public BigDecimal number(String name, String labelJa, BigDecimal max, boolean whole) {
        String text = text(name, labelJa);
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() >= 0 && value.compareTo(max) <= 0 && (!whole || value.stripTrailingZeros().scale() <= 0)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw reject("「" + labelJa + "」は0以上" + max.toPlainString() + "以下の" + (whole ? "整数" : "数値") + "で入力してください。");
    }

    public static void require(boolean condition, String messageJa) {
        if (!condition) {
            throw reject(messageJa);
        }
    }

    /**
     * The exception that rejects a submission: the completion or start rolls back, and the official sees the message
     * (HTTP 400, see {@link FormRejectionFilter}).
     */
    public static BadUserRequestException reject(String messageJa) {
        FormRejectionFilter.remember(messageJa);
        return new BadUserRequestException(messageJa);
    }

    /**
     * Runs an official's step: the service's refusals (in Japanese) become the form's message; the refusal stays the
     * cause, so that a caller of the project API that completed the task gets its field and status.
     */
    public static <T> T step(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException | ConflictException | NotPermittedException e) {
            throw (BadUserRequestException) reject(e.getMessage()).initCause(e);
        }
    }

    public static void step(Runnable step) {
        step(() -> {
            step.run();
            return null;
        });
    }

    /** Runs a start form's registration, whose rules are shared with the API: names the field in the message. */
    public static <T> T registration(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw (BadUserRequestException) reject("入力内容に誤りがあります（" + e.field() + "）: " + e.getMessage()).initCause(e);
        } catch (NotPermittedException e) {
            throw (BadUserRequestException) reject("所管外のため、この手続を行うことはできません。").initCause(e);
        } catch (ConflictException e) {
            throw (BadUserRequestException) reject(e.getMessage()).initCause(e);
        }
    }
}
