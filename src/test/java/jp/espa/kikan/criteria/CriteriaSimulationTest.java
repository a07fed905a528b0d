package jp.espa.kikan.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jp.espa.kikan.criteria.CriteriaSimulation.Change;
import jp.espa.kikan.criteria.DraftTable.ThresholdChange;
import jp.espa.kikan.registry.BusinessFigures.OperatorFigures;
import jp.espa.kikan.registry.Measure;

import org.junit.jupiter.api.Test;

/** The simulation with the DMN engine alone: the live railway table and a draft of it, side by side. */
class CriteriaSimulationTest {

    static final String KEY = "Decision_DesignationCriteriaRailway";

    static OperatorFigures railway(String number, double routeKm, int year) {
        return new OperatorFigures(UUID.randomUUID(), number, "鉄道" + number, null, null, null, List.of(
                new Measure("businessType", null, null, "TYPE1_RAILWAY", null, "s"),
                new Measure("routeKm", year, BigDecimal.valueOf(routeKm), null, null, "s")));
    }

    @Test
    void aLowerThresholdMovesExactlyTheOperatorsAtAndAboveItAndNoOther() throws Exception {
        String live = Files.readString(Path.of("bpmn/DesignationCriteriaRailway.dmn"));
        String draft = DraftTable.read(live, KEY, "x").withThresholds(List.of(new ThresholdChange("Rule_Type1Railway1000km", "routeKm",
                BigDecimal.valueOf(800)))).xml();
        CriteriaSimulation simulation = new CriteriaSimulation();

        var rows = simulation.run(List.of(railway("A", 1200, 2025), railway("B", 800, 2025), railway("C", 799.9, 2025),
                        railway("D", 1200, 2022)), simulation.parse(live, KEY), simulation.parse(draft, KEY), null, 2025);

        assertThat(rows).extracting(CriteriaSimulation.Row::change).containsExactly(Change.STILL_MEETING, Change.NEWLY_MEETING,
                Change.STILL_NOT_MEETING, Change.STILL_NOT_MEETING);
        assertThat(rows.get(3).missingFigures()).containsExactly("路線の営業キロ程の合計（km）");
    }

    @Test
    void everyEntryOfAProbeIsEvaluatedSoABrokenOneShows() throws Exception {
        String live = Files.readString(Path.of("bpmn/DesignationCriteriaRailway.dmn"));
        String broken = live.replace("&gt;= 1000", "&gt;= = (");
        CriteriaSimulation simulation = new CriteriaSimulation();
        List<String> probes = DraftTable.read(broken, KEY, "x").probes();
        assertThat(probes).hasSize(4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> probes.forEach(probe -> simulation.run(
                List.of(railway("A", 1, 2025)), null, simulation.parse(probe, KEY), null, 2025))).isInstanceOf(RuntimeException.class);
        DraftTable.read(live, KEY, "x").probes().forEach(probe -> simulation.run(List.of(railway("A", 1, 2025)), null,
                simulation.parse(probe, KEY), null, 2025));
    }

    /** Every live table compiles, and its compiled form answers as the DMN engine does, over inputs around its values. */
    @Test
    void everyLiveTableCompiledAnswersAsTheEngine() throws Exception {
        CriteriaSimulation simulation = new CriteriaSimulation();
        java.util.Random random = new java.util.Random(24);
        List<Path> tables;
        try (var files = Files.list(Path.of("bpmn"))) {
            tables = files.filter(f -> f.getFileName().toString().startsWith("DesignationCriteria")).sorted().toList();
        }
        assertThat(tables).hasSize(15);
        for (Path file : tables) {
            String xml = Files.readString(file);
            String key = "Decision_" + file.getFileName().toString().replace(".dmn", "");
            CriteriaSimulation.Parsed compiled = simulation.parse(xml, key);
            assertThat(compiled.compiled()).as(key).isPresent();
            CriteriaSimulation.Parsed engine = new CriteriaSimulation.Parsed(compiled.decision(), java.util.Optional.empty(),
                    compiled.inputs(), compiled.labels());
            var model = org.camunda.bpm.model.dmn.Dmn.readModelFromStream(new java.io.ByteArrayInputStream(
                    xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            java.util.Map<String, String> types = new java.util.HashMap<>();
            model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Input.class).forEach(input -> types.put(
                    input.getInputExpression().getText().getTextContent().strip(), input.getInputExpression().getTypeRef()));
            List<Double> numbers = new java.util.ArrayList<>(List.of(0.0, 1.0, 2.0, 3.0, 4.0));
            List<String> strings = new java.util.ArrayList<>(List.of("OTHER"));
            for (var entry : model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.InputEntry.class)) {
                java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"([^\"]*)\"|-?[0-9]+(?:\\.[0-9]+)?")
                        .matcher(entry.getTextContent());
                while (token.find()) {
                    if (token.group(1) != null) {
                        strings.add(token.group(1));
                    } else {
                        double v = Double.parseDouble(token.group());
                        numbers.addAll(List.of(v, v - 0.5, v + 0.5, v - 1, v + 1));
                    }
                }
            }
            for (int round = 0; round < 3000; round++) {
                java.util.Map<String, Object> in = new java.util.HashMap<>();
                for (String input : compiled.inputs()) {
                    String type = types.get(input);
                    Object value = input.equals("yearsBack") ? (Object) (1 + random.nextInt(3))
                            : "string".equals(type) ? strings.get(random.nextInt(strings.size()))
                            : "boolean".equals(type) ? (Object) random.nextBoolean()
                            : "integer".equals(type) ? (Object) (int) Math.round(numbers.get(random.nextInt(numbers.size())))
                            : numbers.get(random.nextInt(numbers.size()));
                    in.put(input, random.nextInt(6) == 0 ? null : value);
                }
                assertThat(hits(simulation, compiled, in)).as(key + " " + in).isEqualTo(hits(simulation, engine, in));
            }
        }
    }

    private static java.util.Set<String> hits(CriteriaSimulation simulation, CriteriaSimulation.Parsed table, java.util.Map<String, Object> in) {
        java.util.Set<String> hits = new java.util.TreeSet<>();
        simulation.evaluate(table, new java.util.HashMap<>(in), hits);
        return hits;
    }
}
