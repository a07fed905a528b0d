package jp.espa.kikan.security;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.espa.kikan.demo.DemoUsers;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
// engine internals: a plugin checks before the engine touches the database, against the engine's default policy, with no identity service yet
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * In the production profile the service refuses to start with what is safe only on a demo machine: the demo profile
 * (accounts whose password "demo" is published in the README), the demo's identity provider (the same accounts),
 * a database still holding demo accounts, or a first
 * administrator ({@code camunda.bpm.admin-user}) with a default or weak password. Runs inside the engine's start
 * (a process engine plugin): the profile and password checks before the engine touches the database, the accounts
 * check once the engine is built; all before the web server accepts a request.
 */
@Component
@Profile("production")
class ProductionStartupCheck extends AbstractProcessEnginePlugin {

    /** Passwords (and parts of passwords) that any attacker tries first; compared ignoring case. */
    static final List<String> WELL_KNOWN_PASSWORDS = List.of("demo", "admin", "camunda", "password", "passw0rd",
            "changeme", "secret", "welcome", "letmein", "qwerty", "123456");

    static final String DEMO_PROVIDER = "kikan.sign-in.demo-provider.enabled";

    private final Environment environment;
    private final CamundaBpmProperties camunda;

    ProductionStartupCheck(Environment environment, CamundaBpmProperties camunda) {
        this.environment = environment;
        this.camunda = camunda;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        refuseDemoProfile();
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        PasswordPolicy policy = configuration.getPasswordPolicy() != null ? configuration.getPasswordPolicy()
                : new DefaultPasswordPolicyImpl();
        refuseUnsafeFirstAdministrator(camunda.getAdminUser(), policy);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        refuseDemoAccounts(engine);
    }

    void refuseDemoProfile() {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw refusal("the demo profile is active too; it creates accounts whose password is 'demo'.");
        }
        if (environment.getProperty(DEMO_PROVIDER, Boolean.class, false)) {
            throw refusal(DEMO_PROVIDER + " is true; the demo's identity provider signs in accounts whose password is"
                    + " 'demo'. Set kikan.sign-in.issuer-uri to the ministry's provider.");
        }
    }

    /**
     * Only when {@code camunda.bpm.admin-user} is set: otherwise the starter creates no administrator. With passwords
     * off there is no password account at all (the engine's identity service is read-only, IdentityStore).
     */
    void refuseUnsafeFirstAdministrator(AdminUserProperty admin, PasswordPolicy policy) {
        if (admin == null || admin.getId() == null) {
            return;
        }
        if (!environment.getProperty("kikan.sign-in.passwords", Boolean.class, true)) {
            throw refusal("camunda.bpm.admin-user is set, but kikan.sign-in.passwords is off: the users are the identity"
                    + " provider's (read-only in the service); administrators sign in through it, in a group mapped to "
                    + Roles.ADMIN + ".");
        }
        if (DemoUsers.IDS.contains(admin.getId())) {
            throw refusal("camunda.bpm.admin-user.id '" + admin.getId() + "' is a demo account.");
        }
        String password = admin.getPassword();
        if (password == null || password.isBlank()) {
            throw refusal("camunda.bpm.admin-user.password is not set.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String id = admin.getId().toLowerCase(Locale.ROOT);
        if (lower.contains(id) || WELL_KNOWN_PASSWORDS.stream().anyMatch(lower::contains)) {
            throw refusal("camunda.bpm.admin-user.password is a default or contains the account id or a well-known"
                    + " password (" + String.join(", ", WELL_KNOWN_PASSWORDS) + ").");
        }
        User candidate = new UserEntity(admin.getId());
        candidate.setFirstName(admin.getFirstName());
        candidate.setLastName(admin.getLastName());
        candidate.setEmail(admin.getEmail());
        String broken = policy.getRules().stream().filter(rule -> !rule.execute(password, candidate))
                .map(ProductionStartupCheck::describe).collect(Collectors.joining(", "));
        if (!broken.isEmpty()) {
            throw refusal("camunda.bpm.admin-user.password does not match the password policy: " + broken + ".");
        }
    }

    void refuseDemoAccounts(ProcessEngine engine) {
        List<String> found = engine.getIdentityService().createUserQuery()
                .userIdIn(DemoUsers.IDS.toArray(String[]::new)).list().stream().map(User::getId).sorted().toList();
        if (!found.isEmpty()) {
            throw refusal("demo accounts exist in the identity service: " + String.join(", ", found)
                    + ". Delete them before running in production, or use a database never run with the demo profile.");
        }
    }

    private static String describe(PasswordPolicyRule rule) {
        String name = rule.getPlaceholder().replace("PASSWORD_POLICY_", "").toLowerCase(Locale.ROOT);
        return rule.getParameters() == null || rule.getParameters().isEmpty() ? name : name + " " + rule.getParameters();
    }

    private static Refusal refusal(String problem) {
        return new Refusal("Refusing to start with the production profile: " + problem);
    }

    static class Refusal extends IllegalStateException {
        Refusal(String message) {
            super(message);
        }
    }

    /** Shows the refusal as Spring Boot's "APPLICATION FAILED TO START" description (META-INF/spring.factories). */
    static class RefusalAnalyzer extends AbstractFailureAnalyzer<Refusal> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, Refusal cause) {
            return new FailureAnalysis(cause.getMessage(), "Fix the setup named above; the production profile"
                    + " accepts no demo profile, no demo identity provider, no demo account and no default or weak first"
                    + " administrator's password.",
                    cause);
        }
    }
}
