package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases filed before the forms bound the case object by path ({@code case.operatorName}) hold a variable per fact,
 * which the forms of this release no longer read. When the service starts after the upgrade (and the running cases
 * have moved to the models just deployed), each such process gets its case object from the registry in place of
 * those variables, once: later starts find no {@code planSummary} variable, which every filing of earlier releases wrote.
 */
@Component
class CaseObjectBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(CaseObjectBackfill.class);

    /** The copies the object replaces; acceptedOn stays, as the day of 受理 the completeness check proposes. */
    private static final List<String> REPLACED = CaseVariables.EARLIER_COPIES.stream()
            .filter(name -> !name.equals(ACCEPTED_ON)).toList();

    private final RuntimeService runtime;
    private final ScreeningRepository cases;
    private final CaseVariables display;

    CaseObjectBackfill(RuntimeService runtime, ScreeningRepository cases, CaseVariables display) {
        this.runtime = runtime;
        this.cases = cases;
        this.display = display;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3) // after RunningInstanceUpgrade and OpenTaskBackfill
    @Transactional
    public void showTheCaseObjectOnCasesOfEarlierReleases() {
        Set<String> processes = runtime.createVariableInstanceQuery().variableName(PLAN_SUMMARY).list().stream()
                .map(VariableInstance::getProcessInstanceId).collect(Collectors.toSet());
        for (String id : processes) {
            ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
            cases.findByApplicationNumber(process.getBusinessKey()).ifPresent(c -> {
                // a review after introduction showed no period (Art 55), and keeps showing none
                boolean withPeriod = runtime.getVariable(id, PERIOD_LAST_DAY) != null;
                runtime.setVariable(id, CASE, withPeriod ? display.of(c) : display.afterIntroduction(c));
                runtime.removeVariables(id, REPLACED);
            });
        }
        if (!processes.isEmpty()) {
            LOG.info("Replaced the display variables of {} process(es) of an earlier release by their case object", processes.size());
        }
    }
}
