package jp.espa.kikan.criteria;

import java.util.List;
import java.util.Optional;

import jp.espa.kikan.criteria.CriteriaDraftRepository.Draft;
import jp.espa.kikan.criteria.CriteriaDraftService.NewDraft;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.registry.BusinessFigures;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.Sector;
import jp.espa.kikan.registry.SectorRegistry;

import org.springframework.stereotype.Component;

/**
 * Makes a draft's table from what a ministry sends, and checks it: for a live sector the live table with thresholds
 * changed, or an upload that keeps the live table's contract; for a new sector its first table over the figures its
 * business reports, or an upload. Every table must parse and evaluate before it is kept.
 */
@Component
class DraftTables {

    private static final String KEY_PREFIX = "Decision_DesignationCriteria";

    /** A draft's table as made, with what it names. */
    record Made(String sectorNameJa, String decisionKey, String origin, String basedOn, String xml) {
    }

    private final CriteriaDraftRepository drafts;
    private final CriteriaSimulation simulation;
    private final LiveCriteriaTables liveTables;
    private final SectorRegistry sectors;

    DraftTables(CriteriaDraftRepository drafts, CriteriaSimulation simulation, LiveCriteriaTables liveTables, SectorRegistry sectors) {
        this.drafts = drafts;
        this.simulation = simulation;
        this.liveTables = liveTables;
        this.sectors = sectors;
    }

    /** Whose draft it is: the live sector's ministry, or a new sector's (its first draft's, else the one named). */
    String competentMinistry(NewDraft d) {
        Optional<Sector> live = liveSector(d.sectorCode());
        if (live.isPresent()) {
            return live.get().competentMinistry();
        }
        String ministry = drafts.firstOf(d.sectorCode()).map(Draft::competentMinistry).orElse(d.competentMinistry());
        if (ministry == null || sectors.ministry(ministry).isEmpty()) {
            throw new InvalidInputException("competentMinistry", "新たな対象事業の案には所管省庁を指定してください（"
                    + sectors.ministries().stream().map(Ministry::code).toList() + "）。");
        }
        return ministry;
    }

    Made make(NewDraft d) {
        Optional<Sector> live = liveSector(d.sectorCode());
        Made made = live.isPresent() ? changed(live.get(), d) : first(d);
        requireEvaluable(made.xml(), made.decisionKey());
        return made;
    }

    private Made changed(Sector sector, NewDraft d) {
        if (d.criteria() != null) {
            throw new InvalidInputException("criteria", "既存の対象事業には現行の指定基準があります: 閾値の変更（thresholds）か決定表（dmnXml）で案を作成してください。");
        }
        String key = sector.criteriaDecisionKey();
        var table = liveTables.of(sector);
        DraftTable liveTable = DraftTable.read(liveTables.xml(table), key, "sectorCode");
        String xml = d.thresholds() != null ? liveTable.withThresholds(d.thresholds()).xml() : d.dmnXml();
        DraftTable.read(xml, key, "dmnXml").requireContract(liveTable.inputs(), "dmnXml");
        return new Made(sector.nameJa(), key, d.thresholds() != null ? "LIVE_CHANGED" : "UPLOADED", table.version(), xml);
    }

    private Made first(NewDraft d) {
        String nameJa = drafts.firstOf(d.sectorCode()).map(Draft::sectorNameJa).orElse(d.sectorNameJa());
        if (nameJa == null || nameJa.isBlank()) {
            throw new InvalidInputException("sectorNameJa", "新たな対象事業の案にはその名称を指定してください。");
        }
        if (d.thresholds() != null) {
            throw new InvalidInputException("thresholds", "対象事業 " + d.sectorCode() + " には現行の指定基準がありません。");
        }
        String key = KEY_PREFIX + camelCase(d.sectorCode());
        String xml = d.criteria() != null ? DraftTable.firstTable(key, nameJa, d.criteria()) : d.dmnXml();
        DraftTable.read(xml, key, "dmnXml").requireContract(null, "dmnXml");
        return new Made(nameJa, key, d.criteria() != null ? "NEW_SECTOR" : "UPLOADED", null, xml);
    }

    private Optional<Sector> liveSector(String sectorCode) {
        return sectors.sector(sectorCode).filter(s -> s.criteriaDecisionKey() != null);
    }

    /** A table must not only parse but evaluate: a broken expression shows in its first evaluation. */
    private void requireEvaluable(String xml, String key) {
        try {
            for (String probe : DraftTable.read(xml, key, "dmnXml").probes()) {
                simulation.run(List.of(new BusinessFigures.OperatorFigures(null, "", "", null, null, null, List.of())), null,
                        simulation.parse(probe, key), null, 2000);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException("dmnXml", "決定表を評価できません: " + firstLine(e.getMessage()));
        }
    }

    static String camelCase(String sectorCode) {
        StringBuilder name = new StringBuilder();
        for (String part : sectorCode.toLowerCase().split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
