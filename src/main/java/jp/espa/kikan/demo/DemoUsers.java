package jp.espa.kikan.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo accounts, one per role the procedures route work to (profile "demo"; password "demo"). */
@Component
@Profile("demo")
class DemoUsers {

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("mlit-reviewer", "国交", "審査官", "ministry-mlit"),
            new DemoUser("meti-reviewer", "経産", "審査官", "ministry-meti"),
            new DemoUser("mic-reviewer", "総務", "審査官", "ministry-mic"),
            new DemoUser("fsa-reviewer", "金融", "審査官", "ministry-fsa"),
            new DemoUser("mlit-senior", "国交", "審議官", "ministry-mlit-senior"),
            new DemoUser("meti-senior", "経産", "審議官", "ministry-meti-senior"),
            new DemoUser("mic-senior", "総務", "審議官", "ministry-mic-senior"),
            new DemoUser("fsa-senior", "金融", "審議官", "ministry-fsa-senior"),
            new DemoUser("cao-official", "内閣府", "担当官", "cabinet-office"),
            new DemoUser("portal", "電子申請", "ポータル", "operator-portal"));

    private final IdentityService identity;

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
            user.setPassword("demo");
            user.setEmail(demo.id() + "@example.invalid");
            identity.saveUser(user);
            identity.createMembership(demo.id(), demo.group());
        }
    }
}
