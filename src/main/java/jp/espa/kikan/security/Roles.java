package jp.espa.kikan.security;

/**
 * Camunda group ids of the roles; Spring authorities are the group ids with a prefix. Each ministry the registry
 * names has a reviewer group (registry: {@code ministry-<code>}) and a senior group {@code <reviewer group>-senior}.
 */
public final class Roles {

    public static final String GROUP_PREFIX = "GROUP_";
    public static final String ADMIN = "camunda-admin";
    public static final String CABINET_OFFICE = "cabinet-office";
    public static final String OPERATOR_PORTAL = "operator-portal";
    /** Reads the service's metrics (/actuator/prometheus): the Prometheus scraper's account. */
    public static final String MONITORING = "monitoring";
    private static final String MINISTRY_PREFIX = "ministry-";
    private static final String SENIOR_SUFFIX = "-senior";

    private Roles() {
    }

    /** The groups of system accounts, which call the API and never use the webapps. */
    static boolean isSystemAccountGroup(String group) {
        return group.equals(OPERATOR_PORTAL) || group.equals(MONITORING);
    }

    public static String seniorGroup(String reviewerGroup) {
        return reviewerGroup + SENIOR_SUFFIX;
    }

    static boolean isMinistryGroup(String group) {
        return group.startsWith(MINISTRY_PREFIX) && !isSeniorGroup(group);
    }

    static boolean isSeniorGroup(String group) {
        return group.startsWith(MINISTRY_PREFIX) && group.endsWith(SENIOR_SUFFIX);
    }
}
