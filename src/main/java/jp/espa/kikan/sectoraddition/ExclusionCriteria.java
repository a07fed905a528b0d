package jp.espa.kikan.sectoraddition;

import java.util.List;
import java.util.Map;

import jp.espa.kikan.platform.DecisionRecords;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

/**
 * The three exclusion criteria (2022 expert proposal, basic guideline of 28 April 2023) as decision tables:
 * a finding per criterion, and a preliminary recommendation (list / do not list / keep studying).
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

    private final DecisionService decisions;
    private final RepositoryService repository;

    ExclusionCriteria(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    Result apply(Map<String, Object> facts) {
        List<Finding> findings = decisions.evaluateDecisionByKey(FINDINGS).variables(facts).evaluate().stream()
                .map(hit -> new Finding((String) hit.get("criterion"), Boolean.TRUE.equals(hit.get("excludes")),
                        (String) hit.get("finding")))
                .toList();
        var recommendation = decisions.evaluateDecisionByKey(RECOMMENDATION).variables(facts).evaluate().getFirstResult();
        DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(RECOMMENDATION)
                .latestVersion().singleResult();
        return new Result(findings, (String) recommendation.get("recommendation"), (String) recommendation.get("reason"),
                DecisionRecords.versionOf(table));
    }
}
