package jp.espa.kikan.overview;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.security.Roles;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who holds the officials' open steps, for one reading of the overview: the ministries of a task's candidate groups
 * (内閣府 for the Cabinet Office, （幹部） for a ministry's seniors) and the official who claimed it, by name.
 */
final class TaskHolders {

    static final String CABINET_OFFICE = "内閣府";
    private static final String SENIOR = "（幹部）";

    /** The ministries holding a step (seniors as their ministry), and how the overview names its holders. */
    record Holder(List<String> ministries, String label) {
    }

    private final IdentityService identity;
    private final List<Ministry> ministries;
    private final Map<String, List<String>> candidateGroups;
    private final Map<String, String> assignees;
    private final Map<String, String> userNames = new HashMap<>();
    private final Map<String, Holder> holders = new HashMap<>();

    /**
     * Reads the candidate groups and assignees of these open tasks (those of the cases listed) in two queries (the
     * engine's API asks once per task).
     */
    TaskHolders(JdbcClient jdbc, IdentityService identity, List<Ministry> ministries, Collection<String> taskIds) {
        this.identity = identity;
        this.ministries = ministries;
        this.candidateGroups = taskIds.isEmpty() ? Map.of() : jdbc.sql("select task_id_, group_id_ from act_ru_identitylink"
                        + " where type_ = :type and task_id_ in (:tasks) and group_id_ is not null")
                .param("type", IdentityLinkType.CANDIDATE).param("tasks", taskIds)
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        this.assignees = new HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.sql("select id_, assignee_ from act_ru_task where id_ in (:tasks)").param("tasks", taskIds)
                    .query(row -> {
                        assignees.put(row.getString(1), row.getString(2)); // null: not claimed
                    });
        }
    }

    /** Whether the task is still open (a step's history may outlive its task by a moment). */
    boolean open(String taskId) {
        return assignees.containsKey(taskId);
    }

    Holder of(String taskId) {
        return holders.computeIfAbsent(taskId, id -> holder(assignees.get(id), candidateGroups.getOrDefault(id, List.of())));
    }

    private Holder holder(String assignee, List<String> groupsOfTask) {
        List<String> groups = groupsOfTask.stream().map(group -> groupName(group, ministries)).distinct().toList();
        String label = String.join("、", groups);
        if (assignee != null) {
            String name = userNames.computeIfAbsent(assignee, id -> {
                User user = identity.createUserQuery().userId(id).singleResult();
                return user == null ? id : (user.getFirstName() + " " + user.getLastName()).strip();
            });
            label = label.isEmpty() ? name : label + "（" + name + "）";
        }
        return new Holder(groups.stream().map(group -> group.replace(SENIOR, "")).toList(), label);
    }

    static String groupName(String group, Collection<Ministry> ministries) {
        if (group.equals(Roles.CABINET_OFFICE)) {
            return CABINET_OFFICE;
        }
        for (Ministry ministry : ministries) {
            if (group.equals(ministry.reviewerGroup())) {
                return ministry.nameJa();
            }
            if (group.equals(Roles.seniorGroup(ministry.reviewerGroup()))) {
                return ministry.nameJa() + SENIOR;
            }
        }
        return group;
    }
}
