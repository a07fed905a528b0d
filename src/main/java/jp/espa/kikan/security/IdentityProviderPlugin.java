package jp.espa.kikan.security;

import java.util.function.Supplier;

// engine internals: the engine takes its identity provider as a session factory, installed by a plugin (impl.cfg)
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Installs an identity provider in the engine (the starter adds every ProcessEnginePlugin bean): the throttled one
 * where passwords are checked ({@link LoginThrottlePlugin}), the read-only one where officials sign in through the
 * provider ({@link IdentityStore}).
 */
class IdentityProviderPlugin extends AbstractProcessEnginePlugin {

    private final String name;
    private final Class<? extends Session> type;
    private final Supplier<? extends Session> provider;

    IdentityProviderPlugin(String name, Class<? extends Session> type, Supplier<? extends Session> provider) {
        this.name = name;
        this.type = type;
        this.provider = provider;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return provider.get();
            }
        });
    }

    @Override
    public String toString() {
        return name;
    }
}
