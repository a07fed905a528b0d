package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.registry.CaseKind;
import jp.espa.kikan.registry.CaseRepository;
import jp.espa.kikan.registry.CaseStatus;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.ScreeningCase;
import jp.espa.kikan.screening.OperatorRequests.Correction;
import jp.espa.kikan.screening.OperatorRequests.PlanChange;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.screening.PlanChangeClassifier.ChangeClass;
import jp.espa.kikan.screening.PlanChangeClassifier.ClassifiedItem;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.InvalidInputException;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What arrives about a case after filing: corrections, plan changes, replies; and ministry-started reviews. */
@Service
class CaseActions {

    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final StatutoryTime time;
    private final PlanChangeClassifier classifier;
    private final CaseVariables caseVariables;

    CaseActions(CaseRepository cases, RuntimeService runtime, StatutoryTime time, PlanChangeClassifier classifier,
                CaseVariables caseVariables) {
        this.cases = cases;
        this.runtime = runtime;
        this.time = time;
        this.classifier = classifier;
        this.caseVariables = caseVariables;
    }

    @Transactional
    void correct(ScreeningCase c, Correction correction, String actor) {
        Execution waiting = waitingFor(c, MESSAGE_PLAN_CORRECTED,
                "The ministry has not requested a correction of this plan, or it was already answered.");
        replacePlan(c, correction.plan());
        cases.recordAct(c.id(), LegalActType.CORRECTION_RECEIVED, time.today(), actor, correction.summary());
        cases.updateStatus(c.id(), CaseStatus.UNDER_REVIEW);
        runtime.createMessageCorrelation(MESSAGE_PLAN_CORRECTED).processInstanceId(waiting.getProcessInstanceId())
                .setVariable(PLAN_SUMMARY, caseVariables.of(cases.get(c.id())).get(PLAN_SUMMARY))
                .correlate();
    }

    record ChangeResult(ChangeClass changeClass, List<ClassifiedItem> items, boolean reviewRestarted) {
    }

    @Transactional
    ChangeResult change(ScreeningCase c, PlanChange change, String actor) {
        List<ClassifiedItem> items = classify(change.items());
        ChangeClass changeClass = PlanChangeClassifier.strongest(items);
        LocalDate today = time.today();
        if (changeClass == ChangeClass.IMPORTANT) {
            if (change.plan() == null) {
                throw new InvalidInputException("plan", "An important change is filed with the plan as changed.");
            }
            Execution waiting = waitingFor(c, MESSAGE_IMPORTANT_CHANGE, "The review of this plan has ended: "
                    + "file the changed plan as a new introduction plan.");
            replacePlan(c, change.plan());
            cases.recordAct(c.id(), LegalActType.IMPORTANT_CHANGE, today, actor, describe(items, change.summary()));
            runtime.createMessageCorrelation(MESSAGE_IMPORTANT_CHANGE).processInstanceId(waiting.getProcessInstanceId())
                    .setVariable(CHANGE_RECEIVED_ON, today.toString())
                    .setVariable(PLAN_SUMMARY, caseVariables.of(cases.get(c.id())).get(PLAN_SUMMARY))
                    .correlate();
            return new ChangeResult(changeClass, items, true);
        }
        if (change.plan() != null) {
            replacePlan(c, change.plan());
        }
        LegalActType act = changeClass == ChangeClass.MINOR ? LegalActType.MINOR_CHANGE : LegalActType.REPORTED_CHANGE;
        cases.recordAct(c.id(), act, today, actor, describe(items, change.summary()));
        return new ChangeResult(changeClass, items, false);
    }

