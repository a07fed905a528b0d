package jp.espa.kikan.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

// engine internals: the authorization manager is the engine's only place to skip its scan of every grant; replaced through its session factory
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks without a scan of every grant. Before its first check in a command, the engine reads the
 * groups that hold any grant at all ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}) to leave the
 * official's other groups out of the check. That table grows with every task ever worked (a grant per task and
 * candidate group, and the HISTORIC_TASK grant kept with the history for ten years): at 100,000 open cases (200,000
 * grants) the scan took 19 ms, twice in each engine REST start of a process, and once in each Tasklist count
 * (scripts/benchmark-scale). A group without grants matches no grant row, so checking all of the official's groups
 * decides the same; this manager does that and reads nothing.
 */
@Component
class GrantedGroupsWithoutScan extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            factories.addAll(configuration.getCustomSessionFactories());
        }
        factories.add(new SessionFactory() { // replaces the engine's factory of the same session type
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new AllGroupsChecked();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static final class AllGroupsChecked extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }
}
