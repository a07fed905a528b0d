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
}