    @Transactional
    void reply(ScreeningCase c, Reply reply, String actor) {
        if (reply.accepted() && PlanRules.isBlank(reply.revisedPlanSummary())) {
            throw new InvalidInputException("revisedPlanSummary", "Accepting a recommendation comes with the plan as revised.");
        }
        if (!reply.accepted() && PlanRules.isBlank(reply.reasons())) {
            throw new InvalidInputException("reasons", "Not accepting a recommendation comes with reasons.");
        }
        Execution waiting = waitingFor(c, MESSAGE_OPERATOR_REPLIED,
                "No reply is awaited for this case: no recommendation is pending, or its reply period has passed.");
        LocalDate today = time.today();
        cases.recordAct(c.id(), LegalActType.REPLY, today, actor,
                (reply.accepted() ? "Accepted. " : "Not accepted. ") + (reply.accepted() ? "" : reply.reasons()));
        cases.updateStatus(c.id(), reply.accepted() ? CaseStatus.UNDER_REVIEW : CaseStatus.ORDER_UNDER_CONSIDERATION);
        Map<String, Object> variables = new HashMap<>();
        variables.put(OPERATOR_ACCEPTED, reply.accepted());
        variables.put(REPLY_RECEIVED_ON, today.toString());
        variables.put(REPLY_REASONS, reply.accepted() ? "" : reply.reasons());
        variables.put(REVISED_PLAN_SUMMARY, reply.accepted() ? reply.revisedPlanSummary() : "");
        runtime.createMessageCorrelation(MESSAGE_OPERATOR_REPLIED).processInstanceId(waiting.getProcessInstanceId())
                .setVariables(variables).correlate();
    }

    @Transactional
    void startPostIntroductionReview(ScreeningCase c, String reason, String official) {
        runtime.createProcessInstanceByKey(POST_INTRODUCTION_REVIEW_PROCESS).businessKey(c.applicationNumber())
                .setVariables(openPostIntroductionReview(c, reason, official)).execute();
    }

    /** Opens an Art 55 review of a closed screening case and returns the variables its process works with. */
    Map<String, Object> openPostIntroductionReview(ScreeningCase c, String reason, String official) {
        if (c.status() != CaseStatus.CLOSED || c.kind() == CaseKind.EMERGENCY_NOTIFICATION) {
            throw new ConflictException("A post-introduction review starts from a closed screening case; this case is "
                    + c.status() + ".");
        }
        cases.updateStatus(c.id(), CaseStatus.POST_INTRODUCTION_REVIEW);
        cases.recordAct(c.id(), LegalActType.POST_INTRODUCTION_REVIEW_STARTED, time.today(), official, reason);
        Map<String, Object> variables = caseVariables.of(cases.get(c.id()));
        variables.remove(PERIOD_LAST_DAY); // Art 55: no 30-day limit after introduction
        variables.remove(EXTENSION_CAP);
        variables.put(TRIGGER, "SITUATION_CHANGE");
        variables.put(REVIEW_REASON, reason);
        return variables;
    }

    private List<ClassifiedItem> classify(List<String> items) {
        List<ClassifiedItem> classified = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                classified.addAll(classifier.classify(List.of(items.get(i))));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("items[" + i + "]", "Unknown change item '" + items.get(i) + "'.");
            }
        }
        return classified;
    }

    private void replacePlan(ScreeningCase c, PlanContent plan) {
        PlanKind kind = c.kind() == CaseKind.ENTRUSTMENT ? PlanKind.ENTRUSTMENT : PlanKind.INTRODUCTION;
        PlanRules.check(kind, plan, "plan.");
        cases.updatePlan(c.id(), plan.outline(), plan.content(), plan.plannedFrom(), plan.plannedUntil(),
                plan.preventiveMeasures());
        cases.replaceParties(c.id(), ScreeningIntake.toParties(plan.parties()));
    }

    private Execution waitingFor(ScreeningCase c, String message, String otherwise) {
        Execution execution = runtime.createExecutionQuery().messageEventSubscriptionName(message)
                .processInstanceBusinessKey(c.applicationNumber()).singleResult();
        if (execution == null) {
            throw new ConflictException(otherwise);
        }
        return execution;
    }

    private static String describe(List<ClassifiedItem> items, String summary) {
        return items.stream().map(i -> i.item() + " (" + i.label() + ")").toList() + " " + summary;
    }
}
