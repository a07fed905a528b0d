package jp.espa.kikan.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.platform.DecisionRecorder;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.Procedure;

import org.springframework.stereotype.Service;

/**
 * Applies the risk criteria of Decision_SupplierRiskFactors to every business a plan names. The table holds the
 * criteria; this service only gathers inputs (counts, never officers' personal data) and records the evaluation.
 */
@Service
class SupplierRiskAssessment {

    static final String DECISION = "Decision_SupplierRiskFactors";

    enum Severity {
        NONE("なし"), LOW("低い"), MEDIUM("中程度"), HIGH("高い");

        final String labelJa;

        Severity(String labelJa) {
            this.labelJa = labelJa;
        }
    }

    record Factor(String party, String factor, Severity severity, String description) {
    }

    record Result(Severity level, List<Factor> factors, String ruleVersion) {

        /** As the case file keeps it. */
        ActContent.RiskAssessment asContent() {
            return new ActContent.RiskAssessment(level.name(), level.labelJa, ruleVersion, factors.stream()
                    .map(f -> new ActContent.RiskAssessment.RiskFinding(f.party(), f.description(), f.severity().labelJa))
                    .toList());
        }

        String findingsJa() {
            if (factors.isEmpty()) {
                return "リスク要因は見つかりませんでした。";
            }
            StringBuilder text = new StringBuilder();
            for (Factor f : factors) {
                text.append(f.party()).append(": ").append(f.description()).append("（").append(f.severity().labelJa).append("）\n");
            }
            return text.toString().strip();
        }
    }

    private final ScreeningRepository cases;
    private final DecisionRecorder decisions;

    SupplierRiskAssessment(ScreeningRepository cases, DecisionRecorder decisions) {
        this.cases = cases;
        this.decisions = decisions;
    }

    Result assess(ScreeningCaseRow c) {
        DecisionRecorder.Table table = decisions.latest(DECISION);
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<Factor> factors = new ArrayList<>();
        for (PlanParty party : cases.parties(c.id())) {
            Map<String, Object> in = inputsOf(party);
            inputs.add(in);
            decisions.evaluate(table, in).forEach(hit -> factors.add(
                    new Factor(party.name(), (String) hit.get("factor"), Severity.valueOf((String) hit.get("severity")),
                            (String) hit.get("description"))));
        }
        Severity level = factors.stream().map(Factor::severity).max(Comparator.naturalOrder()).orElse(Severity.NONE);
        decisions.record(Procedure.SCREENING, c.applicationNumber(), table, inputs, factors, level.name());
        return new Result(level, factors, table.version());
    }

    /** The table's inputs for one party: derived facts only, so the evaluation history holds no personal data. */
    private static Map<String, Object> inputsOf(PlanParty party) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("party", party.name());
        in.put("role", party.role().name());
        in.put("countryOfIncorporation", party.countryOfIncorporation());
        in.put("foreignGovernmentSalesShare", party.foreignGovernmentSalesShare().doubleValue());
        in.put("foreignVotingHolders", (int) party.votingHolders().stream().filter(h -> !"JP".equals(h.country())).count());
        in.put("foreignOfficers", (int) party.officers().stream().filter(o -> !"JP".equals(o.nationality())).count());
        in.put("plantCountry", party.plantCountry());
        return in;
    }
}
