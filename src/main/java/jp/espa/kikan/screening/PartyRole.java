package jp.espa.kikan.screening;

/** The businesses a plan names (Art 52(2)): who supplies the equipment or its components, who maintains or operates it. */
public enum PartyRole {
    SUPPLIER,
    COMPONENT_SUPPLIER,
    CONTRACTOR,
    RECONTRACTOR
}
