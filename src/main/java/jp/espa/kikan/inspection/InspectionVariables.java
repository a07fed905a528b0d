package jp.espa.kikan.inspection;

/**
 * Process variable names of the report-and-inspection process, in one place: the form fields, the display copy the
 * forms show and the route the model takes. Nothing is decided from them.
 */
final class InspectionVariables {

    static final String PROCESS = "ReportAndInspectionProcess";
    static final String REPORT_MESSAGE = "ReportSubmitted";

    // start form and display copy
    static final String CASE_NUMBER = "caseNumber";
    static final String KIND = "kind";
    static final String KIND_LABEL = "kindLabel";
    static final String CORPORATE_NUMBER = "corporateNumber";
    static final String OPERATOR_NAME = "operatorName";
    static final String SECTOR_CODE = "sectorCode";
    static final String SECTOR_NAME = "sectorName";
    static final String APPLICATION_NUMBER = "applicationNumber";
    static final String PURPOSE = "purpose";
    static final String PURPOSE_LABEL = "purposeLabel";
    static final String MATTERS = "matters";
    static final String DUE_ON = "dueOn";
    static final String REQUESTED_ON = "requestedOn";

    // the report
    static final String REPORT_SUMMARY = "reportSummary";
    static final String REPORT_RECEIVED_ON = "reportReceivedOn";
    static final String REPORT_LATE = "reportLate";
    static final String REPORT_ASSESSMENT = "reportAssessment";
    static final String REPORT_REVIEW_NOTE = "reportReviewNote";
    static final String NON_COMPLIANCE_NOTE = "nonComplianceNote";

    // the inspection
    static final String INSPECTED_ON = "inspectedOn";
    static final String INSPECTORS = "inspectors";
    static final String PLACES_INSPECTED = "placesInspected";
    static final String ID_CARD_SHOWN = "idCardShown";
    static final String INSPECTION_FINDING = "inspectionFinding";
    static final String INSPECTION_RESULT = "inspectionResult";

    static final String RESULT = "result";

    private InspectionVariables() {
    }
}
