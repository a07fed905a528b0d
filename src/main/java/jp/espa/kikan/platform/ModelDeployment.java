package jp.espa.kikan.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
// engine internals: process engine plugins are the engine's extension point, and Camunda keeps them in impl.cfg
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model and form (bpmn/*.bpmn, bpmn/*.dmn, forms/*.form) as one deployment when the engine starts.
 * Resource names are classpath-relative ("forms/Form_ReviewPlan.form"), so unchanged models deploy nothing new
 * whether the service runs from target/classes or from the jar (the starter's auto-deployment names files by their
 * absolute path and skips *.form). When any file changed, all are deployed again, so formRefBinding="deployment"
 * always finds the forms beside their process.
 */
@Component
class ModelDeployment extends AbstractProcessEnginePlugin {

    static final String NAME = "kikan-workflow";
    private static final List<String> FOLDERS_AND_PATTERNS = List.of("bpmn/*.bpmn", "bpmn/*.dmn", "forms/*.form");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(NAME).source(NAME).enableDuplicateFiltering(false);
        var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
        try {
            for (String pattern : FOLDERS_AND_PATTERNS) {
                String folder = pattern.substring(0, pattern.indexOf('/') + 1);
                for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
                    deployment.addInputStream(folder + resource.getFilename(), resource.getInputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the models to deploy", e);
        }
        deployment.deploy();
    }
}
