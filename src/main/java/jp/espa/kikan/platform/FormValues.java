package jp.espa.kikan.platform;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.espa.kikan.platform.http.FormRejectionFilter;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Reads what an official submitted in a Camunda Form and checks its form (presence, choices, dates) again on the
 * server, as forms validate only in the browser. Only the form's own fields reach here (EngineRequestGuard); the
 * rules of the case are the application service's. A field the project API also takes is checked by the API's own
 * rules: the bean-validation constraints its request record declares ({@link #text(String, String, Class, String)}),
 * so that both doors hold the same patterns and lengths. Every text meets {@link InputRules}. A failed check throws
 * {@link #reject}: the completion is rolled back and Tasklist shows the message.
 */
public final class FormValues {

    /** Reads the constraints only; messages are the form's own, in Japanese. */
    private static final Validator RULES = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private final VariableScope scope;

    public FormValues(VariableScope scope) {
        this.scope = scope;
    }

    public String text(String name, String labelJa) {
        String value = read(name, labelJa);
        if (value == null) {
            throw reject(name, "「" + labelJa + "」を入力してください。");
        }
        return value;
    }

    /** A text the official may leave empty: null when empty. */
    public String optionalText(String name) {
        return read(name, name);
    }

    /** The stripped text, null when empty; one that breaks {@link InputRules} is refused. */
    private String read(String name, String labelJa) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String fault = InputRules.formTextFault(labelJa, value.toString());
        if (fault != null) {
            throw reject(name, fault);
        }
        return value.toString().strip();
    }

    /**
     * The text of a field the API takes as {@code component} of its request record {@code apiRecord}, held to the
     * constraints declared there (required, length, pattern); null when empty and the API allows that.
     */
    public String text(String name, String labelJa, Class<?> apiRecord, String component) {
        String value = read(name, labelJa);
        List<String> messages = RULES.validateValue(apiRecord, component, value).stream()
                .map(violation -> messageJa(labelJa, violation.getConstraintDescriptor().getAnnotation()))
                .distinct().sorted().toList();
        if (!messages.isEmpty()) {
            throw reject(name, String.join(" ", messages));
        }
        return value;
    }

    /** As {@link #text(String, String, Class, String)} for a field named as the API names it. */
    public String text(String name, String labelJa, Class<?> apiRecord) {
        return text(name, labelJa, apiRecord, name);
    }

    private static String messageJa(String labelJa, Annotation constraint) {
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return "「" + labelJa + "」を入力してください。";
        }
        if (constraint instanceof Size size) {
            return "「" + labelJa + "」は" + size.max() + "字以内で入力してください。";
        }
        if (constraint instanceof Pattern pattern && pattern.regexp().equals(InputRules.CASE_NUMBER)) {
            return "「" + labelJa + "」は半角の英数字とハイフンで入力してください（先頭は英数字）。";
        }
        return "「" + labelJa + "」の形式が正しくありません。";
    }

    public String choice(String name, String labelJa, Set<String> allowed) {
        String value = text(name, labelJa);
        if (!allowed.contains(value)) {
            throw reject(name, "「" + labelJa + "」の値が正しくありません: " + value);
        }
        return value;
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    public LocalDate date(String name, String labelJa) {
        LocalDate date = InputRules.date(text(name, labelJa));
        if (date == null) {
            throw reject(name, "「" + labelJa + "」は" + InputRules.EARLIEST.getYear() + "年から" + InputRules.LATEST.getYear()
                    + "年までの日付（YYYY-MM-DD）で入力してください。");
        }
        return date;
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
        throw reject(name, "「" + labelJa + "」は0以上" + max.toPlainString() + "以下の" + (whole ? "整数" : "数値") + "で入力してください。");
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
        return reject(null, messageJa);
    }

    /** As {@link #reject(String)}, naming the form field (the problem's {@code errors}); null: the form as a whole. */
    public static BadUserRequestException reject(String field, String messageJa) {
        FormRejectionFilter.remember(field, messageJa);
        return new BadUserRequestException(messageJa);
    }

    /**
     * Runs an official's step: the service's refusals (in Japanese) become the form's message; the refusal stays the
     * cause, so that a caller of the project API that completed the task gets its field and status.
     */
    public static <T> T step(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw (BadUserRequestException) reject(e.field(), e.getMessage()).initCause(e);
        } catch (ConflictException | NotPermittedException e) {
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
            throw (BadUserRequestException) reject(e.field(), "入力内容に誤りがあります（" + e.field() + "）: " + e.getMessage())
                    .initCause(e);
        } catch (NotPermittedException e) {
            throw (BadUserRequestException) reject("所管外のため、この手続を行うことはできません。").initCause(e);
        } catch (ConflictException e) {
            throw (BadUserRequestException) reject(e.getMessage()).initCause(e);
        }
    }
}
