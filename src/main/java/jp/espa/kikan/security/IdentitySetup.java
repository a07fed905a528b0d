package jp.espa.kikan.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessPolicy.EngineGrant;
import jp.espa.kikan.security.AccessPolicy.Role;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups the procedures route work to, and what each may open in the webapps: a reviewer and a senior group for
 * every ministry of the registry, the Cabinet Office and the application portal, with the engine grants of
 * {@link AccessPolicy#ENGINE_GRANTS}. Idempotent: runs at every start.
 */
@Component
class IdentitySetup {

    private static final String WORKFLOW = "WORKFLOW";

    /** Every standard permission bit, to see what an existing authorization grants beyond the table. */
    private static final Permission[] STANDARD = Arrays.stream(Permissions.values())
            .filter(p -> p != Permissions.NONE && p != Permissions.ALL).toArray(Permission[]::new);

    private final IdentityService identity;
    private final IdentityStore store;
    private final AuthorizationService authorizations;
    private final SectorRegistry registry;

    IdentitySetup(IdentityService identity, IdentityStore store, AuthorizationService authorizations,
                  SectorRegistry registry) {
        this.identity = identity;
        this.store = store;
        this.authorizations = authorizations;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void setUp() {
        Map<Role, Map<String, String>> groups = groups();
        groups.values().forEach(ofRole -> ofRole.forEach((id, name) -> store.ensureGroup(id, name, WORKFLOW)));
        store.ensureGroup(Roles.MONITORING, "監視（メトリクスの収集）", WORKFLOW);
        administrators();
        for (EngineGrant grant : AccessPolicy.ENGINE_GRANTS) {
            for (String group : groups.getOrDefault(grant.role(), Map.of()).keySet()) {
                grant(group, grant);
            }
        }
        workInsteadOfUpdateOnTasks();
    }

    /**
     * Camunda's administrators' group with ALL on every resource, what the starter gives its first administrator
     * ({@code camunda.bpm.admin-user}): the provider's accounts in the group mapped to camunda-admin, or the demo's.
     */
    private void administrators() {
        store.ensureGroup(Roles.ADMIN, "システム管理者", Groups.GROUP_TYPE_SYSTEM);
        for (Resources resource : Resources.values()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(Roles.ADMIN).resourceType(resource)
                    .resourceId(Authorization.ANY).count() == 0) {
                Authorization all = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                all.setGroupId(Roles.ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
    }

    /** Group id and Japanese name per role. camunda-admin is Camunda's own and holds every permission already. */
    private Map<Role, Map<String, String>> groups() {
        Map<Role, Map<String, String>> groups = new EnumMap<>(Role.class);
        for (Ministry ministry : registry.ministries()) {
            groups.computeIfAbsent(Role.MINISTRY_REVIEWER, r -> new LinkedHashMap<>())
                    .put(ministry.reviewerGroup(), ministry.nameJa() + " 審査担当");
            groups.computeIfAbsent(Role.MINISTRY_SENIOR, r -> new LinkedHashMap<>())
                    .put(Roles.seniorGroup(ministry.reviewerGroup()), ministry.nameJa() + " 幹部（追加審査）");
        }
        groups.put(Role.CABINET_OFFICE, Map.of(Roles.CABINET_OFFICE, "内閣府 経済安全保障推進室"));
        groups.put(Role.OPERATOR_PORTAL, Map.of(Roles.OPERATOR_PORTAL, "電子申請ポータル（システム）"));
        return groups;
    }

    /**
     * Gives the group exactly the table's permissions on that resource: the table is the one place, so a permission
     * an earlier version granted there and the table no longer names (e.g. the Cabinet Office starting any process)
     * is taken away.
     */
    private void grant(String groupId, EngineGrant grant) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(grant.resource()).resourceId(grant.resourceId()).list().stream()
                .filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst()
                .orElseGet(() -> {
                    Authorization created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                    created.setGroupId(groupId);
                    created.setResource(grant.resource());
                    created.setResourceId(grant.resourceId());
                    return created;
                });
        if (authorization.getId() == null
                || !Set.of(authorization.getPermissions(STANDARD)).equals(Set.copyOf(grant.permissions()))) {
            authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
            authorizations.saveAuthorization(authorization);
        }
    }

    /**
     * Task authorizations made before TASK_WORK became the engine's default for candidate groups gave them UPDATE,
     * with which a ministry could add another ministry as candidate or assign the task: make those TASK_WORK too.
     */
    private void workInsteadOfUpdateOnTasks() {
        String[] groups = identity.createGroupQuery().list().stream().map(Group::getId)
                .filter(group -> !group.equals(Roles.ADMIN)).toArray(String[]::new);
        if (groups.length == 0) {
            return;
        }
        List<Authorization> updates = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .groupIdIn(groups).hasPermission(Permissions.UPDATE).list();
        for (Authorization authorization : updates) {
            if (authorization.getAuthorizationType() == AUTH_TYPE_GRANT) {
                authorization.removePermission(Permissions.UPDATE);
                authorization.addPermission(Permissions.TASK_WORK);
                authorizations.saveAuthorization(authorization);
            }
        }
    }
}
