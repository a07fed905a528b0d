package jp.espa.kikan.platform;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Cases running on an earlier version of a model move to the version just deployed, so that a new release of the
 * service never strands a case on steps it no longer has. Activities keep their ids across versions, so the engine
 * maps them one to one; timers are computed again from the registry. A case the engine cannot map is left where it
 * is and named in the log for an administrator.
 */
@Component
public class RunningInstanceUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(RunningInstanceUpgrade.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;

    RunningInstanceUpgrade(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void moveRunningCasesToTheLatestModels() {
        for (ProcessDefinition latest : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (ProcessDefinition earlier : repository.createProcessDefinitionQuery().processDefinitionKey(latest.getKey())
                    .list().stream().filter(d -> d.getVersion() < latest.getVersion()).toList()) {
                List<String> running = runtime.createProcessInstanceQuery().processDefinitionId(earlier.getId()).list()
                        .stream().map(instance -> instance.getId()).toList();
                if (!running.isEmpty()) {
                    migrate(earlier, latest, running);
                }
            }
        }
    }

    private void migrate(ProcessDefinition from, ProcessDefinition to, List<String> instances) {
        try {
            MigrationPlan plan = runtime.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities()
                    .updateEventTriggers().build();
            runtime.newMigration(plan).processInstanceIds(instances).skipCustomListeners().skipIoMappings().execute();
            LOG.info("Moved {} running instance(s) of {} from version {} to {}", instances.size(), to.getKey(),
                    from.getVersion(), to.getVersion());
        } catch (RuntimeException e) {
            LOG.warn("Could not move the running instances {} of {} from version {} to {}: {}", instances, to.getKey(),
                    from.getVersion(), to.getVersion(), e.getMessage());
        }
    }
}
