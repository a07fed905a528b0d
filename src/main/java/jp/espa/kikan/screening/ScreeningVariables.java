package jp.espa.kikan.screening;

/**
 * Process variable names of the screening, recommendation and post-introduction review processes, in one place.
 * Variables carry ids, dates (ISO strings) and what the Japanese forms show; never officers' personal data.
 */
final class ScreeningVariables {

    /** The case facts every form shows, as one object the forms bind by path (case.operatorName): see CaseVariables. */
    static final String CASE = "case";

    // Case facts shown on every form: the fields of the case object
    static final String CASE_ID = "caseId";
    static final String APPLICATION_NUMBER = "applicationNumber";
    static final String OPERATOR_NAME = "operatorName";
    static final String SECTOR_CODE = "sectorCode";
    static final String SECTOR_NAME = "sectorName";
    static final String COMPETENT_MINISTRY = "competentMinistry";
    static final String EQUIPMENT_NAME = "equipmentName";
    static final String PLAN_KIND = "planKind";
    static final String PLAN_SUMMARY = "planSummary";
    /** Written by filings of earlier releases (their gateway read it); still on their running instances. */
    static final String EXEMPTION_CLAIMED = "exemptionClaimed";
    static final String EXEMPTION_REASON = "exemptionReason";
    static final String EXEMPTION_CONFIRMED = "exemptionConfirmed";
    static final String EXEMPTION_ASSESSMENT = "exemptionAssessment";
    /** The provisions an exemption claim rests on, their words, and the operator's control of a subsidiary as claimed. */
    static final String EXEMPTION_PROVISION = "exemptionProvision";
    static final String EXEMPTION_PROVISION_TEXT = "exemptionProvisionText";
    static final String EXEMPTION_CONTROL = "exemptionControl";
    /** The ordinance's emergency case an emergency notification relies on, its provision and its words. */
    static final String EMERGENCY_CASE = "emergencyCase";
    static final String EMERGENCY_CASE_LABEL = "emergencyCaseLabel";
    static final String EMERGENCY_PROVISION = "emergencyProvision";

    // Clocks
    static final String RECEIVED_ON = "receivedOn";
    static final String ACCEPTED_ON = "acceptedOn";
    static final String CORRECTION_RECEIVED_ON = "correctionReceivedOn";
    static final String CORRECTION_SUMMARY = "correctionSummary";
    static final String PERIOD_LAST_DAY = "periodLastDay";
    static final String EXTENSION_CAP = "extensionCap";
    static final String CHANGE_RECEIVED_ON = "changeReceivedOn";

    // Completeness and risk
    static final String PLAN_COMPLETE = "planComplete";
    static final String CORRECTION_REQUEST = "correctionRequest";
    static final String RISK_LEVEL = "riskLevel";
    static final String RISK_FINDINGS = "riskFindings";
    static final String RISK_RULE_VERSION = "riskRuleVersion";

    // Review decision
    static final String REVIEW_DECISION = "reviewDecision";
    static final String SHORTEN_STANDSTILL = "shortenStandstill";
    static final String SHORTENED_LAST_DAY = "shortenedLastDay";
    static final String EXTENDED_LAST_DAY = "extendedLastDay";
    static final String EXTENSION_NOTICE_DELIVERED_ON = "extensionNoticeDeliveredOn";
    static final String EXTENSION_REASON = "extensionReason";
    static final String REVIEW_REASON = "reviewReason";
    static final String ENOUGH_TIME_FOR_ORDER = "enoughTimeForOrder";
    static final String LATEST_RECOMMENDATION_DAY_FOR_ORDER = "latestRecommendationDayForOrder";
    static final String EXTENSION_FIRST_DECISION = "extensionFirstDecision";
    static final String EXTENSION_FIRST_REASON = "extensionFirstReason";

    // Consultation, recommendation, reply, order
    static final String CONSULTATION_DATE = "consultationDate";
    static final String CONSULTED_PARTIES = "consultedParties";
    static final String CONSULTATION_SUMMARY = "consultationSummary";
    static final String RECOMMENDATION_ISSUED_ON = "recommendationIssuedOn";
    static final String RECOMMENDATION_DELIVERED_ON = "recommendationDeliveredOn";
    static final String RECOMMENDATION_MEASURES = "recommendationMeasures";
    static final String RECOMMENDATION_CONTENT = "recommendationContent";
    static final String REPLY_DUE_ON = "replyDueOn";
    static final String OPERATOR_ACCEPTED = "operatorAccepted";
    static final String REPLY_RECEIVED_ON = "replyReceivedOn";
    static final String REPLY_REASONS = "replyReasons";
    static final String REVISED_PLAN_SUMMARY = "revisedPlanSummary";
    static final String REFUSAL_JUSTIFIED = "refusalJustified";
    static final String REFUSAL_ASSESSMENT = "refusalAssessment";
    static final String ISSUE_ORDER = "issueOrder";
    static final String ORDER_ISSUED_ON = "orderIssuedOn";
    static final String ORDER_DELIVERED_ON = "orderDeliveredOn";
    static final String ORDER_COMPLY_BY = "orderComplyBy";
    static final String ORDER_CONTENT = "orderContent";
    static final String ORDER_DECISION_REASON = "orderDecisionReason";
    // What the official weighs after the recommendation: display only, set by the steps and the service
    static final String RECOMMENDED_MEASURES = "recommendedMeasures";
    static final String RECOMMENDED_CONTENT = "recommendedContent";
    static final String REPLY_ANSWER = "replyAnswer";
    static final String LATE_REPLY = "lateReply";
    static final String ORDER_DRAFT = "orderDraft";

    // Post-introduction review
    static final String TRIGGER = "trigger";
    static final String CONCERNS_FOUND = "concernsFound";
    static final String EMERGENCY_REVIEW_REASON = "emergencyReviewReason";
    static final String RECOMMEND = "recommend";
    static final String RECOMMENDATION_DECISION_REASON = "recommendationDecisionReason";
    static final String INTRODUCED_ON = "introducedOn";
    static final String URGENCY_REASON = "urgencyReason";

    static final String OUTCOME = "outcome";

    // Process and message names used by Java
    static final String SCREENING_PROCESS = "EquipmentScreeningProcess";
    static final String RECOMMENDATION_PROCESS = "RecommendationProcess";
    static final String POST_INTRODUCTION_REVIEW_PROCESS = "PostIntroductionReviewProcess";
    static final String MESSAGE_PLAN_CORRECTED = "PlanCorrected";
    static final String MESSAGE_IMPORTANT_CHANGE = "ImportantPlanChangeFiled";
    static final String MESSAGE_OPERATOR_REPLIED = "OperatorReplied";
    static final String TIMER_PERIOD_ENDED = "BoundaryEvent_PeriodEnded";

    private ScreeningVariables() {
    }
}
