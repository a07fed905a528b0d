package jp.espa.kikan.registry;

public enum CaseStatus {
    EXEMPT,
    UNDER_REVIEW,
    AWAITING_CORRECTION,
    AWAITING_REPLY,
    ORDER_UNDER_CONSIDERATION,
    POST_INTRODUCTION_REVIEW,
    CLOSED
}
