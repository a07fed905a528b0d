package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import jp.espa.kikan.platform.Officials;
import java.time.LocalDate;

import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Outcome;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 受諾と変更後の計画の記録: the operator accepted; it proceeds under the revised plan, even before the period ends. */
@Component
class RecordAcceptanceDelegate implements JavaDelegate {

    private final CaseRepository cases;
    private final CaseOutcomes outcomes;

    RecordAcceptanceDelegate(CaseRepository cases, CaseOutcomes outcomes) {
        this.cases = cases;
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate replied = LocalDate.parse((String) execution.getVariable(REPLY_RECEIVED_ON));
        cases.recordAct(CaseOutcomes.caseId(execution), LegalActType.REVISED_PLAN, replied, Officials.SYSTEM,
                (String) execution.getVariable(REVISED_PLAN_SUMMARY));
        outcomes.close(execution, Outcome.RECOMMENDATION_ACCEPTED, replied, Officials.SYSTEM);
    }
}
