package jp.espa.kikan.sectoraddition;

import java.util.List;
import java.util.Map;

import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.registry.Procedure;

import org.springframework.stereotype.Service;

/**
 * The three exclusion criteria (2022 expert proposal, basic guideline of 28 April 2023) as decision tables:
 * a finding per criterion, and a preliminary recommendation (list / do not list / keep studying), both on record.
 */
@Service
class ExclusionCriteria {

    static final String FINDINGS = "Decision_SectorExclusionFindings";
    static final String RECOMMENDATION = "Decision_SectorAdditionRecommendation";

    record Finding(String criterion, boolean excludes, String text) {
    }

    record Result(List<Finding> findings, String recommendation, String reason, String ruleVersion) {

        String findingsJa() {
            StringBuilder text = new StringBuilder();
            findings.forEach(f -> text.append(f.excludes() ? "【該当】" : "【非該当】").append(f.text()).append('\n'));
            return text.toString().strip();
        }
    }

    private final DecisionRecorder decisions;

    ExclusionCriteria(DecisionRecorder decisions) {
        this.decisions = decisions;
    }

    Result apply(String reviewNumber, Map<String, Object> facts) {
        List<Finding> findings = decisions.evaluateAndRecord(Procedure.SECTOR_ADDITION, reviewNumber, FINDINGS, facts,
                        hits -> hits.stream().anyMatch(hit -> Boolean.TRUE.equals(hit.get("excludes"))) ? "EXCLUDED" : "NOT_EXCLUDED")
                .stream()
                .map(hit -> new Finding((String) hit.get("criterion"), Boolean.TRUE.equals(hit.get("excludes")),
                        (String) hit.get("finding")))
                .toList();
        DecisionRecorder.Table table = decisions.latest(RECOMMENDATION);
        Map<String, Object> recommendation = decisions.evaluate(table, facts).get(0);
        decisions.record(Procedure.SECTOR_ADDITION, reviewNumber, table, facts, recommendation,
                (String) recommendation.get("recommendation"));
        return new Result(findings, (String) recommendation.get("recommendation"), (String) recommendation.get("reason"),
                table.version());
    }
}
