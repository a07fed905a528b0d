package jp.espa.kikan.registry;

/**
 * Every act of the minister, the Cabinet Office or the operator that a case file shows, for all procedures, with the
 * record type of what it says ({@link ActContent}).
 */
public enum LegalActType {
    // Screening of introduction plans (Art 52-56)
    RECEIPT(ActContent.Note.class),
    EMERGENCY_NOTIFICATION_RECEIPT(ActContent.EmergencyNotificationReceipt.class), // the emergency case relied on
    EXEMPTION_RECOGNISED(ActContent.Note.class),           // release 2 and earlier: recognised at intake without a check
    EXEMPTION_CLAIMED(ActContent.ExemptionClaim.class),    // the ground of 施行令第十条第一項 claimed
    EXEMPTION_CHECKED(ActContent.ExemptionCheck.class),    // decision CONFIRMED / NOT_CONFIRMED; CONFIRMED issues its notice
    COMPLETENESS_CHECKED(ActContent.Note.class),           // decision COMPLETE / INCOMPLETE; effectiveOn: the day of 受理 (text: what to correct)
    ACCEPTANCE(ActContent.Acceptance.class),               // 受理の通知: actDate is the day of acceptance, from which the clocks count
    CORRECTION_REQUESTED(ActContent.CorrectionRequest.class),
    CORRECTION_RECEIVED(ActContent.Note.class),
    RISK_ASSESSED(ActContent.RiskAssessment.class),
    REVIEW_DECIDED(ActContent.PeriodDecision.class),       // decision NO_CONCERNS / EXTEND / RECOMMEND; effectiveOn: shortened or extended last day
    EXTENSION_FIRST_DECIDED(ActContent.PeriodDecision.class), // decision EXTEND / RECOMMEND_ANYWAY; effectiveOn: extended last day
    EXTENSION_DECIDED(ActContent.PeriodDecision.class),    // during a recommendation; effectiveOn: extended last day
    SHORTENING_NOTICE(ActContent.PeriodChange.class),
    EXTENSION_NOTICE(ActContent.PeriodChange.class),
    CONSULTATION(ActContent.Note.class),
    RECOMMENDATION(ActContent.Recommendation.class),       // issued, delivered, reply due (dueOn) in its content
    REPLY(ActContent.Reply.class),                         // decision ACCEPTED / NOT_ACCEPTED (応諾する / 応諾しない)
    LATE_REPLY(ActContent.Reply.class),                    // a reply that arrived after its last day: recorded, not acted on
    REVISED_PLAN(ActContent.Note.class),
    REFUSAL_ASSESSED(ActContent.Note.class),               // decision JUSTIFIED / NOT_JUSTIFIED
    ORDER_DECIDED(ActContent.OrderDecision.class),         // decision ISSUE / DO_NOT_ISSUE
    ORDER_CONSULTATION(ActContent.Note.class),             // 命令前の協議 (Art 56)
    ORDER(ActContent.Order.class),                         // actDate: issued; delivered and comply-by (dueOn) in its content
    ORDER_NOT_ISSUED(ActContent.Note.class),
    IMPORTANT_CHANGE(ActContent.Note.class),
    MINOR_CHANGE(ActContent.Note.class),
    REPORTED_CHANGE(ActContent.Note.class),
    REVIEW_RESTARTED(ActContent.Note.class),
    POST_INTRODUCTION_REVIEW_STARTED(ActContent.Note.class),
    EMERGENCY_NOTIFICATION_REVIEWED(ActContent.Note.class), // decision CONCERNS / NO_CONCERNS
    OUTCOME(ActContent.Note.class),
    RECOMMENDATION_DECIDED(ActContent.RecommendationDecision.class), // Art 55(1) or (2): decision RECOMMEND / DO_NOT_RECOMMEND

