package jp.espa.kikan.overview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.espa.kikan.legal.StatutoryPeriods;
import jp.espa.kikan.periods.StatutoryTime;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.registry.CaseFile;
import jp.espa.kikan.registry.CaseIndex;
import jp.espa.kikan.registry.Ministry;
import jp.espa.kikan.registry.Procedure;
import jp.espa.kikan.registry.SectorRegistry;
import jp.espa.kikan.security.AccessChecks;
import jp.espa.kikan.security.AccessChecks.Subject;
import jp.espa.kikan.security.AccessPolicy;
import jp.espa.kikan.security.AccessPolicy.Action;
import jp.espa.kikan.security.AccessPolicy.Reach;
import jp.espa.kikan.security.AccessPolicy.Role;
import jp.espa.kikan.security.Actor;
import jp.espa.kikan.security.Roles;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The supervisors' overview (the Cabinet Office: every case; a ministry's reviewers: the cases of its sectors) read
 * across procedures from the engine (where each open case stands, closed cases and how they ended) and the registry
 * (competent ministry, statutory days, decision evaluations). Who sees which case is {@link AccessPolicy}'s
 * READ_OVERVIEW; the engine is read as the system, since the viewer's own engine permissions cover less than it may see.
 */
@Service
public class SupervisorOverview {

