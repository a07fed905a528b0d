package jp.espa.kikan.designation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.registry.Designation;
import jp.espa.kikan.registry.Operator;
import jp.espa.kikan.registry.Sector;

/**
 * Process variables of the designation, revocation and change-notice processes, in one place: the form fields and the
 * display copy the forms show, made from the record. Nothing is decided from them: the models route on the record.
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
    /** The figures the table read, each with its fiscal year and source: what a revocation rests on. */
    static final String CRITERIA_FIGURES = "criteriaFigures";
    static final String SME = "sme";
    static final String SME_BASIS = "smeBasis";

    static final String REVIEW_DECISION = "reviewDecision";
    static final String COMPETITION_CONCERN = "competitionConcern";
    static final String REVIEW_REASON = "reviewReason";
    static final String SENIOR_DECISION = "seniorDecision";
    static final String SENIOR_REASON = "seniorReason";

    static final String EXPLANATION_OPPORTUNITY = "explanationOpportunity";
    static final String EXPLANATION_DUE_ON = "explanationDueOn";
    static final String EXPLANATION_EXCLUSION_REASON = "explanationExclusionReason";
    static final String EXPLANATION_SUMMARY = "explanationSummary";
    static final String EXPLANATION_DECISION = "explanationDecision";
    static final String EXPLANATION_DECISION_REASON = "explanationDecisionReason";
    static final String DESIGNATED_ON = "designatedOn";
    static final String GRACE_ENDS_ON = "graceEndsOn";
    /** The case number whose documents the forms link to (the proposal's, DESIGNATION-&lt;id&gt; or CHANGE-&lt;id&gt;). */
    static final String DESIGNATION_CASE_NUMBER = "designationCaseNumber";
    static final String GAZETTE_PUBLISHED_ON = "gazettePublishedOn";
    static final String INTERNET_PUBLISHED_ON = "internetPublishedOn";
    static final String REVOCATION_DECISION = "revocationDecision";
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

    /** What every form of the procedures shows about the operator and its sector. */
    private static Map<String, Object> operator(Operator operator, Sector sector) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(OPERATOR_NAME, operator.name());
        variables.put(CORPORATE_NUMBER, operator.corporateNumber());
        variables.put(OPERATOR_ADDRESS, operator.address());
        variables.put(SECTOR_CODE, sector.code());
        variables.put(SECTOR_NAME, sector.nameJa());
        return variables;
    }

    static Map<String, Object> proposal(DesignationService.Registered registered) {
        Map<String, Object> variables = operator(registered.operator(), registered.sector());
        variables.put(PROPOSAL_NUMBER, registered.proposal().proposalNumber());
        variables.put(PROPOSAL_REASON, registered.proposal().proposalReason());
        return variables;
    }

    static Map<String, Object> criteria(DesignationService.Findings findings) {
        DesignationCriteria.Evaluation evaluation = findings.evaluation();
        SmallOrMediumEnterprise.Finding sme = findings.sme();
        return Map.of(CRITERIA_MET, evaluation.meets(), CRITERIA_FINDINGS, evaluation.findingsJa(),
                CRITERIA_RULE_VERSION, evaluation.ruleVersion(), SME, sme.sme(), SME_BASIS, sme.basis());
    }

    static Map<String, Object> designated(Designation d, String caseNumber) {
        return Map.of(DESIGNATED_ON, d.designatedOn().toString(), GRACE_ENDS_ON, d.graceEndsOn().toString(),
                DESIGNATION_CASE_NUMBER, caseNumber);
    }

    /** What the revocation's forms show: the designation and the findings that began it. */
    static Map<String, Object> revocation(Designation d, Sector sector, DesignationCriteria.Evaluation evaluation) {
        Map<String, Object> variables = operator(
                new Operator(d.operatorId(), d.corporateNumber(), d.operatorName(), d.operatorAddress()), sector);
        variables.put(DESIGNATED_ON, d.designatedOn().toString());
        variables.put(CRITERIA_MET, false);
        variables.put(CRITERIA_FINDINGS, evaluation.findingsJa());
        variables.put(CRITERIA_FIGURES, evaluation.figures().isEmpty() ? "届出された数値等はありません。" : String.join("\n", evaluation.figures()));
        variables.put(CRITERIA_RULE_VERSION, evaluation.ruleVersion());
        return variables;
    }

    static Map<String, Object> revoked(LocalDate revokedOn, String caseNumber) {
        return Map.of(REVOKED_ON, revokedOn.toString(), DESIGNATION_CASE_NUMBER, caseNumber);
    }

    /** What the change notice's form shows; a late notice with the day it was due and what lateness may entail. */
    static Map<String, Object> changeNotice(Operator operator, Sector sector, ChangeNoticeService.ChangeReceipt receipt,
                                            String oldValue, String newValue) {
        Map<String, Object> variables = operator(operator, sector);
        variables.put(CHANGE_KIND_LABEL, receipt.kind().labelJa());
        variables.put(OLD_VALUE, oldValue);
        variables.put(NEW_VALUE, newValue);
        variables.put(EFFECTIVE_ON, receipt.effectiveOn().toString());
        variables.put(RECEIVED_ON, receipt.receivedOn().toString());
        variables.put(LATE, receipt.late());
        if (receipt.late()) {
            variables.put(LATE_NOTE, "届出期限 " + receipt.dueBy() + "（変更日の2週間前）を過ぎて受理しました。" + Articles.ART_50_3
                    + "の届出の遅延として、" + Notices.LATE_CHANGE_NOTICE_PENALTY + "。");
        }
        return variables;
    }
}
