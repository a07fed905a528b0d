package jp.espa.kikan.registry;

/** Every act of the minister, the Cabinet Office or the operator that a case file shows, for all procedures. */
public enum LegalActType {
    // Screening of introduction plans (Art 52-56)
    RECEIPT,
    EMERGENCY_NOTIFICATION_RECEIPT,
    EXEMPTION_RECOGNISED,          // release 2 and earlier: recognised at intake without a check
    EXEMPTION_CLAIMED,
    EXEMPTION_CHECKED,             // decision CONFIRMED / NOT_CONFIRMED
    COMPLETENESS_CHECKED,          // decision COMPLETE / INCOMPLETE; effectiveOn: the day of 受理 (details: what to correct)
    ACCEPTANCE,                    // 受理の通知: actDate is the day of acceptance, from which the clocks count
    CORRECTION_REQUESTED,
    CORRECTION_RECEIVED,
    RISK_ASSESSED,
    REVIEW_DECIDED,                // decision NO_CONCERNS / EXTEND / RECOMMEND; effectiveOn: shortened or extended last day
    EXTENSION_FIRST_DECIDED,       // decision EXTEND / RECOMMEND_ANYWAY; effectiveOn: extended last day
    EXTENSION_DECIDED,             // during a recommendation; effectiveOn: extended last day
    SHORTENING_NOTICE,
    EXTENSION_NOTICE,
    CONSULTATION,
    RECOMMENDATION,                // effectiveOn: the operator's reply due (counted from delivery)
    REPLY,                         // decision ACCEPTED / NOT_ACCEPTED (応諾する / 応諾しない)
    LATE_REPLY,                    // a reply that arrived after its last day: recorded, not acted on
    REVISED_PLAN,
    REFUSAL_ASSESSED,              // decision JUSTIFIED / NOT_JUSTIFIED
    ORDER_DECIDED,                 // decision ISSUE / DO_NOT_ISSUE (details: the order as drafted)
    OPPORTUNITY_TO_EXPLAIN,        // decision GIVEN / EXCLUDED (行政手続法第13条); effectiveOn: the explanation's last day
    ORDER_CONSULTATION,            // 命令前の協議 (Art 56)
    ORDER,                         // actDate: issued; effectiveOn: delivered (it takes effect on delivery)
    ORDER_NOT_ISSUED,
    IMPORTANT_CHANGE,
    MINOR_CHANGE,
    REPORTED_CHANGE,
    REVIEW_RESTARTED,
    POST_INTRODUCTION_REVIEW_STARTED,
    EMERGENCY_NOTIFICATION_REVIEWED, // decision CONCERNS / NO_CONCERNS
    OUTCOME,

    // Designation (Art 50-51)
    PROPOSAL,
    CRITERIA_EVALUATED,            // decision MEETS / DOES_NOT_MEET
    MEASURES_FILED,
    CANDIDATE_REVIEWED,            // decision DESIGNATE / DO_NOT_DESIGNATE
    SENIOR_REVIEWED,               // decision DESIGNATE / DO_NOT_DESIGNATE
    DESIGNATION,
    NON_DESIGNATION,
    PUBLICATION,
    REVOCATION_STARTED,
    REVOCATION_DECIDED,            // decision REVOKE / DECLINE; effectiveOn: the day of the revocation
    REVOCATION,
    REVOCATION_DECLINED,
    CHANGE_NOTICE_RECEIVED,
    CHANGE_NOTICE_ACKNOWLEDGED,    // effectiveOn: the day the public record is updated
    REGISTRY_UPDATED,
    CHANGE_PUBLISHED,

    // Sector addition
    REVIEW_STARTED,
    EXCLUSION_CRITERIA_APPLIED,
    HEARING,
    COMMITTEE_CONCLUDED,
    SECTOR_ADDITION_DECIDED,       // decision LIST / DO_NOT_LIST / KEEP_STUDYING; effectiveOn: the re-review day
    REASONS_PUBLISHED,
    REVIEW_REOPENED,
    LAW_PROMULGATED,
    ORDERS_DRAFTED,
    PUBLIC_COMMENT_STARTED,        // effectiveOn: the last day for comments
    PUBLIC_COMMENT_RESULTS,
    CABINET_ORDER,                 // effectiveOn: the enforcement day
    SECTOR_ACTIVE,

    // Reports and on-site inspections (Art 58)
    REPORT_REQUESTED,              // effectiveOn: the report's last day
    INSPECTION_DECIDED,            // effectiveOn: the planned day of the inspection
    REPORT_SUBMITTED,              // decision ON_TIME / LATE
    REPORT_REVIEWED,               // decision SUFFICIENT / INSUFFICIENT
    REPORT_NOT_SUBMITTED,          // non-compliance on record (a fact for Art 96)
    INSPECTION_CONDUCTED,          // decision COMPLETED / REFUSED_OR_OBSTRUCTED (a fact for Art 96); effectiveOn: its day
    INSPECTION_CONCLUDED           // decision: the result
}
