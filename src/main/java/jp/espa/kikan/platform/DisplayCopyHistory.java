package jp.espa.kikan.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Fewer statements per filing (README "Performance"): with history level full the engine writes every new variable
 * three times (ACT_RU_VARIABLE, ACT_HI_VARINST and a change record in ACT_HI_DETAIL). For the display copies of
 * {@link DisplayVariables} and the task cards of {@link TaskPreparation}, their creation is not recorded as a change:
 * the value stays readable in ACT_HI_VARINST (Cockpit, history of a closed case), later changes are still recorded,
 * and every other variable (what forms submit) keeps its full history.
 */
@Component
class DisplayCopyHistory extends AbstractProcessEnginePlugin {

    private final Set<String> names = new HashSet<>(Set.of(TaskPreparation.CARD_CASE_NUMBER, TaskPreparation.CARD_PARTY,
            TaskPreparation.CARD_LAST_DAY));

    DisplayCopyHistory(List<DisplayVariables> copies) {
        copies.forEach(copy -> names.addAll(copy.names()));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        // in place of the engine's own database handler (as CompositeDbHistoryEventHandler puts it: first)
        handlers.add(0, new DbHistoryEventHandler() {
            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return !(event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                        && names.contains(event.getVariableName())) && super.shouldWriteHistoricDetail(event);
            }
        });
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
