package jp.espa.kikan.designation;

/**
 * Process variable names of the designation, revocation and change-notice processes, in one place: the form fields,
 * the display copy the forms show, and the routes the models take. Nothing is decided from them.
 */
final class DesignationVariables {

    static final String PROPOSAL_NUMBER = "proposalNumber";
    static final String OPERATOR_NAME = "operatorName";
    static final String CORPORATE_NUMBER = "corporateNumber";
    static final String OPERATOR_ADDRESS = "operatorAddress";
    static final String REPRESENTATIVE_TITLE = "representativeTitle";
    static final String REPRESENTATIVE_NAME = "representativeName";
    static final String SECTOR_CODE = "sectorCode";
    static final String SECTOR_NAME = "sectorName";
    static final String PROPOSAL_REASON = "proposalReason";
    static final String INDUSTRY = "industry";
    static final String CAPITAL_YEN = "capitalYen";
    static final String EMPLOYEES = "employees";

    static final String CRITERIA_MET = "criteriaMet";
    static final String CRITERIA_FINDINGS = "criteriaFindings";
    static final String CRITERIA_RULE_VERSION = "criteriaRuleVersion";
    static final String SME = "sme";
    static final String SME_BASIS = "smeBasis";

    static final String REVIEW_DECISION = "reviewDecision";
    static final String COMPETITION_CONCERN = "competitionConcern";
    static final String REVIEW_REASON = "reviewReason";
    static final String NEEDS_SENIOR_REVIEW = "needsSeniorReview";
    static final String SENIOR_DECISION = "seniorDecision";
    static final String SENIOR_REASON = "seniorReason";
    static final String DESIGNATE = "designate";

    static final String EXPLANATION_OPPORTUNITY = "explanationOpportunity";
    static final String EXPLANATION_DUE_ON = "explanationDueOn";
    static final String EXPLANATION_EXCLUSION_REASON = "explanationExclusionReason";
    static final String EXPLANATION_SUMMARY = "explanationSummary";
    static final String EXPLANATION_DECISION = "explanationDecision";
    static final String EXPLANATION_DECISION_REASON = "explanationDecisionReason";
    static final String DESIGNATED_ON = "designatedOn";
    static final String GRACE_ENDS_ON = "graceEndsOn";
    /** The case number whose documents the publication's form links to (the proposal's, or DESIGNATION-&lt;id&gt;). */
    static final String DESIGNATION_CASE_NUMBER = "designationCaseNumber";
    static final String GAZETTE_PUBLISHED_ON = "gazettePublishedOn";
    static final String INTERNET_PUBLISHED_ON = "internetPublishedOn";
    static final String REVOCATION_DECISION = "revocationDecision";
    static final String REVOKE = "revoke";
    static final String REVOKED_ON = "revokedOn";
    static final String REVOCATION_REASON = "revocationReason";

    static final String CHANGE_KIND_LABEL = "changeKindLabel";
    static final String OLD_VALUE = "oldValue";
    static final String NEW_VALUE = "newValue";
    static final String EFFECTIVE_ON = "effectiveOn";
    static final String RECEIVED_ON = "receivedOn";
    static final String LATE = "late";
    static final String LATE_NOTE = "lateNote";
    static final String PUBLIC_RECORD_UPDATED_ON = "publicRecordUpdatedOn";
    static final String ACKNOWLEDGEMENT_NOTE = "acknowledgementNote";

    static final String DESIGNATION_PROCESS = "DesignationProcess";
    static final String REVOCATION_PROCESS = "RevocationProcess";
    static final String CHANGE_NOTICE_PROCESS = "ChangeNoticeProcess";

    static final String DESIGNATE_DECISION = "DESIGNATE";
    static final String DO_NOT_DESIGNATE_DECISION = "DO_NOT_DESIGNATE";

    private DesignationVariables() {
    }
}
