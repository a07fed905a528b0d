package jp.espa.kikan.platform;

/** Unknown resource, or one the caller may not see (both answer 404 so that existence does not leak). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
