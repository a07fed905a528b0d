package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Running instances move to a new model version once, recorded in instance_upgrade; one that cannot move stops the
 * start with its id and leaves nothing recorded, so the next start tries again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class RunningInstanceUpgradeTest {

    private static final String KEY = "InstanceUpgradeProbe";

    @Autowired RunningInstanceUpgrade upgrade;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void removeTheProbe() {
        repository.createDeploymentQuery().deploymentName(KEY).list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void runningInstancesMoveOncePerModelVersion() {
        ProcessDefinition first = deploy(model("Task_Review"));
        String running = runtime.startProcessInstanceById(first.getId()).getId();
        ProcessDefinition second = deploy(model("Task_Review"));

        upgrade.moveRunningCasesToTheLatestModels();
        assertThat(definitionOf(running)).isEqualTo(second.getId());
        assertThat(jdbc.sql("select instances from instance_upgrade where process_definition_id = ?").param(second.getId())
                .query(Integer.class).single()).isEqualTo(1);

        String startedOnTheOldOne = runtime.startProcessInstanceById(first.getId()).getId();
        upgrade.moveRunningCasesToTheLatestModels();
        assertThat(definitionOf(startedOnTheOldOne)).as("this version's move is done").isEqualTo(first.getId());
    }

    @Test
    void anInstanceThatCannotMoveStopsTheStartAndIsTriedAgain() {
        String running = runtime.startProcessInstanceById(deploy(model("Task_Review")).getId()).getId();
        ProcessDefinition second = deploy(model("Task_Decide"));

        assertThatThrownBy(upgrade::moveRunningCasesToTheLatestModels).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(running).hasMessageContaining(KEY);
        assertThat(jdbc.sql("select count(*) from instance_upgrade where process_definition_id = ?").param(second.getId())
                .query(Integer.class).single()).isZero();
        assertThatThrownBy(upgrade::moveRunningCasesToTheLatestModels).as("tried again").isInstanceOf(IllegalStateException.class);
    }

    private ProcessDefinition deploy(BpmnModelInstance model) {
        Deployment deployment = repository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
    }

    private String definitionOf(String instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
    }

    private static BpmnModelInstance model(String task) {
        return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180).startEvent().userTask(task).endEvent().done();
    }
}