    /**
     * The processes that are cases (a yearly re-evaluation schedule is not one), with the procedure whose numbers their
     * business keys are: numbers are unique within a procedure only, so a case is looked up by both.
     */
    static final Map<String, Procedure> CASE_PROCESSES = Map.of(
            "EquipmentScreeningProcess", Procedure.SCREENING, "PostIntroductionReviewProcess", Procedure.SCREENING,
            "DesignationProcess", Procedure.DESIGNATION, "RevocationProcess", Procedure.DESIGNATION,
            "ChangeNoticeProcess", Procedure.DESIGNATION, "SectorAdditionProcess", Procedure.SECTOR_ADDITION,
            "ReportAndInspectionProcess", Procedure.INSPECTION);
    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPANESE);

    /** The Japanese words of the outcome codes decision evaluations record. */
    private static final Map<String, String> EVALUATION_OUTCOMES = Map.ofEntries(
            Map.entry("NONE", "リスク要因なし"), Map.entry("LOW", "リスク低"), Map.entry("MEDIUM", "リスク中"),
            Map.entry("HIGH", "リスク高"), Map.entry("IMPORTANT", "重要な変更"), Map.entry("REPORT", "報告を要する変更"),
            Map.entry("MINOR", "軽微な変更"), Map.entry("MEETS", "指定基準に該当"), Map.entry("DOES_NOT_MEET", "指定基準に該当しない"),
            Map.entry("SME", "中小企業者に該当"), Map.entry("NOT_SME", "中小企業者に該当しない"),
            Map.entry("EXCLUDED", "除外基準に該当"), Map.entry("NOT_EXCLUDED", "除外基準に該当しない"),
            Map.entry("LIST", "対象事業に追加する方向"), Map.entry("DO_NOT_LIST", "対象としない方向"),
            Map.entry("KEEP_STUDYING", "引き続き検討"));
    private static final Map<Procedure, String> PROCEDURES = Map.of(
            Procedure.SCREENING, "導入等計画書の審査", Procedure.DESIGNATION, "特定社会基盤事業者の指定",
            Procedure.SECTOR_ADDITION, "対象事業の追加の検討", Procedure.INSPECTION, "報告徴収及び立入検査");

    private final IdentityService identity;
    private final RepositoryService repository;
    private final CaseFile caseFile;
    private final SectorRegistry sectors;
    private final AccessChecks access;
    private final StatutoryTime time;
    private final JdbcClient jdbc;
    private final Listed listed;

    /**
     * How many rows each list shows at most: the open cases nearest their last day (the workload counts them all), the
     * cases closed last, the latest decision evaluations. Ten years of cases would otherwise make one page of
     * hundreds of thousands of rows.
     */
    record Listed(int openCases, int closedCases, int evaluations) {
        static final Listed DEFAULT = new Listed(500, 200, 500);
    }

    @Autowired
    SupervisorOverview(IdentityService identity, RepositoryService repository, CaseFile caseFile, SectorRegistry sectors,
                       AccessChecks access, StatutoryTime time, JdbcClient jdbc) {
        this(identity, repository, caseFile, sectors, access, time, jdbc, Listed.DEFAULT);
    }

    SupervisorOverview(IdentityService identity, RepositoryService repository, CaseFile caseFile, SectorRegistry sectors,
                       AccessChecks access, StatutoryTime time, JdbcClient jdbc, Listed listed) {
        this.identity = identity;
        this.repository = repository;
        this.caseFile = caseFile;
        this.sectors = sectors;
        this.access = access;
        this.time = time;
        this.jdbc = jdbc;
        this.listed = listed;
    }

    /** The overview as {@code actor} may read it today; refused to an actor with no right to it at all. */
    public Overview read(Actor actor) {
        boolean everything = actor.isSystem() || Role.of(actor).stream()
                .anyMatch(role -> AccessPolicy.reach(role, Action.READ_OVERVIEW) == Reach.ALL);
        if (!everything && Role.of(actor).stream().allMatch(role -> AccessPolicy.reach(role, Action.READ_OVERVIEW) == null)) {
            throw new NotPermittedException(actor.userId() + " には監督一覧を閲覧する権限がありません。");
        }
        List<Ministry> ministries = sectors.ministries();
        Map<String, Ministry> byCode = ministries.stream().collect(Collectors.toMap(Ministry::code, Function.identity()));
        List<Ministry> seen = everything ? ministries : ministries.stream()
                .filter(m -> access.permits(actor, Action.READ_OVERVIEW, Subject.ofMinistry(m.reviewerGroup()))).toList();
        OpenCaseQueries.Scope scope = new OpenCaseQueries.Scope(everything,
                seen.stream().map(Ministry::code).collect(Collectors.toSet()));
        LocalDate today = time.today();
        // read as the service: the viewer's engine grants are narrower than what READ_OVERVIEW lets it see
        return Actor.asTheService(identity, () -> read(everything, ministries, byCode, seen, scope, today));
    }

    private Overview read(boolean everything, List<Ministry> ministries, Map<String, Ministry> byCode, List<Ministry> seen,
                          OpenCaseQueries.Scope scope, LocalDate today) {
        OpenCases open = new OpenCases(new OpenCaseQueries(jdbc, holderGroups(ministries, everything)), identity, jdbc, time,
                ministries, byCode);
        OpenCases.Read read = open.read(scope, today, listed.openCases());
        List<OpenCaseQueries.Counts> counts = read.counts();
        List<Overview.OpenCase> first = read.first();
        List<Overview.ClosedCase> closed = new ClosedCases(jdbc, caseFile, listed.closedCases()).read(scope, byCode::get);
        List<Overview.Evaluation> evaluations = evaluations(scope);
        String scopeName = everything ? "全府省" : seen.stream().map(Ministry::nameJa).collect(Collectors.joining("、"));
        return new Overview(today, japanese(today), scopeName, counts.stream().mapToInt(OpenCaseQueries.Counts::open).sum(),
                first, closed, open.workload(counts, everything), evaluations);
    }

    /** Whose desk a task is at: each ministry's reviewers and seniors, and (for who sees everything) the Cabinet Office. */
    private static Map<String, List<String>> holderGroups(List<Ministry> ministries, boolean everything) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        ministries.forEach(m -> groups.put(m.nameJa(), List.of(m.reviewerGroup(), Roles.seniorGroup(m.reviewerGroup()))));
        if (everything) {
            groups.put(TaskHolders.CABINET_OFFICE, List.of(Roles.CABINET_OFFICE));
        }
        return groups;
    }

    /**
     * The page of a case's issued documents in the webapps' session (documents/DocumentPageController: the Japanese list,
     * each PDF in a new tab), e.g. /documents/sector-addition/SR-2026-0007.
     */
    static String documentsPath(Procedure procedure, String caseNumber) {
        return "/documents/" + procedure.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/"
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The latest evaluations of the scope's cases, found and limited in SQL (ten years are 100,000 of them). */
    private List<Overview.Evaluation> evaluations(OpenCaseQueries.Scope scope) {
        var statement = jdbc.sql("select e.procedure, e.case_number, e.decision_key, e.decision_version, e.outcome, e.evaluated_at"
                + " from decision_evaluation e" + (scope.everything() ? "" : " join (" + CaseIndex.ENTRIES + ") r"
                + " on r.case_number = e.case_number and r.procedure = e.procedure and r.ministry in (:ministries)")
                + " order by e.evaluated_at desc, e.id desc limit " + listed.evaluations());
        if (!scope.everything()) {
            statement = statement.param("ministries", scope.ministryCodes().isEmpty() ? List.of("-") : scope.ministryCodes());
        }
        Map<String, String> names = new HashMap<>();
        // mapped by hand: Spring's record mapper asks PostgreSQL's driver for an enum type first, which it refuses slowly
        return statement.query((row, n) -> {
            Procedure procedure = Procedure.valueOf(row.getString(1));
            String key = row.getString(3);
            int version = row.getInt(4);
            String name = names.computeIfAbsent(key + ":" + version, k -> {
                DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                        .decisionDefinitionVersion(version).singleResult();
                return definition == null || definition.getName() == null ? key : definition.getName();
            });
            LocalDate on = StatutoryPeriods.today(row.getObject(6, OffsetDateTime.class).toInstant());
            String outcome = row.getString(5);
            return new Overview.Evaluation(row.getString(2), PROCEDURES.get(procedure), name, version,
                    EVALUATION_OUTCOMES.getOrDefault(outcome, outcome), on, japanese(on));
        }).list();
    }

    static LocalDate tokyoDate(Date instant) {
        return instant == null ? null : StatutoryPeriods.today(instant.toInstant());
    }

    static String japanese(LocalDate date) {
        return date == null ? null : JAPANESE_DATE.format(date);
    }
}
