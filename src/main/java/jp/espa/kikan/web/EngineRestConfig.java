package jp.espa.kikan.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine REST API (/engine-rest) as Camunda configures it, except that engine exceptions go through
 * {@link FormValidationExceptionMapper}, so that server-side form checks answer 400 instead of 500.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

    private static final Set<Class<?>> REPLACED_EXCEPTION_HANDLERS = Set.of(
            ExceptionHandler.class, RestExceptionHandler.class, ProcessEngineExceptionHandler.class);

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        registerClasses(CamundaRestResources.getConfigurationClasses().stream()
                .filter(provider -> !REPLACED_EXCEPTION_HANDLERS.contains(provider))
                .collect(Collectors.toSet()));
        register(FormValidationExceptionMapper.class);
        register(JacksonFeature.class);
    }
}
