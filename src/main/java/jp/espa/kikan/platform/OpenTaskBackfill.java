package jp.espa.kikan.platform;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tasks opened before a release that prepares them (TaskPreparation's cards and due dates, the engine's per-task
 * history grants of enable-historic-instance-permissions) get what later tasks get at creation, once, when the service
 * starts after the upgrade: their Tasklist card (TaskCards, in place of the three card variables of earlier releases),
 * a due date where the model gave none (the step's standard period from the day the task opened), and READ on their
 * history for each candidate group (comments, the History tab). Later starts find nothing to do (three look-ups).
 */
@Component
class OpenTaskBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(OpenTaskBackfill.class);

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AuthorizationService authorizations;
    private final StandardPeriods standardPeriods;
    private final boolean historicInstancePermissions;

    OpenTaskBackfill(JdbcTemplate jdbc, TaskService tasks, RuntimeService runtime, AuthorizationService authorizations,
                     StandardPeriods standardPeriods,
                     @Value("${camunda.bpm.generic-properties.properties.enable-historic-instance-permissions:false}")
                     boolean historicInstancePermissions) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.runtime = runtime;
        this.authorizations = authorizations;
        this.standardPeriods = standardPeriods;
        this.historicInstancePermissions = historicInstancePermissions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2) // after RunningInstanceUpgrade: the tasks of the models just deployed
    public void prepareTasksOpenedBeforeTheUpgrade() {
        int cards = showMissingCards();
        int dues = setMissingDueDates();
        int grants = historicInstancePermissions ? grantMissingHistory() : 0;
        if (cards + dues + grants > 0) {
            LOG.info("Prepared open tasks of an earlier release: {} card(s), {} due date(s), {} history grant(s)", cards,
                    dues, grants);
        }
    }

    private int showMissingCards() {
        List<String> ids = jdbc.queryForList("select t.id_ from act_ru_task t where t.proc_inst_id_ is not null and not exists"
                + " (select 1 from act_ru_variable v where v.task_id_ = t.id_ and v.name_ = ?)", String.class,
                TaskCards.CARD);
        for (String id : ids) {
            Task task = tasks.createTaskQuery().taskId(id).singleResult();
            String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            Map<String, Object> caseVariables = runtime.getVariables(task.getExecutionId(),
                    TaskCards.PARTY_VARIABLES.stream().map(path -> path.split("\\.")[0]).toList());
            tasks.setVariableLocal(id, TaskCards.CARD, TaskCards.card(businessKey, caseVariables::get));
            tasks.removeVariablesLocal(id, TaskCards.EARLIER_CARDS);
        }
        return ids.size();
    }

    private int setMissingDueDates() {
        List<Task> undated = tasks.createTaskQuery().withoutDueDate().list().stream()
                .filter(task -> task.getProcessInstanceId() != null).toList();
        undated.forEach(task -> tasks.setDueDate(task.getId(),
                standardPeriods.due(task.getTaskDefinitionKey(), task.getCreateTime().toInstant())));
        return undated.size();
    }

    /** What the engine grants a candidate group when it is added to a task (DefaultAuthorizationProvider). */
    private int grantMissingHistory() {
        List<Map<String, Object>> missing = jdbc.queryForList("select l.task_id_ as task, l.group_id_ as grp"
                + " from act_ru_identitylink l join act_ru_task t on t.id_ = l.task_id_"
                + " where l.type_ = 'candidate' and l.group_id_ is not null and not exists (select 1 from act_ru_authorization a"
                + " where a.resource_type_ = ? and a.resource_id_ = l.task_id_ and a.group_id_ = l.group_id_)",
                Resources.HISTORIC_TASK.resourceType());
        for (Map<String, Object> row : missing) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId((String) row.get("grp"));
            grant.setResource(Resources.HISTORIC_TASK);
            grant.setResourceId((String) row.get("task"));
            grant.addPermission(HistoricTaskPermissions.READ);
            authorizations.saveAuthorization(grant);
        }
        return missing.size();
    }
}
