package jp.espa.kikan.inspection;

import static jp.espa.kikan.inspection.InspectionVariables.*;

import java.time.LocalDate;
import java.util.Map;

import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.ProblemCode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/** What a request for a report or an inspection asks of the engine: starting its process and delivering the report. */
@Component
class ReportAndInspectionEngine {

    private final RuntimeService runtime;

    ReportAndInspectionEngine(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the process of a request registered over the API, under its case number, with what its forms show. */
    void start(String caseNumber, Map<String, Object> variables) {
        runtime.createProcessInstanceByKey(PROCESS).businessKey(caseNumber).setVariables(variables).execute();
    }

    /** The process waiting for the operator's report; none once it was filed, for an inspection, or when closed. */
    String awaitingReport(String caseNumber) {
        return runtime.createExecutionQuery().messageEventSubscriptionName(REPORT_MESSAGE)
                .processInstanceBusinessKey(caseNumber).list().stream().findFirst().map(Execution::getProcessInstanceId)
                .orElseThrow(() -> new ConflictException(ProblemCode.REPORT_NOT_AWAITED, "事案 " + caseNumber
                        + " では報告を待っていません（報告の求めでない、提出済み、又は終結済みです）。"));
    }

    /** Hands the report to the waiting process, with what the ministry's review form shows of it. */
    void deliverReport(String processInstanceId, String summary, LocalDate receivedOn, boolean late) {
        runtime.createMessageCorrelation(REPORT_MESSAGE).processInstanceId(processInstanceId)
                .setVariables(Map.of(REPORT_SUMMARY, summary, REPORT_RECEIVED_ON, receivedOn.toString(), REPORT_LATE, late))
                .correlate();
    }
}