    // Designation (Art 50-51)
    PROPOSAL(ActContent.Note.class),
    CRITERIA_EVALUATED(ActContent.CriteriaEvaluation.class), // decision MEETS / DOES_NOT_MEET
    MEASURES_FILED(ActContent.Note.class),
    CANDIDATE_REVIEWED(ActContent.Note.class),             // decision DESIGNATE / DO_NOT_DESIGNATE
    SENIOR_REVIEWED(ActContent.Note.class),                // decision DESIGNATE / DO_NOT_DESIGNATE
    // 弁明 before a designation (APA Art 13(1)(ii), 30); screening cases of earlier releases have one before an order
    OPPORTUNITY_TO_EXPLAIN(ActContent.OpportunityToExplain.class), // decision GIVEN / EXCLUDED; dueOn: the explanation's last day
    EXPLANATION_CONSIDERED(ActContent.ExplanationConsidered.class), // decision DESIGNATE / DO_NOT_DESIGNATE, after 弁明 (APA Art 13)
    DESIGNATION(ActContent.Designation.class),
    NON_DESIGNATION(ActContent.Note.class),
    PUBLICATION(ActContent.Note.class),
    REVOCATION_STARTED(ActContent.CriteriaEvaluation.class),
    REVOCATION_DECIDED(ActContent.Note.class),             // decision REVOKE / DECLINE; effectiveOn: the day of the revocation
    REVOCATION(ActContent.Revocation.class),
    REVOCATION_DECLINED(ActContent.Note.class),
    CHANGE_NOTICE_RECEIVED(ActContent.Note.class),
    CHANGE_NOTICE_ACKNOWLEDGED(ActContent.Note.class),     // effectiveOn: the day the public record is updated
    REGISTRY_UPDATED(ActContent.Note.class),
    CHANGE_PUBLISHED(ActContent.ChangePublication.class),

    // Sector addition
    REVIEW_STARTED(ActContent.Note.class),
    EXCLUSION_CRITERIA_APPLIED(ActContent.Note.class),
    HEARING(ActContent.Note.class),
    COMMITTEE_CONCLUDED(ActContent.Note.class),
    SECTOR_ADDITION_DECIDED(ActContent.Note.class),        // decision LIST / DO_NOT_LIST / KEEP_STUDYING; effectiveOn: the re-review day
    REASONS_PUBLISHED(ActContent.Note.class),
    REVIEW_REOPENED(ActContent.Note.class),
    LAW_PROMULGATED(ActContent.Note.class),
    ORDERS_DRAFTED(ActContent.Note.class),
    PUBLIC_COMMENT_STARTED(ActContent.Note.class),         // effectiveOn: the last day for comments
    PUBLIC_COMMENT_RESULTS(ActContent.PublicCommentResults.class),
    CABINET_ORDER(ActContent.Note.class),                  // effectiveOn: the enforcement day
    SECTOR_ACTIVE(ActContent.Note.class),

    // Reports and on-site inspections (Art 58)
    REPORT_REQUESTED(ActContent.Note.class),               // effectiveOn: the report's last day; issues the written request (Art 58(1) or (2))
    INSPECTION_DECIDED(ActContent.Note.class),             // effectiveOn: the planned day of the inspection
    REPORT_SUBMITTED(ActContent.Note.class),               // decision ON_TIME / LATE
    REPORT_REVIEWED(ActContent.Note.class),                // decision SUFFICIENT / INSUFFICIENT
    REPORT_NOT_SUBMITTED(ActContent.Note.class),           // non-compliance on record (a fact for Art 96)
    INSPECTION_CONDUCTED(ActContent.Note.class),           // decision COMPLETED / REFUSED_OR_OBSTRUCTED (a fact for Art 96); effectiveOn: its day
    INSPECTION_CONCLUDED(ActContent.Note.class);           // decision: the result


    private final Class<? extends ActContent> contentType;

    LegalActType(Class<? extends ActContent> contentType) {
        this.contentType = contentType;
    }

    public Class<? extends ActContent> contentType() {
        return contentType;
    }
}
