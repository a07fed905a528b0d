package jp.espa.kikan.inspection;

import java.util.HashMap;
import java.util.Map;

import jp.espa.kikan.inspection.ReportAndInspectionCase.Kind;
import jp.espa.kikan.inspection.ReportAndInspectionCase.Purpose;
import jp.espa.kikan.inspection.ReportAndInspectionRepository.InspectionRequest;
import jp.espa.kikan.registry.Sector;

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

    /** What the forms show of a request just registered. */
    static Map<String, Object> registered(InspectionRequest r, Sector sector) {
        Kind kind = Kind.valueOf(r.kind());
        Purpose purpose = Purpose.valueOf(r.purpose());
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_NUMBER, r.caseNumber());
        variables.put(KIND, kind.name());
        variables.put(KIND_LABEL, kind.labelJa + "（" + purpose.basisJa() + "）");
        variables.put(CORPORATE_NUMBER, r.corporateNumber());
        variables.put(OPERATOR_NAME, r.operatorName());
        variables.put(SECTOR_CODE, sector.code());
        variables.put(SECTOR_NAME, sector.nameJa());
        variables.put(APPLICATION_NUMBER, r.applicationNumber() == null ? "" : r.applicationNumber());
        variables.put(PURPOSE, purpose.name());
        variables.put(PURPOSE_LABEL, purpose.labelJa);
        variables.put(MATTERS, r.matters());
        variables.put(REQUESTED_ON, r.requestedOn().toString());
        variables.put(DUE_ON, r.dueOn().toString());
        return variables;
    }

    private InspectionVariables() {
    }
}
