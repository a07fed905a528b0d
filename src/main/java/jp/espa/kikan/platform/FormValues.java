package jp.espa.kikan.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what an official submitted in a Camunda Form and checks it again on the server (forms validate only in the
 * browser). A failed check throws {@link #reject}: the completion is rolled back and Tasklist shows the message.
 */
public final class FormValues {

    private final VariableScope scope;

    public FormValues(VariableScope scope) {
        this.scope = scope;
    }

    public String text(String name, String labelJa) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw reject("「" + labelJa + "」を入力してください。");
        }
        return value.toString().strip();
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

    /** An optional ISO date variable set by the process (not by the official). */
    public LocalDate optionalDate(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : LocalDate.parse(value.toString());
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
}
