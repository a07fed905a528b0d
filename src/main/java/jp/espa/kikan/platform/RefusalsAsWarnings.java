package jp.espa.kikan.platform;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A refusal of what an official or a caller submitted (a form's check, a rule of the case, an act before its day) is
 * expected: it is logged as one warning line with the refusal's message, no stack trace. The engine logs a failed
 * command in its command context (logger org.camunda.bpm.engine.context): a refusal thrown in a task listener or
 * delegate reaches it wrapped (ENGINE-03051 and the like), which the engine logged as ENGINE-16004 ERROR with the stack
 * trace, once per refused form. It now logs such a command at DEBUG; every other failure keeps ENGINE-16004 ERROR with
 * its stack trace, and the engine's own client errors (a BadUserRequestException of its own) stay at DEBUG as before.
 */
@Component
class RefusalsAsWarnings extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(RefusalsAsWarnings.class);

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
