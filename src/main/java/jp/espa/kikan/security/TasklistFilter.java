package jp.espa.kikan.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist's list shows only task names; with many cases an official cannot tell which plan, operator or review a
 * task belongs to. Every filter shows the task-local card variables (platform/TaskPreparation: case number, operator
 * or business, statutory last day), which the task's candidate group may read. Besides the shared filter
 * (camunda.bpm.filter.create), each official gets the work of their own groups by statutory last day and what is
 * overdue. Cases waiting for the operator (a correction, a reply to a recommendation) have no task of their own; while
 * a reply is awaited, the task that stays open meanwhile shows its last day (platform/TaskCards), and the
 * supervisor's overview shows every such case.
 */
@Component
class TasklistFilter {

    static final String NAME = "全てのタスク";
    static final String BY_LAST_DAY = "自分の担当（法定の末日順）";
    static final String OVERDUE = "期限超過";

    static final List<Map<String, String>> CASE_VARIABLES = List.of(
            Map.of("name", "taskCaseNumber", "label", "案件番号"),
            Map.of("name", "taskParty", "label", "事業者・事業"),
            Map.of("name", "taskLastDay", "label", "法定の末日"),
            Map.of("name", "taskReplyDueOn", "label", "事業者の回答期限"));

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilter(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void showCaseVariables() {
        ensure(BY_LAST_DAY, -5, "自分のグループのタスクを法定の末日が近い順に表示",
                ofMyGroups().orderByDueDate().asc());
        ensure(OVERDUE, -4, "法定の末日を過ぎたタスク",
                ofMyGroups().dueBeforeExpression("${now()}").orderByDueDate().asc());
        // filters of earlier releases show the card variables of this one
        for (Filter filter : filters.createFilterQuery().list()) {
            if (List.of(NAME, BY_LAST_DAY, OVERDUE).contains(filter.getName())
                    && !CASE_VARIABLES.equals(filter.getProperties().get("variables"))) {
                Object description = filter.getProperties().get("description");
                filter.setProperties(properties(filter.getProperties(), NAME.equals(filter.getName())
                        ? "担当するすべてのタスク（案件番号・事業者・法定の末日・事業者の回答期限を表示）" : String.valueOf(description)));
                filters.saveFilter(filter);
            }
        }
    }

    /** Tasks of the official's groups (ministry, senior, Cabinet Office), claimed or not. */
    private TaskQuery ofMyGroups() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("priority", priority);
        base.put("refresh", true);
        filter.setProperties(properties(base, description));
        filters.saveFilter(filter);
    }

    private static Map<String, Object> properties(Map<String, Object> base, String description) {
        Map<String, Object> properties = new LinkedHashMap<>(base);
        properties.put("variables", CASE_VARIABLES);
        properties.put("description", description);
        return properties;
    }
}
