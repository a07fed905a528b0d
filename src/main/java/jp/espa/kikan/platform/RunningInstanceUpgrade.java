package jp.espa.kikan.platform;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases running on an earlier version of a model move to the version just deployed, so that a new release of the
 * service never strands a case on steps it no longer has. Activities keep their ids across versions, so the engine
 * maps them one to one; a step a release removed moves to the step that now takes its place ({@link #REPLACED}), and
 * its open task takes that step's name, or, where nothing takes its place, is cancelled ({@link #DROPPED}); timers are
 * computed again from the registry.
 * <p>
 * Once per model version, not at every start: the move and its row in {@code instance_upgrade} are one transaction,
 * and the row's primary key is the lock (a second node starting beside the first waits, then finds it done). A move
 * that fails rolls back and fails the start, naming the cases: a release whose models cannot take the running cases
 * must not serve them on the steps it removed; the next start tries again.
 */
@Component
public class RunningInstanceUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(RunningInstanceUpgrade.class);

    /**
     * Steps removed from a model, by process key, with the step a case waiting there goes on at: the opportunity to
     * explain before an order (Art 88 of the Act sets APA Chapter 3 aside for it) gives way to the consultation on the
     * order (Art 56), which the order needed anyway.
     */
    static final Map<String, Map<String, String>> REPLACED = Map.of(
            "RecommendationProcess", Map.of("Task_GiveOpportunityToExplain", "Task_ConsultOnOrder"));

    /**
     * Steps removed from a model without a successor, by process key: a case's branch waiting there is cancelled
     * before it moves. The standing offer to extend the period during a recommendation (期間の延長（勧告手続中）) became
     * an action on the case (POST /api/screenings/{caseId}/extensions), which the other branch needs not wait for.
     */
    static final Map<String, Set<String>> DROPPED = Map.of("RecommendationProcess", Set.of("Task_DecideExtension"));

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    RunningInstanceUpgrade(RepositoryService repository, RuntimeService runtime, TaskService tasks, JdbcClient jdbc,
                           PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void moveRunningCasesToTheLatestModels() {
        List<String> failures = new ArrayList<>();
        for (ProcessDefinition latest : repository.createProcessDefinitionQuery().latestVersion().list()) {
            if (done(latest)) {
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> moveToTheLatest(latest));
            } catch (DuplicateKeyException doneByAnotherNode) {
                LOG.info("Running instances of {} version {} were moved by another node", latest.getKey(), latest.getVersion());
            } catch (RuntimeException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Running instances could not be moved to the latest models, so this release "
                    + "does not start (move them with the engine REST API's migration, or correct the release): " + String.join("; ", failures));
        }
    }

    private boolean done(ProcessDefinition latest) {
        return jdbc.sql("select count(*) from instance_upgrade where process_definition_id = ?").param(latest.getId())
                .query(Integer.class).single() > 0;
    }

    /** Takes the lock (the row), then moves every earlier version's running instances. */
    private void moveToTheLatest(ProcessDefinition latest) {
        jdbc.sql("insert into instance_upgrade (process_definition_id, process_key, version, instances, upgraded_at) "
                + "values (?, ?, ?, 0, ?)").params(latest.getId(), latest.getKey(), latest.getVersion(), OffsetDateTime.now())
                .update();
        int moved = 0;
        for (ProcessDefinition earlier : repository.createProcessDefinitionQuery().processDefinitionKey(latest.getKey())
                .list().stream().filter(d -> d.getVersion() < latest.getVersion()).toList()) {
            List<String> running = runtime.createProcessInstanceQuery().processDefinitionId(earlier.getId()).list()
                    .stream().map(instance -> instance.getId()).toList();
            if (!running.isEmpty()) {
                migrate(earlier, latest, running);
                moved += running.size();
            }
        }
        jdbc.sql("update instance_upgrade set instances = ? where process_definition_id = ?").params(moved, latest.getId())
                .update();
    }

    private void migrate(ProcessDefinition from, ProcessDefinition to, List<String> instances) {
        try {
            BpmnModelInstance earlier = repository.getBpmnModelInstance(from.getId());
            BpmnModelInstance latest = repository.getBpmnModelInstance(to.getId());
            Map<String, String> replaced = new HashMap<>();
            REPLACED.getOrDefault(to.getKey(), Map.of()).forEach((removed, next) -> {
                if (earlier.getModelElementById(removed) != null && latest.getModelElementById(removed) == null) {
                    replaced.put(removed, next);
                }
            });
            for (String dropped : DROPPED.getOrDefault(to.getKey(), Set.of())) {
                if (earlier.getModelElementById(dropped) != null && latest.getModelElementById(dropped) == null) {
                    cancel(dropped, from, instances);
                }
            }
            MigrationInstructionsBuilder builder = runtime.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities();
            replaced.forEach(builder::mapActivities);
            MigrationPlan plan = builder.updateEventTriggers().build();
            runtime.newMigration(plan).processInstanceIds(instances).skipCustomListeners().skipIoMappings().execute();
            for (String next : replaced.values()) { // a migrated task keeps its name: it now is the next step
                String name = ((FlowElement) latest.getModelElementById(next)).getName();
                tasks.createTaskQuery().processDefinitionId(to.getId()).taskDefinitionKey(next).list().stream()
                        .filter(task -> instances.contains(task.getProcessInstanceId()) && !name.equals(task.getName()))
                        .forEach(task -> {
                            task.setName(name);
                            tasks.saveTask(task);
                        });
            }
            LOG.info("Moved {} running instance(s) of {} from version {} to {}", instances.size(), to.getKey(),
                    from.getVersion(), to.getVersion());
        } catch (RuntimeException e) {
            throw new IllegalStateException("the running instances " + instances + " of " + to.getKey() + " version "
                    + from.getVersion() + " could not move to version " + to.getVersion() + ": " + e.getMessage(), e);
        }
    }

    /** Cancels the branches of the instances waiting at a dropped step (without the models' own listeners). */
    private void cancel(String step, ProcessDefinition from, List<String> instances) {
        for (String instance : runtime.createProcessInstanceQuery().processDefinitionId(from.getId()).activityIdIn(step).list()
                .stream().map(ProcessInstance::getId).filter(instances::contains).toList()) {
            runtime.createProcessInstanceModification(instance).cancelAllForActivity(step).execute(true, true);
        }
    }
}
