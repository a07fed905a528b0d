package jp.espa.kikan.platform;

/** The actor's role does not allow this act on this case (answered 403; reads answer 404 instead, see NotFoundException). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
