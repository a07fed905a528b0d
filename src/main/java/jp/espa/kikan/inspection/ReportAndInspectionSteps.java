package jp.espa.kikan.inspection;

import static jp.espa.kikan.inspection.InspectionVariables.*;
import static jp.espa.kikan.platform.ProcessCases.caseNumber;

import java.util.Date;
import java.util.Map;
import java.util.Set;

import jp.espa.kikan.inspection.ReportAndInspectionCase.Kind;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Purpose;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Result;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.inspection.ReportAndInspectionController.InspectionRequestBody;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of ReportAndInspectionProcess, as the model calls them ({@code ${reportAndInspectionSteps.reviewReport(task)}}):
 * form values become a call of {@link ReportAndInspectionService}; the display copy is written back. The case is the
 * one the business key names; the route, candidate group, timer and due date come from the registry.
 */
@Component
public class ReportAndInspectionSteps {

    private final ReportAndInspectionService service;
    private final StatutoryTime time;
    private final IdentityService identity;

    ReportAndInspectionSteps(ReportAndInspectionService service, StatutoryTime time, IdentityService identity) {
        this.service = service;
        this.time = time;
        this.identity = identity;
    }

    /** The route after registration: REPORT or INSPECTION, as the request on record says. */
    public String kind(DelegateExecution execution) {
        return service.kind(caseNumber(execution)).name();
    }

    public String reviewerGroup(DelegateExecution execution) {
        return service.reviewerGroup(caseNumber(execution));
    }

    /** 00:00 Tokyo of the day after the report's last day. */
    public Date reportPeriodEnds(DelegateExecution execution) {
        return time.startOfDayAfter(service.dueOn(caseNumber(execution)).toString());
    }

    /** The last moment of the due date (the planned day of an inspection), for the task's due date. */
    public Date dueAtEndOfDueDay(DelegateExecution execution) {
        return time.endOf(service.dueOn(caseNumber(execution)).toString());
    }

    /** 求めの記録: a request from the API arrives registered (business key set); one from Tasklist's start form is registered here. */
    public void register(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() != null) {
            return;
        }
        FormValues form = new FormValues(execution);
        ReportAndInspectionService.Request request = new ReportAndInspectionService.Request(
                Kind.valueOf(form.choice(KIND, "種別", names(Kind.values()))),
                form.text(CORPORATE_NUMBER, "法人番号", InspectionRequestBody.class),
                form.text(SECTOR_CODE, "特定社会基盤事業", InspectionRequestBody.class),
                form.text(APPLICATION_NUMBER, "関連する導入等計画書の受付番号", InspectionRequestBody.class),
                Purpose.valueOf(form.choice(PURPOSE, "目的（法第58条: 必要な限度）", names(Purpose.values()))),
                form.text(MATTERS, "求める事項・検査する事項", InspectionRequestBody.class), form.date(DUE_ON, "報告の期限・立入検査の予定日"));
        Map<String, Object> variables = FormValues.registration(() -> service.register(actor(), request));
        execution.setVariables(variables);
        execution.getProcessInstance().setProcessBusinessKey((String) variables.get(CASE_NUMBER));
    }

    public void reportOverdue(DelegateExecution execution) {
        service.reportOverdue(caseNumber(execution));
    }

    public void reviewReport(DelegateTask task) {
        FormValues form = new FormValues(task);
        boolean sufficient = "SUFFICIENT".equals(form.choice(REPORT_ASSESSMENT, "報告の評価", Set.of("SUFFICIENT", "INSUFFICIENT")));
        String note = form.text(REPORT_REVIEW_NOTE, "確認の結果");
        FormValues.step(() -> service.reviewReport(actor(), caseNumber(task), sufficient, note));
    }

    public void recordMissingReport(DelegateTask task) {
        FormValues form = new FormValues(task);
        String note = form.text(NON_COMPLIANCE_NOTE, "状況（督促の有無等）");
        FormValues.step(() -> service.recordMissingReport(actor(), caseNumber(task), note));
    }

    public void recordInspection(DelegateTask task) {
        FormValues form = new FormValues(task);
        var inspectedOn = form.date(INSPECTED_ON, "検査日");
        String inspectors = form.text(INSPECTORS, "検査職員");
        String places = form.text(PLACES_INSPECTED, "立ち入った場所");
        boolean idCardShown = form.flag(ID_CARD_SHOWN);
        boolean refused = "REFUSED_OR_OBSTRUCTED".equals(form.choice(INSPECTION_FINDING, "検査の実施状況",
                Set.of("COMPLETED", "REFUSED_OR_OBSTRUCTED")));
        String result = form.text(INSPECTION_RESULT, "検査の結果");
        FormValues.step(() -> service.recordInspection(actor(), caseNumber(task), inspectedOn, inspectors, places, idCardShown,
                refused, result));
    }

    public void conclude(DelegateExecution execution) {
        Result result = service.conclude(caseNumber(execution));
        execution.setVariable(RESULT, result.labelJa);
    }

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }

    private Actor actor() {
        return Actor.current(identity);
    }
}
