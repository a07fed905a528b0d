package jp.espa.kikan.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.platform.OperatorWaits;
import jp.espa.kikan.platform.TaskCards;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist's list shows only task names; with many cases an official cannot tell which plan, operator or review a
 * task belongs to. Every filter shows the task-local card variables (platform/TaskCards: the case number with the
 * operator or business, and the operator's reply's last day while one is awaited), which the task's candidate group may
 * read; the webapps' task-cards.js shows them with the task's due date as the card's deadline. Besides the shared
 * filter (camunda.bpm.filter.create), each official gets the work of their own groups by due date and what is overdue.
 * Every task has a due date (its statutory last day, or its step's standard period: platform/StandardPeriods), so the
 * order by due date is the same on H2, which sorts undated tasks first, and PostgreSQL, which sorts them last. Cases
 * waiting for the operator (a correction, a reply to a recommendation, a report) are in 事業者の対応待ち: the service's
 * read-only tasks of platform/OperatorWaits, by the operator's last day; the engine's authorizations show each ministry
 * its own and the Cabinet Office all.
 */
@Component
class TasklistFilter {

    static final String NAME = "全てのタスク";
    static final String BY_LAST_DAY = "自分の担当（法定の末日順）";
    static final String OVERDUE = "期限超過";
    static final String AWAITING_OPERATOR = "事業者の対応待ち";

    static final List<Map<String, String>> CASE_VARIABLES = List.of(
            Map.of("name", TaskCards.CARD, "label", "案件"),
            Map.of("name", TaskCards.CARD_REPLY_DUE_ON, "label", "事業者の回答期限"),
            Map.of("name", OperatorWaits.AWAITING, "label", "事業者の対応待ち"));
    /** Each filter's description, as Tasklist shows it on hover. */
    static final Map<String, String> DESCRIPTIONS = Map.of(
            NAME, "担当するすべてのタスク（案件番号・事業者・期限を表示）",
            BY_LAST_DAY, "自分のグループのタスクを期限（法定の末日、法定の期間がない手順は標準処理期間の末日）が近い順に表示",
            OVERDUE, "期限を過ぎたタスク",
            AWAITING_OPERATOR, "事業者の補正・勧告への回答・報告を待っている案件を、事業者の期限が近い順に表示（事業者の対応で自動的に閉じます）");

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilter(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void showCaseVariables() {
        ensure(BY_LAST_DAY, -5, ofMyGroups().orderByDueDate().asc());
        ensure(OVERDUE, -4, ofMyGroups().dueBeforeExpression("${now()}").orderByDueDate().asc());
        ensure(AWAITING_OPERATOR, -3, tasks.createTaskQuery()
                .taskVariableValueLike(OperatorWaits.AWAITING, OperatorWaits.ANY_WAIT).orderByDueDate().asc());
        // filters of earlier releases show the card variables of this one
        for (Filter filter : filters.createFilterQuery().list()) {
            String description = DESCRIPTIONS.get(filter.getName());
            if (description != null && (!CASE_VARIABLES.equals(filter.getProperties().get("variables"))
                    || !description.equals(filter.getProperties().get("description")))) {
                filter.setProperties(properties(filter.getProperties(), description));
                filters.saveFilter(filter);
            }
        }
    }

    /** Tasks of the official's groups (ministry, senior, Cabinet Office), claimed or not. */
    private TaskQuery ofMyGroups() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
    }

    private void ensure(String name, int priority, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("priority", priority);
        base.put("refresh", true);
        filter.setProperties(properties(base, DESCRIPTIONS.get(name)));
        filters.saveFilter(filter);
    }

    private static Map<String, Object> properties(Map<String, Object> base, String description) {
        Map<String, Object> properties = new LinkedHashMap<>(base);
        properties.put("variables", CASE_VARIABLES);
        properties.put("description", description);
        return properties;
    }
}
