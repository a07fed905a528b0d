package jp.espa.kikan.platform;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

import org.camunda.bpm.engine.BadUserRequestException;
// engine internals: the engine logs a failed command in its command context; its factory is where that logging can be changed
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refusal of what an official or a caller submitted (a form's check, a rule of the case, an act before its day) is
 * expected: it is logged as one warning line with the refusal's message, no stack trace. The engine logs a failed
 * command in its command context (logger org.camunda.bpm.engine.context): a refusal thrown in a task listener or
 * delegate reaches it wrapped (ENGINE-03051 and the like), which the engine logged as ENGINE-16004 ERROR with the stack
 * trace, once per refused form. It now logs such a command at DEBUG; every other failure keeps ENGINE-16004 ERROR with
 * its stack trace, and the engine's own client errors (a BadUserRequestException of its own) stay at DEBUG as before.
 * The engine REST answers such a refused completion 500 (FormRejectionFilter then answers 400) and logs it as a
 * WARN whose text is the stack trace; that duplicate is dropped too, as the command's warning already says it.
 */
@Component
class RefusalsAsWarnings extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(RefusalsAsWarnings.class);

    /** The engine REST's logger of the exceptions it answers (ENGINE-REST-HTTP500 with the stack trace as text). */
    static final String ENGINE_REST_LOGGER = "org.camunda.bpm.engine.rest.exception";

    RefusalsAsWarnings() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(new TurboFilter() {
                @Override
                public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
                                          Object[] params, Throwable t) {
                    return level == Level.WARN && ENGINE_REST_LOGGER.equals(logger.getName()) && format != null
                            && restAnswerToARefusal(format) ? FilterReply.DENY : FilterReply.NEUTRAL;
                }
            });
        }
    }

    /** The engine REST's text of a 500 that wraps a refusal: a rejection or a rule of the case among its causes. */
    static boolean restAnswerToARefusal(String stackTrace) {
        return REFUSALS.stream().anyMatch(refusal -> stackTrace.contains("Caused by: " + refusal.getName() + ":"));
    }

    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(BadUserRequestException.class,
            InvalidInputException.class, AlreadyRegisteredException.class, ConflictException.class,
            BeforeItsDayException.class, NotPermittedException.class, NotFoundException.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCommandContextFactory() != null) {
            throw new IllegalStateException("Another command context factory is configured: "
                    + configuration.getCommandContextFactory().getClass().getName());
        }
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new CommandContext(getProcessEngineConfiguration()) {
                    @Override
                    protected boolean shouldLogFine(Throwable failure) {
                        Throwable refusal = refusal(failure);
                        if (refusal == null) {
                            return super.shouldLogFine(failure);
                        }
                        log.warn("Refused ({}): {}", refusal.getClass().getSimpleName(), refusal.getMessage());
                        return true;
                    }
                };
            }
        };
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }

    /**
     * The refusal a failed command carries: one of the application's (anywhere in the chain), or a rejection
     * (BadUserRequestException) wrapped by the engine around a listener's or delegate's failure. Null for any other
     * failure and for the engine's own client errors thrown as they are.
     */
    static Throwable refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ConflictException
                    || cause instanceof NotPermittedException || cause instanceof NotFoundException) {
                return cause;
            }
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException) {
                return cause;
            }
        }
        return null;
    }
}
