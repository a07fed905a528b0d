package jp.espa.kikan.overview;

import java.time.LocalDate;
import java.util.List;

/**
 * The supervisor's overview as read on one day (Asia/Tokyo): the open cases nearest their statutory last day (of
 * {@code openCaseCount}) with their step, holder, last day and days left, the cases closed last with their outcome,
 * the workload per ministry over every open case, and the latest decision evaluations tied to their cases. Dates come
 * twice: ISO for systems, and as officials write them (2026年12月29日（火）) for the screen.
 */
public record Overview(LocalDate today, String todayJa, String scope, int openCaseCount, List<OpenCase> openCases,
                       List<ClosedCase> closedCases, List<Workload> workload, List<Evaluation> evaluations) {

    /**
     * An open case. {@code daysLeft} counts the last day itself (1 on the last day, 0 or less once it has passed);
     * null when no statutory day runs (e.g. a designation, or a plan not yet accepted). {@code heldBy}: the ministries
     * (内閣府 for the Cabinet Office) whose officials hold its open steps. {@code awaitedDay}: the day it waits for at a
     * timer (enforcement, the end of a public comment, a re-review), null when it waits for none. {@code instanceId}:
     * its process instance (Cockpit's page of it), {@code documents}: the path of its issued documents.
     */
    public record OpenCase(String caseNumber, String procedure, String ministry, String step, String holder,
                           List<String> heldBy, boolean awaitingOperator, LocalDate lastDay, String lastDayJa, Long daysLeft, boolean overdue,
                           LocalDate startedOn, String startedOnJa, LocalDate awaitedDay, String awaitedDayJa, String instanceId,
                           String documents) {
    }

    public record ClosedCase(String caseNumber, String procedure, String ministry, String outcome, LocalDate startedOn,
                             String startedOnJa, LocalDate closedOn, String closedOnJa, String documents) {
    }

    /**
     * A ministry's open cases (of its competence; of them, waiting for the operator and overdue) and the open cases whose
     * step its officials hold. The Cabinet Office's cases are the sector reviews it conducts (Art 50(1)'s additions),
     * whatever ministry they concern; it holds their steps.
     */
    public record Workload(String ministry, int openCases, int atItsDesk, int awaitingOperator, int overdue) {
    }

    public record Evaluation(String caseNumber, String procedure, String decision, int version, String outcome,
                             LocalDate evaluatedOn, String evaluatedOnJa) {
    }
}
