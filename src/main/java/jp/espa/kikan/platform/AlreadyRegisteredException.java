package jp.espa.kikan.platform;

/**
 * The client's number (application, proposal or review number) names a record already registered. Answered with 400
 * where a new record was required; {@link FilingOnce} takes it for a lost race and answers with the existing record.
 */
public class AlreadyRegisteredException extends InvalidInputException {

    public AlreadyRegisteredException(String field, String message) {
        super(ProblemCode.ALREADY_REGISTERED, field, message);
    }
}
