package jp.espa.kikan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

// engine internals: a history level is the engine's only filter of history events (types and levels are impl)
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.migration.instance.MigratingVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Fewer statements per filing (README "Performance"): the engine keeps no history of the display copies of
 * {@link DisplayVariables} and of the task cards ({@link TaskCards}). With history level full it would write
 * each of them three times (ACT_RU_VARIABLE, ACT_HI_VARINST and a change record in ACT_HI_DETAIL), though they only
 * copy the registry, whose case file is the record. Every other variable, and any name a form lets officials submit,
 * keeps its full history. The level keeps the name and id of "full", so a database of an earlier release is accepted as it is.
 */
@Component
class DisplayCopyHistory extends AbstractProcessEnginePlugin {

    private final Set<String> names = new HashSet<>(Set.of(TaskCards.CARD, TaskCards.CARD_REPLY_DUE_ON));

    DisplayCopyHistory(List<DisplayVariables> copies) throws IOException {
        copies.forEach(copy -> names.addAll(copy.names()));
        names.addAll(TaskCards.EARLIER_CARDS); // removed from the tasks they are on without a history of the removal
        names.removeAll(editableOnAnyForm());
    }

    /**
     * Names an official can submit on some form (受理の日 on the completeness check, the sector on a start form):
     * those values keep their full history, even where a display copy has the same name.
     */
    static Set<String> editableOnAnyForm() throws IOException {
        Set<String> editable = new HashSet<>();
        for (Resource form : new PathMatchingResourcePatternResolver(DisplayCopyHistory.class.getClassLoader())
                .getResources("classpath*:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                editable.addAll(FormFields.read(in).editable());
            }
        }
        return editable;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(new FullExceptDisplayCopies(names)); // the engine takes the last level named as configured
        configuration.setCustomHistoryLevels(levels);
    }

    static final class FullExceptDisplayCopies extends HistoryLevelFull {

        private final Set<String> names;

        FullExceptDisplayCopies(Set<String> names) {
            this.names = names;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !names.contains(variableName(entity));
        }

        /** The variable a variable event is about (the engine passes one of these), or null for other events. */
        private static String variableName(Object entity) {
            if (entity instanceof VariableInstance variable) {
                return variable.getName();
            }
            if (entity instanceof HistoricVariableUpdateEventEntity update) {
                return update.getVariableName();
            }
            if (entity instanceof MigratingVariableInstance migrating) {
                return migrating.getVariableName();
            }
            return null;
        }
    }
}
