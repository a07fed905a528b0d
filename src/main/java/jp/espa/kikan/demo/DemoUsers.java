package jp.espa.kikan.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
// engine internals: saving a user past the password policy (the demo's published passwords) has no public API
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, one per role the procedures route work to, and the administrator {@code demo} (profile "demo";
 * every password is "demo"). "demo" does not pass the password policy, so these accounts, and only these, are saved
 * bypassing it; the production profile refuses to start while any of them exists.
 */
@Component
@Profile("demo")
public class DemoUsers {

    static final String PASSWORD = "demo";
    static final String ADMINISTRATOR = "demo";

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser(ADMINISTRATOR, "デモ", "管理者", Groups.CAMUNDA_ADMIN),
            new DemoUser("mlit-reviewer", "国交", "審査官", "ministry-mlit"),
            new DemoUser("meti-reviewer", "経産", "審査官", "ministry-meti"),
            new DemoUser("mic-reviewer", "総務", "審査官", "ministry-mic"),
            new DemoUser("fsa-reviewer", "金融", "審査官", "ministry-fsa"),
            new DemoUser("mlit-senior", "国交", "審議官", "ministry-mlit-senior"),
            new DemoUser("meti-senior", "経産", "審議官", "ministry-meti-senior"),
            new DemoUser("mic-senior", "総務", "審議官", "ministry-mic-senior"),
            new DemoUser("fsa-senior", "金融", "審議官", "ministry-fsa-senior"),
            new DemoUser("cao-official", "内閣府", "担当官", "cabinet-office"),
            new DemoUser("portal", "電子申請", "ポータル", "operator-portal"),
            // a second portal account, to represent one operator only
            new DemoUser("portal-railway", "鉄道事業者", "ポータル", "operator-portal"));

    /** The ids of the demo accounts, which must never exist in production. */
    public static final List<String> IDS = USERS.stream().map(DemoUser::id).toList();

    private final IdentityService identity;

    /** The administrators' group and its rights come first (security/IdentitySetup). */
    DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void create() {
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).singleResult() != null) {
                continue;
            }
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setPassword(PASSWORD);
            user.setEmail(demo.id() + "@example.invalid");
            ((IdentityServiceImpl) identity).saveUser(user, true); // the documented demo password, below the policy
            identity.createMembership(demo.id(), demo.group());
        }
    }
}
