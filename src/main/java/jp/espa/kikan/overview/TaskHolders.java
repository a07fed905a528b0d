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
import org.camunda.bpm.engine.task.Task;
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
    private final Map<String, String> userNames = new HashMap<>();
    private final Map<String, Holder> holders = new HashMap<>();

    /** Reads the candidate groups of every open task in one query (the engine's API asks once per task). */
    TaskHolders(JdbcClient jdbc, IdentityService identity, List<Ministry> ministries) {
        this.identity = identity;
        this.ministries = ministries;
        this.candidateGroups = jdbc.sql("select task_id_, group_id_ from act_ru_identitylink where type_ = ?"
                        + " and task_id_ is not null and group_id_ is not null")
                .param(IdentityLinkType.CANDIDATE)
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    Holder of(Task task) {
        return holders.computeIfAbsent(task.getId(), id -> holder(task, candidateGroups.getOrDefault(id, List.of())));
    }

    private Holder holder(Task task, List<String> groupsOfTask) {
        List<String> groups = groupsOfTask.stream().map(group -> groupName(group, ministries)).distinct().toList();
        String label = String.join("、", groups);
        if (task.getAssignee() != null) {
            String name = userNames.computeIfAbsent(task.getAssignee(), id -> {
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
