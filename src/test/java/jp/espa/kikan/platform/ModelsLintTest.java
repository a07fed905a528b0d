package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.junit.jupiter.api.Test;

/**
 * Two of Camunda Modeler's lint rules (bpmnlint's recommended set), checked on every model without Node: a gateway
 * either joins or forks (no-gateway-join-fork), and only a gateway joins (fake-join: a task with two incoming flows
 * reads as a join but runs once per flow).
 */
class ModelsLintTest {

    @Test
    void noGatewayBothJoinsAndForks() throws IOException {
        assertThat(nodes(Gateway.class).filter(g -> g.getIncoming().size() > 1 && g.getOutgoing().size() > 1)
                .map(ModelsLintTest::named).toList()).isEmpty();
    }

    @Test
    void onlyGatewaysJoin() throws IOException {
        assertThat(nodes(Activity.class).filter(a -> a.getIncoming().size() > 1).map(ModelsLintTest::named).toList())
                .isEmpty();
    }

    private static <T extends FlowNode> Stream<T> nodes(Class<T> type) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            List<Path> models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models.stream().flatMap(f -> Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(type).stream());
        }
    }

    private static String named(FlowNode node) {
        return node.getId() + " (" + node.getName() + ")";
    }
}
