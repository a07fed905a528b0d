package jp.espa.kikan.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist's list shows only task names; with many cases an official cannot tell which plan, operator or review a
 * task belongs to. The shared filter (camunda.bpm.filter.create) is given the case variables to show beside each task.
 */
@Component
class TasklistFilter {

    static final String NAME = "全てのタスク";

    private static final List<Map<String, String>> CASE_VARIABLES = List.of(
            Map.of("name", "applicationNumber", "label", "受付番号"),
            Map.of("name", "proposalNumber", "label", "提案番号"),
            Map.of("name", "reviewNumber", "label", "検討番号"),
            Map.of("name", "operatorName", "label", "事業者"),
            Map.of("name", "businessName", "label", "対象候補の事業"),
            Map.of("name", "periodLastDay", "label", "期間の末日"));

    private final FilterService filters;

    TasklistFilter(FilterService filters) {
        this.filters = filters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void showCaseVariables() {
        Filter filter = filters.createFilterQuery().filterName(NAME).singleResult();
        if (filter == null || CASE_VARIABLES.equals(filter.getProperties().get("variables"))) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
        properties.put("variables", CASE_VARIABLES);
        properties.put("description", "担当するすべてのタスク（受付番号・事業者・期間の末日を表示）");
        filter.setProperties(properties);
        filters.saveFilter(filter);
    }
}
