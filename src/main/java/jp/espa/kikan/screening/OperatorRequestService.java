package jp.espa.kikan.screening;

import static jp.espa.kikan.screening.ScreeningVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.TaskCards;
import jp.espa.kikan.registry.ActContent;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.LegalAct;
import jp.espa.kikan.registry.LegalActType;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.screening.OperatorRequests.Correction;
import jp.espa.kikan.screening.OperatorRequests.PlanChange;
import jp.espa.kikan.screening.OperatorRequests.Reply;
import jp.espa.kikan.screening.PlanChangeClassifier.ChangeClass;
import jp.espa.kikan.screening.PlanChangeClassifier.ClassifiedItem;
import jp.espa.kikan.screening.PlanSubmission.PlanContent;
import jp.espa.kikan.screening.PlanSubmission.PlanKind;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the operator answers on its screening case through the portal: the correction the ministry asked for, a
 * change of the plan (Art 54) and the reply to a recommendation (Art 52(7)). Each is recorded in the case file and
 * delivered to the process that waits for it; one that nothing waits for is refused.
 */
@Service
public class OperatorRequestService {

    private static final Procedure SCREENING = Procedure.SCREENING;

    private final ScreeningAccess access;
    private final ScreeningRepository cases;
    private final CaseFile caseFile;
    private final PlanChangeClassifier classifier;
    private final StatutoryTime time;
    private final ScreeningEngine engine;
    private final CaseVariables display;
    private final TaskCards cards;

    OperatorRequestService(ScreeningAccess access, ScreeningRepository cases, CaseFile caseFile,
                           PlanChangeClassifier classifier, StatutoryTime time, ScreeningEngine engine,
                           CaseVariables display, TaskCards cards) {
        this.access = access;
        this.cases = cases;
        this.caseFile = caseFile;
        this.classifier = classifier;
        this.time = time;
        this.engine = engine;
        this.display = display;
        this.cards = cards;
    }

    @Transactional
    public void correct(Actor actor, UUID caseId, Correction correction) {
        ScreeningCase c = access.actingOn(actor, Action.ANSWER_FOR_OPERATOR, caseId);
        String waiting = engine.waitingFor(c.applicationNumber(), MESSAGE_PLAN_CORRECTED,
                "この計画について補正は求められていないか、既に補正済みです。");
        replacePlan(c.row(), correction.plan());
        caseFile.record(SCREENING, c.applicationNumber(), LegalActType.CORRECTION_RECEIVED, time.today(), actor.userId(),
                correction.summary());
        cases.updateStatus(c.row().id(), CaseStatus.AWAITING_ACCEPTANCE);
        engine.deliver(waiting, MESSAGE_PLAN_CORRECTED, Map.of(CASE, display.of(cases.get(c.row().id())),
                CORRECTION_RECEIVED_ON, time.today().toString(), CORRECTION_SUMMARY, correction.summary()));
    }

    public record ChangeResult(ChangeClass changeClass, List<ClassifiedItem> items, boolean reviewRestarted) {
    }

    @Transactional
    public ChangeResult change(Actor actor, UUID caseId, PlanChange change) {
        ScreeningCaseRow c = access.actingOn(actor, Action.ANSWER_FOR_OPERATOR, caseId).row();
        List<ClassifiedItem> items = classifier.classify(c.applicationNumber(), change.items());
        ChangeClass changeClass = PlanChangeClassifier.strongest(items);
        LocalDate today = time.today();
        String description = items.stream().map(i -> i.item() + " (" + i.label() + "、" + i.provision() + ")").toList() + " " + change.summary();
        if (changeClass == ChangeClass.IMPORTANT) {
            if (change.plan() == null) {
                throw new InvalidInputException("plan", "重要な変更の届出には、変更後の計画（plan）を添えてください。");
            }
            String waiting = engine.waitingFor(c.applicationNumber(), MESSAGE_IMPORTANT_CHANGE, "この計画の審査は終了しています。"
                    + "変更後の計画は、新たな導入等計画書として届け出てください。");
            replacePlan(c, change.plan());
            // the changed plan counts as received today: the restart reads this act's date (Art 54)
            caseFile.record(SCREENING, c.applicationNumber(), LegalActType.IMPORTANT_CHANGE, today, actor.userId(), description);
            engine.deliver(waiting, MESSAGE_IMPORTANT_CHANGE, Map.of(CASE, display.of(cases.get(c.id()))));
            return new ChangeResult(changeClass, items, true);
        }
        if (change.plan() != null) {
            replacePlan(c, change.plan());
        }
        caseFile.record(SCREENING, c.applicationNumber(),
                changeClass == ChangeClass.MINOR ? LegalActType.MINOR_CHANGE : LegalActType.REPORTED_CHANGE, today,
                actor.userId(), description);
        return new ChangeResult(changeClass, items, false);
    }

    /**
     * 応諾する / 応諾しない: the operator's answer to the recommendation. One that arrives after its last day is
     * recorded as late for the official who weighs the order; it no longer moves the case (the period has passed).
     * Returns whether it was late.
     */
    @Transactional
    public boolean reply(Actor actor, UUID caseId, Reply reply) {
        ScreeningCase c = access.actingOn(actor, Action.ANSWER_FOR_OPERATOR, caseId);
        LocalDate today = time.today();
        Optional<String> waiting = engine.waitingFor(c.applicationNumber(), MESSAGE_OPERATOR_REPLIED);
        LegalAct answer = c.recommendation().reply(actor.userId(), today, reply, waiting.isPresent());
        cases.record(c, answer);
        ActContent.Reply replied = answer.content(ActContent.Reply.class);
        if (answer.actType() == LegalActType.LATE_REPLY) { // for the official who weighs the order, on the open steps' forms
            engine.show(c.applicationNumber(), LATE_REPLY, "回答期限 " + replied.replyDueOn() + " の後、" + today + " に到達。"
                    + replyJa(reply.accepted()) + "：" + replied.statement());
            return true;
        }
        cases.updateStatus(c.row().id(), reply.accepted() ? CaseStatus.UNDER_REVIEW : CaseStatus.ORDER_UNDER_CONSIDERATION);
        cards.showReplyDueOn(c.applicationNumber(), null);
        engine.deliver(waiting.get(), MESSAGE_OPERATOR_REPLIED, Map.of(OPERATOR_ACCEPTED, reply.accepted(),
                REPLY_RECEIVED_ON, today.toString(), REPLY_REASONS, reply.accepted() ? "" : reply.reasons(),
                REPLY_ANSWER, replyJa(reply.accepted())));
        return false;
    }

    /** The answer as the forms show it; none until the operator replies within the period. */
    static final String NO_REPLY_JA = "回答期限までに回答なし";

    private static String replyJa(boolean accepted) {
        return accepted ? "応諾する" : "応諾しない";
    }


    private void replacePlan(ScreeningCaseRow c, PlanContent plan) {
        PlanKind kind = c.kind() == CaseKind.ENTRUSTMENT ? PlanKind.ENTRUSTMENT : PlanKind.INTRODUCTION;
        PlanRules.check(kind, plan, "plan.");
        cases.updatePlan(c.id(), plan.outline(), plan.content(), plan.plannedFrom(), plan.plannedUntil(),
                plan.preventiveMeasures());
        cases.replaceParties(c.id(), ScreeningIntake.toParties(plan.parties()));
    }
}
