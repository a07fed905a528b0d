package jp.espa.kikan.screening;

/** What the operator filed: a plan to introduce equipment, a plan to entrust its maintenance/operation, or an after-the-fact emergency notification. */
public enum CaseKind {
    INTRODUCTION,
    ENTRUSTMENT,
    EMERGENCY_NOTIFICATION
}
