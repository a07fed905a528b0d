package jp.espa.kikan.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Who may do what, in one place: the rights of each role in the procedures (checked by the application services,
 * whatever door a request comes through) and the engine authorizations that give each role its view of Tasklist
 * and Cockpit. The authorization matrix test is generated from these tables.
 */
public final class AccessPolicy {

    /** The roles of the regime; an account has a role through its Camunda groups. */
    public enum Role {
        /** Technical administrators (camunda-admin): every right, and the engine's raw surfaces. */
        ADMINISTRATOR,
        /** A competent ministry's reviewers (ministry-xxx): the cases of their ministry's sectors. */
        MINISTRY_REVIEWER,
        /** A competent ministry's senior officials (ministry-xxx-senior): senior reviews of designations. */
        MINISTRY_SENIOR,
        /** The Cabinet Office (cabinet-office): reads every case, runs sector reviews. */
        CABINET_OFFICE,
        /** The electronic application portal (operator-portal): files what operators file, for those it represents. */
        OPERATOR_PORTAL;

        public static Set<Role> of(Actor actor) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String group : actor.groups()) {
                if (group.equals(Roles.ADMIN)) {
                    roles.add(ADMINISTRATOR);
                } else if (group.equals(Roles.CABINET_OFFICE)) {
                    roles.add(CABINET_OFFICE);
                } else if (group.equals(Roles.OPERATOR_PORTAL)) {
                    roles.add(OPERATOR_PORTAL);
                } else if (Roles.isSeniorGroup(group)) {
                    roles.add(MINISTRY_SENIOR);
                } else if (Roles.isMinistryGroup(group)) {
                    roles.add(MINISTRY_REVIEWER);
                }
            }
            return roles;
        }
    }

    /** How far a right reaches. */
    public enum Reach {
        /** Every case. */
        ALL,
        /** Cases of the sectors (or sector reviews) whose competent ministry is the actor's. */
        COMPETENT_MINISTRY,
        /** Cases of operators the portal account represents. */
        REPRESENTED_OPERATOR
    }

    public enum Action {
        // What operators file, through the portal
        FILE_PLAN,
        FILE_EMERGENCY_NOTIFICATION,
        ANSWER_FOR_OPERATOR,           // corrections, plan changes, replies to recommendations
        FILE_CHANGE_NOTICE,            // name or address (Art 50(3))
        // Screening (Art 52-56)
        READ_SCREENING,
        READ_CASE_FILE,                // the plan's parties with representatives and officers (personal data)
        DECIDE_SCREENING,              // the ministry's steps: checks, review, extension, recommendation, order, Art 55
        // Designation (Art 50-51)
        PROPOSE_DESIGNATION,
        FILE_MEASURES,                 // the figures the criteria read come from the competent ministry
        DECIDE_DESIGNATION,            // review, publication, revocation, change notices
        SENIOR_REVIEW,
        // Drafts of designation criteria (Art 50(1)'s 主務省令で定める基準) and their simulation on the registry
        DRAFT_CRITERIA,
        READ_CRITERIA_DRAFTS,          // the drafts, their tables and simulations
        // Sector addition
        START_SECTOR_REVIEW,
        RECORD_COMMITTEE_MEETING,
        DECIDE_SECTOR_REVIEW,          // hearing, decision, law or cabinet order, public comment
        READ_SECTOR_REVIEW,            // deliberations: minutes, preliminary recommendations
        // Reports and on-site inspections (Art 58)
        REQUEST_REPORT_OR_INSPECTION,  // the request, the review of the report, the inspection and its result
        SUBMIT_REPORT,                 // the operator's report, through the portal
        READ_INSPECTION,
        // Supervision: the overview of every procedure's cases, clocks and decision evaluations
        READ_OVERVIEW,
        // Written notices (documents): issued ones, and drafts before the act
        READ_DOCUMENTS,                // the portal: those addressed to an operator it represents
        DRAFT_DOCUMENTS,
        // Public: sectors, the registry of designations, statutory periods
        READ_PUBLIC_REGISTRY
    }

    private static final Map<Action, Map<Role, Reach>> RIGHTS = new EnumMap<>(Action.class);

    static {
        right(Action.FILE_PLAN, Role.OPERATOR_PORTAL, Reach.REPRESENTED_OPERATOR);
        right(Action.FILE_EMERGENCY_NOTIFICATION, Role.OPERATOR_PORTAL, Reach.REPRESENTED_OPERATOR);
        right(Action.ANSWER_FOR_OPERATOR, Role.OPERATOR_PORTAL, Reach.REPRESENTED_OPERATOR);
        right(Action.FILE_CHANGE_NOTICE, Role.OPERATOR_PORTAL, Reach.REPRESENTED_OPERATOR);

        right(Action.READ_SCREENING, Role.OPERATOR_PORTAL, Reach.REPRESENTED_OPERATOR);
        right(Action.READ_SCREENING, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.READ_SCREENING, Role.MINISTRY_SENIOR, Reach.COMPETENT_MINISTRY);
        right(Action.READ_SCREENING, Role.CABINET_OFFICE, Reach.ALL);
        right(Action.READ_CASE_FILE, Role.OPERATOR_PORTAL, Reach.REPRESENTED_OPERATOR);
        right(Action.READ_CASE_FILE, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.DECIDE_SCREENING, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);

        right(Action.PROPOSE_DESIGNATION, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.FILE_MEASURES, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.DECIDE_DESIGNATION, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.SENIOR_REVIEW, Role.MINISTRY_SENIOR, Reach.COMPETENT_MINISTRY);
        right(Action.DRAFT_CRITERIA, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.READ_CRITERIA_DRAFTS, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.READ_CRITERIA_DRAFTS, Role.MINISTRY_SENIOR, Reach.COMPETENT_MINISTRY);
        right(Action.READ_CRITERIA_DRAFTS, Role.CABINET_OFFICE, Reach.ALL);

        right(Action.START_SECTOR_REVIEW, Role.CABINET_OFFICE, Reach.ALL);
        right(Action.RECORD_COMMITTEE_MEETING, Role.CABINET_OFFICE, Reach.ALL);
        right(Action.RECORD_COMMITTEE_MEETING, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.DECIDE_SECTOR_REVIEW, Role.CABINET_OFFICE, Reach.ALL);
        right(Action.READ_SECTOR_REVIEW, Role.CABINET_OFFICE, Reach.ALL);
        right(Action.READ_SECTOR_REVIEW, Role.MINISTRY_REVIEWER, Reach.ALL);
        right(Action.READ_SECTOR_REVIEW, Role.MINISTRY_SENIOR, Reach.ALL);

        right(Action.REQUEST_REPORT_OR_INSPECTION, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.SUBMIT_REPORT, Role.OPERATOR_PORTAL, Reach.REPRESENTED_OPERATOR);
        right(Action.READ_INSPECTION, Role.OPERATOR_PORTAL, Reach.REPRESENTED_OPERATOR);
        right(Action.READ_INSPECTION, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.READ_INSPECTION, Role.MINISTRY_SENIOR, Reach.COMPETENT_MINISTRY);
        right(Action.READ_INSPECTION, Role.CABINET_OFFICE, Reach.ALL);

        right(Action.READ_OVERVIEW, Role.CABINET_OFFICE, Reach.ALL);
        right(Action.READ_OVERVIEW, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.READ_DOCUMENTS, Role.OPERATOR_PORTAL, Reach.REPRESENTED_OPERATOR);
        right(Action.READ_DOCUMENTS, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.READ_DOCUMENTS, Role.MINISTRY_SENIOR, Reach.COMPETENT_MINISTRY);
        right(Action.READ_DOCUMENTS, Role.CABINET_OFFICE, Reach.ALL);
        right(Action.DRAFT_DOCUMENTS, Role.MINISTRY_REVIEWER, Reach.COMPETENT_MINISTRY);
        right(Action.DRAFT_DOCUMENTS, Role.MINISTRY_SENIOR, Reach.COMPETENT_MINISTRY);
        right(Action.DRAFT_DOCUMENTS, Role.CABINET_OFFICE, Reach.ALL);

        for (Role role : Role.values()) {
            right(Action.READ_PUBLIC_REGISTRY, role, Reach.ALL);
        }
        for (Action action : Action.values()) {
            right(action, Role.ADMINISTRATOR, Reach.ALL);
        }
    }

    private static void right(Action action, Role role, Reach reach) {
        RIGHTS.computeIfAbsent(action, a -> new EnumMap<>(Role.class)).put(role, reach);
    }

    /** How far a role's right to an action reaches; null when the role has no such right. */
    public static Reach reach(Role role, Action action) {
        return RIGHTS.getOrDefault(action, Map.of()).get(role);
    }

    /**
     * Whether the actor reads every case (the Cabinet Office, administrators): only they see counts taken over every
     * case, such as the engine's statistics.
     */
    public static boolean seesEveryCase(Actor actor) {
        return Role.of(actor).stream().anyMatch(role -> reach(role, Action.READ_SCREENING) == Reach.ALL);
    }

    /**
     * One engine authorization of a role (the Camunda groups of the role get it). Ministries get no UPDATE on tasks:
     * the engine gives candidate groups TASK_WORK only (claim and complete), so nobody re-routes a task.
     */
    public record EngineGrant(Role role, Resource resource, String resourceId, List<Permission> permissions) {

        EngineGrant(Role role, Resource resource, String resourceId, Permission... permissions) {
            this(role, resource, resourceId, List.of(permissions));
        }
    }

    public static final List<EngineGrant> ENGINE_GRANTS = List.of(
            new EngineGrant(Role.MINISTRY_REVIEWER, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new EngineGrant(Role.MINISTRY_REVIEWER, Resources.FILTER, ANY, Permissions.READ),
            // Tasklist start forms: a candidate for designation, a paper emergency notification or an Art 55 review
            new EngineGrant(Role.MINISTRY_REVIEWER, Resources.PROCESS_DEFINITION, "DesignationProcess",
                    Permissions.READ, Permissions.CREATE_INSTANCE),
            new EngineGrant(Role.MINISTRY_REVIEWER, Resources.PROCESS_DEFINITION, "PostIntroductionReviewProcess",
                    Permissions.READ, Permissions.CREATE_INSTANCE),
            // and an Art 58 request for a report or an on-site inspection
            new EngineGrant(Role.MINISTRY_REVIEWER, Resources.PROCESS_DEFINITION, "ReportAndInspectionProcess",
                    Permissions.READ, Permissions.CREATE_INSTANCE),
            // and the extension of the period while a recommendation or order is under way (Art 52(4))
            new EngineGrant(Role.MINISTRY_REVIEWER, Resources.PROCESS_DEFINITION, "PeriodExtensionProcess",
                    Permissions.READ, Permissions.CREATE_INSTANCE),
            new EngineGrant(Role.MINISTRY_REVIEWER, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE),
            // Cockpit for the supervisors' overview of its sectors (the overview's resource applies READ_OVERVIEW)
            new EngineGrant(Role.MINISTRY_REVIEWER, Resources.APPLICATION, "cockpit", Permissions.ACCESS),
            // Tasklist's Diagram tab: the models (not their instances). Comments and the History tab read the
            // task's history, granted per task to its candidate group (enable-historic-instance-permissions).
            new EngineGrant(Role.MINISTRY_REVIEWER, Resources.PROCESS_DEFINITION, ANY, Permissions.READ),

            new EngineGrant(Role.MINISTRY_SENIOR, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new EngineGrant(Role.MINISTRY_SENIOR, Resources.FILTER, ANY, Permissions.READ),
            new EngineGrant(Role.MINISTRY_SENIOR, Resources.PROCESS_DEFINITION, ANY, Permissions.READ),

            new EngineGrant(Role.CABINET_OFFICE, Resources.APPLICATION, "cockpit", Permissions.ACCESS),
            new EngineGrant(Role.CABINET_OFFICE, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new EngineGrant(Role.CABINET_OFFICE, Resources.FILTER, ANY, Permissions.READ),
            new EngineGrant(Role.CABINET_OFFICE, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.CREATE),
            new EngineGrant(Role.CABINET_OFFICE, Resources.PROCESS_DEFINITION, ANY,
                    Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY),
            // its own procedure only
            new EngineGrant(Role.CABINET_OFFICE, Resources.PROCESS_DEFINITION, "SectorAdditionProcess",
                    Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.CREATE_INSTANCE),
            new EngineGrant(Role.CABINET_OFFICE, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
            new EngineGrant(Role.CABINET_OFFICE, Resources.DEPLOYMENT, ANY, Permissions.READ),
            // Cockpit's Human Tasks view (its count per candidate group checks READ on every task) and an instance's
            // User Tasks tab; the groups' Japanese names instead of their ids. Reading only: no TASK_WORK, no UPDATE.
            new EngineGrant(Role.CABINET_OFFICE, Resources.TASK, ANY, Permissions.READ),
            new EngineGrant(Role.CABINET_OFFICE, Resources.GROUP, ANY, Permissions.READ));

    private AccessPolicy() {
    }
}
