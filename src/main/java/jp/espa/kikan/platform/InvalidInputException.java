package jp.espa.kikan.platform;

/** Input that is well formed but breaks a rule; answered with 400 naming the field. Nothing has been written. */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final ProblemCode code;

    public InvalidInputException(String field, String message) {
        this(ProblemCode.INVALID_INPUT, field, message);
    }

    /** A refusal a system may act on: its stable code, the field, and the message in Japanese for the operator. */
    public InvalidInputException(ProblemCode code, String field, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public ProblemCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
