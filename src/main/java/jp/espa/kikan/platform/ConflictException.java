package jp.espa.kikan.platform;

/** The request is valid but the case is not in a state that allows it (e.g. a reply when none is awaited). */
public class ConflictException extends RuntimeException {

    private final ProblemCode code;

    public ConflictException(String message) {
        this(ProblemCode.CONFLICT, message);
    }

    /** A refusal a system may act on: its stable code, and the message in Japanese for the operator. */
    public ConflictException(ProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    public ProblemCode code() {
        return code;
    }
}
