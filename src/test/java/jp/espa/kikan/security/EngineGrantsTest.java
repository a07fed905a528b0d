package jp.espa.kikan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.screening.TestPlans;
import jp.espa.kikan.support.ApiClient;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The groups and engine grants IdentitySetup makes from AccessPolicy, and what TASK_WORK leaves to candidate groups. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class EngineGrantsTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired IdentitySetup setup;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired TaskService tasks;

    @AfterEach
    void noAuthentication() {
        identity.clearAuthentication();
    }

    @Test
    void everyMinistryOfTheRegistryHasAReviewerAndASeniorGroupWithJapaneseNames() {
        assertThat(identity.createGroupQuery().groupId("ministry-mhlw").singleResult().getName()).isEqualTo("厚生労働省 審査担当");
        assertThat(identity.createGroupQuery().groupId("ministry-meti-senior").singleResult().getName())
                .isEqualTo("経済産業省 幹部（追加審査）");
        assertThat(identity.createGroupQuery().groupId(Roles.CABINET_OFFICE).singleResult().getName())
                .isEqualTo("内閣府 経済安全保障推進室");
        assertThat(identity.createGroupQuery().groupId(Roles.OPERATOR_PORTAL).singleResult().getName())
                .isEqualTo("電子申請ポータル（システム）");
        assertThat(allowed("ministry-mhlw", Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "DesignationProcess")).isTrue();
        assertThat(allowed("ministry-mhlw-senior", Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    }

    @Test
    void theCabinetOfficeStartsOnlyTheSectorAdditionProcessEvenWhereAnEarlierVersionLetItStartAny() {
        Authorization legacy = authorizations.createAuthorizationQuery().groupIdIn(Roles.CABINET_OFFICE)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(ANY).singleResult();
        legacy.addPermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(legacy);
        assertThat(allowed(Roles.CABINET_OFFICE, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "DesignationProcess")).isTrue();

        setup.setUp();

        assertThat(allowed(Roles.CABINET_OFFICE, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "DesignationProcess")).isFalse();
        assertThat(allowed(Roles.CABINET_OFFICE, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "EquipmentScreeningProcess")).isFalse();
        assertThat(allowed(Roles.CABINET_OFFICE, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "SectorAdditionProcess")).isTrue();
        assertThat(allowed(Roles.CABINET_OFFICE, Permissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "DesignationProcess")).isTrue();
    }

    @Test
    void taskAuthorizationsOfGroupsWithUpdateFromBeforeAreMadeTaskWork() {
        Authorization legacy = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        legacy.setGroupId("ministry-meti");
        legacy.setResource(Resources.TASK);
        legacy.setResourceId("legacy-task");
        legacy.addPermission(Permissions.READ);
        legacy.addPermission(Permissions.UPDATE);
        authorizations.saveAuthorization(legacy);

        setup.setUp();
        setup.setUp();

        Authorization now = authorizations.createAuthorizationQuery().groupIdIn("ministry-meti")
                .resourceType(Resources.TASK).resourceId("legacy-task").singleResult();
        assertThat(now.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
        assertThat(now.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(now.isPermissionGranted(Permissions.UPDATE)).isFalse();
    }

    @Test
    void aCandidateGroupClaimsItsTaskButTheEngineItselfRefusesToReRouteIt() throws Exception {
        String number = "GRANTS-" + System.nanoTime();
        assertThat(new ApiClient(json, port).call("POST", "/api/screenings", "portal",
                TestPlans.introduction(number, LocalDate.now(ZoneId.of("Asia/Tokyo")))).status()).isEqualTo(201);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        assertThat(allowed("ministry-mlit", Permissions.TASK_WORK, Resources.TASK, taskId)).isTrue();
        assertThat(allowed("ministry-mlit", Permissions.UPDATE, Resources.TASK, taskId)).isFalse();

        identity.setAuthentication("mlit-reviewer", List.of("ministry-mlit"));
        assertThatThrownBy(() -> tasks.addCandidateGroup(taskId, "ministry-meti")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.setAssignee(taskId, "meti-reviewer")).isInstanceOf(AuthorizationException.class);
        tasks.claim(taskId, "mlit-reviewer");
        identity.clearAuthentication();

        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("mlit-reviewer");
        assertThat(tasks.getIdentityLinksForTask(taskId)).noneMatch(link -> "ministry-meti".equals(link.getGroupId()));
    }

    private boolean allowed(String group, Permissions permission, Resource resource, String resourceId) {
        return authorizations.isUserAuthorized("someone", List.of(group), permission, resource, resourceId);
    }
}
