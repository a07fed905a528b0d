package jp.espa.kikan.security;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
// engine internals: the service writes the engine's identity tables itself, so the engine can offer them read-only
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The service's own writes to the engine's users, groups and memberships: its groups at start ({@link IdentitySetup})
 * and, at each sign-in through the provider, the official with exactly the mapped groups ({@link OfficialAccounts}).
 * They go to the engine's tables directly, not through the IdentityService, because where officials sign in through
 * the provider only ({@code kikan.sign-in.passwords: false}) the engine's identity service is read-only: the
 * directory is the provider's, so Admin lists users, groups and memberships but offers no change, and
 * /engine-rest and the webapps' API refuse every identity write (403), administrators included. Candidate groups,
 * authorizations and the webapps' re-check of a session read the tables as before.
 */
@Component
class IdentityStore {

    private final ProcessEngine engine;

    IdentityStore(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    void ensureGroup(String id, String name, String type) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(id).singleResult() == null) {
            write(store -> {
                Group group = store.createNewGroup(id);
                group.setName(name);
                group.setType(type);
                store.saveGroup(group);
            });
        }
    }

    /** The official's names and e-mail (no password), member of exactly those of {@code groups} the engine knows. */
    void keepOfficial(String userId, String firstName, String lastName, String email, Set<String> groups) {
        IdentityService identity = engine.getIdentityService();
        List<String> current = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> known = groups.stream().filter(group -> identity.createGroupQuery().groupId(group).count() > 0).toList();
        write(store -> {
            UserEntity user = store.findUserById(userId);
            if (user == null) {
                user = store.createNewUser(userId);
            }
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            store.saveUser(user);
            current.stream().filter(group -> !groups.contains(group)).forEach(group -> store.deleteMembership(userId, group));
            known.stream().filter(group -> !current.contains(group)).forEach(group -> store.createMembership(userId, group));
        });
    }

    private interface Write {
        void to(DbIdentityServiceProvider store);
    }

    /** In one transaction of the engine, without an authenticated user (the service's own act). */
    private void write(Write write) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
            write.to(new DbIdentityServiceProvider());
            return null;
        });
    }

    /** Where officials sign in only through the provider, the engine reads its identity tables and writes none. */
    @Configuration
    static class ReadOnlyWithoutPasswords {

        @Bean
        @ConditionalOnProperty(name = "kikan.sign-in.passwords", havingValue = "false")
        AbstractProcessEnginePlugin readOnlyIdentityProviderPlugin() {
            return new IdentityProviderPlugin("ReadOnlyIdentityProviderPlugin", DbReadOnlyIdentityServiceProvider.class,
                    DbReadOnlyIdentityServiceProvider::new);
        }
    }
}
