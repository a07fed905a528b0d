package jp.espa.kikan.registry;

/** The procedures of the regime; each keeps its cases under its own case numbers. */
public enum Procedure {
    SCREENING,
    DESIGNATION,
    SECTOR_ADDITION,
    INSPECTION
}
