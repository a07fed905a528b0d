package jp.espa.kikan.platform;

/** Input that is well formed but breaks a rule; answered with 400 naming the field. Nothing has been written. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
