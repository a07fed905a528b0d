package jp.espa.kikan.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;

import jp.espa.kikan.registry.SectorRegistry;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups the procedures route work to, and what each may open in the webapps. Ministries work in Tasklist on the
 * tasks of their own sectors (candidate groups); the Cabinet Office, which coordinates the regime, watches every
 * procedure in Cockpit. Idempotent: runs at every start.
 */
@Component
class IdentitySetup {

    private static final Map<String, String> GROUPS = Map.of(
            "ministry-meti", "経済産業省 審査担当",
            "ministry-mlit", "国土交通省 審査担当",
            "ministry-mic", "総務省 審査担当",
            "ministry-fsa", "金融庁 審査担当",
            "ministry-meti-senior", "経済産業省 幹部（追加審査）",
            "ministry-mlit-senior", "国土交通省 幹部（追加審査）",
            "ministry-mic-senior", "総務省 幹部（追加審査）",
            "ministry-fsa-senior", "金融庁 幹部（追加審査）",
            Roles.CABINET_OFFICE, "内閣府 経済安全保障推進室",
            Roles.OPERATOR_PORTAL, "電子申請ポータル（システム）");

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    private final SectorRegistry registry;

    IdentitySetup(IdentityService identity, AuthorizationService authorizations, SectorRegistry registry) {
        this.registry = registry;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void setUp() {
        GROUPS.forEach(this::ensureGroup);
        for (String ministry : registry.ministries().stream().map(m -> m.reviewerGroup()).toList()) {
            grant(ministry, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(ministry, Resources.FILTER, ANY, Permissions.READ);
            // Starting an Art 55 review or registering a paper emergency notification from Tasklist
            grant(ministry, Resources.PROCESS_DEFINITION, "PostIntroductionReviewProcess", Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(ministry, Resources.PROCESS_DEFINITION, "DesignationProcess", Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(ministry, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            grant(ministry + "-senior", Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(ministry + "-senior", Resources.FILTER, ANY, Permissions.READ);
        }
        grant(Roles.CABINET_OFFICE, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.CABINET_OFFICE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.CABINET_OFFICE, Resources.FILTER, ANY, Permissions.READ);
        grant(Roles.CABINET_OFFICE, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.CREATE);
        grant(Roles.CABINET_OFFICE, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.CREATE_INSTANCE);
        grant(Roles.CABINET_OFFICE, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(Roles.CABINET_OFFICE, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).singleResult() == null) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Grants the permissions, adding them to the group's existing authorization on that resource if there is one. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        var authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).list().stream().findFirst()
                .orElseGet(() -> {
                    var created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                    created.setGroupId(groupId);
                    created.setResource(resource);
                    created.setResourceId(resourceId);
                    return created;
                });
        boolean missing = false;
        for (Permission permission : permissions) {
            missing |= !authorization.isPermissionGranted(permission);
            authorization.addPermission(permission);
        }
        if (missing) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
