package jp.espa.kikan.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * The engine wraps exceptions of task listeners and delegates in a generic ProcessEngineException, and the REST
 * layer wraps that again as HTTP 500. When the cause is our server-side check of a submitted form
 * (BadUserRequestException), Tasklist should get 400 and the official the plain Japanese message; everything else
 * keeps Camunda's own mapping. Registered in place of Camunda's exception handlers by {@link EngineRestConfig}.
 */
@Provider
public class FormValidationExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException rejected) {
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ExceptionHandlerHelper.getInstance().fromException(rejected)).build();
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
}
