package jp.espa.kikan.designation;

import static jp.espa.kikan.designation.DesignationVariables.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.DesignationRegistry;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo designations (profile "demo") made by the designation procedure itself: each fictional operator is proposed,
 * evaluated against its sector's criteria with the demo measures, and designated, as a ministry official would in
 * Tasklist. The SME port operator is left at its senior review, so the demo shows that step waiting.
 */
@Component
@Profile("demo")
class DemoDesignations {

    private static final List<String[]> DEMO = List.of(
            new String[] {"7999901000001", "ELECTRICITY"}, new String[] {"6999901000002", "RAILWAY"},
            new String[] {"5999901000003", "WATER"}, new String[] {"4999901000004", "TELECOM"},
            new String[] {"3999901000005", "FINANCE"}, new String[] {"1999901000007", "AIRLINE"},
            new String[] {"2999901000006", "PORT"});

    private final DesignationService service;
    private final DesignationRegistry designations;
    private final DesignationRepository repository;
    private final SectorRegistry sectors;
    private final TaskService tasks;
    private final StatutoryTime time;

    DemoDesignations(DesignationService service, DesignationRegistry designations, DesignationRepository repository,
                     SectorRegistry sectors, TaskService tasks, StatutoryTime time) {
        this.service = service;
        this.designations = designations;
        this.repository = repository;
        this.sectors = sectors;
        this.tasks = tasks;
        this.time = time;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(15)
    void designateDemoOperators() {
        for (String[] demo : DEMO) {
            Operator operator = sectors.operatorByCorporateNumber(demo[0]).orElseThrow();
            String proposalNumber = "DEMO-DESIGNATION-" + demo[1];
            if (designations.current(operator.id(), demo[1]).isPresent() || service.existing(proposalNumber).isPresent()) {
                continue;
            }
            var size = repository.size(operator.id());
            service.propose(Actor.SYSTEM, new DesignationService.NewProposal(proposalNumber, operator.corporateNumber(), operator.name(), operator.address(), demo[1],
                    size.industry(), size.capitalYen() == null ? BigDecimal.ZERO : size.capitalYen(),
                    size.employees() == null ? 0 : size.employees(), "デモ：指定基準への該当を確認するための提案", null, List.of()), "");
            complete(proposalNumber, "Task_ReviewCandidate", Map.of(REVIEW_DECISION, DESIGNATE_DECISION,
                    REVIEW_REASON, "指定基準に該当し、代替困難な役務を提供している（デモ）"));
            // the opportunity to explain before the designation (APA Art 13(1)(ii)), answered at once in the demo
            complete(proposalNumber, "Task_GiveOpportunityToExplain", Map.of(EXPLANATION_OPPORTUNITY, "GIVEN",
                    EXPLANATION_DUE_ON, time.today().plusDays(14).toString()));
            complete(proposalNumber, "Task_ConsiderExplanation", Map.of(EXPLANATION_SUMMARY, "指定に異議はない旨の弁明書の提出あり（デモ）",
                    EXPLANATION_DECISION, DESIGNATE_DECISION, EXPLANATION_DECISION_REASON, "弁明の内容を踏まえ、指定する"));
            complete(proposalNumber, "Task_PublishDesignation", Map.of(GAZETTE_PUBLISHED_ON, time.today().toString(),
                    INTERNET_PUBLISHED_ON, time.today().toString()));
        }
    }

    /** Completes the task if the process is waiting there (the SME case waits at its senior review instead). */
    private void complete(String proposalNumber, String taskKey, Map<String, Object> values) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(proposalNumber).taskDefinitionKey(taskKey).singleResult();
        if (task != null) {
            tasks.complete(task.getId(), values);
        }
    }
}
