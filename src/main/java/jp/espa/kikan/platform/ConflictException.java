package jp.espa.kikan.platform;

/** The request is valid but the case is not in a state that allows it (e.g. a reply when none is awaited). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
