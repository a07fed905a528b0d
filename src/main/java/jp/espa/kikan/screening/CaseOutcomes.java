package jp.espa.kikan.screening;

import java.time.LocalDate;
import java.util.UUID;

import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Closes a case: the outcome goes to the registry, to the case file and to the process (Cockpit shows it). */
@Component
class CaseOutcomes {

    private final CaseRepository cases;

    CaseOutcomes(CaseRepository cases) {
        this.cases = cases;
    }

    void close(VariableScope scope, Outcome outcome, LocalDate on, String official) {
        UUID caseId = caseId(scope);
        cases.close(caseId, outcome);
        cases.recordAct(caseId, LegalActType.OUTCOME, on, official, outcome.name() + " " + outcome.labelJa());
        scope.setVariable(ScreeningVariables.OUTCOME, outcome.name());
    }

    static UUID caseId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(ScreeningVariables.CASE_ID));
    }
}
