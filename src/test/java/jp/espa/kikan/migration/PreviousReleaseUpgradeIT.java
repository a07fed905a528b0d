package jp.espa.kikan.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.espa.kikan.platform.RunningInstanceUpgrade;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.EngineClock;
import jp.espa.kikan.support.PostgresForTheContext;
import jp.espa.kikan.support.SchemaMigrations;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The previous release's database run through this release: {@code upgrade/previous-release.sql.gz}, which
 * scripts/make-upgrade-fixture made with the release of issue 20 (profiles postgres and demo, cases driven into the
 * states below), loaded into PostgreSQL; then this release starts on it as the service runs (profiles postgres and
 * demo), with the engine clock on the day the fixture was made. Flyway moves the demo's rows to the data's history and
 * applies the newer migrations, the running cases move to this release's models once, and the old cases go on.
 */
@ExtendWith(PostgresForTheContext.class) // declared before @SpringBootTest: the database outlives the context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviousReleaseUpgradeIT {

    private static final String FIXTURE = "upgrade/previous-release.sql.gz";
    private static final String RAILWAY = "DEMO-RAILWAY-0001";
    private static final String ELECTRICITY = "DEMO-ELECTRICITY-0001";

    /** What the previous release left, read before this release started. */
    private static UUID railwayCase;
    private static List<LocalDate> railwayTimers;
    private static Map<String, Object> railwayDates;
    private static Map<String, Object> acceptanceNotice;
    private static List<String> designations;
    private static long runningInstances;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired RunningInstanceUpgrade upgrade;
    @Autowired org.camunda.bpm.engine.TaskService tasks;

    @DynamicPropertySource
    static void thePreviousReleasesDatabase(DynamicPropertyRegistry registry) throws IOException, SQLException {
        PostgresForTheContext.start(registry);
        DataSource previous = PostgresForTheContext.database("postgres");
        load(previous);
        JdbcClient before = JdbcClient.create(previous);
        railwayCase = before.sql("select id from screening_case where application_number = ?").param(RAILWAY)
                .query(UUID.class).single();
        railwayTimers = timers(before, RAILWAY);
        railwayDates = before.sql("select accepted_on, period_last_day, extension_cap from screening_case where id = ?")
                .param(railwayCase).query().singleRow();
        acceptanceNotice = before.sql("select id, sha256 from document where case_number = ? and kind = 'ACCEPTANCE_NOTICE'")
                .param(RAILWAY).query().singleRow();
        designations = designations(before);
        runningInstances = before.sql("select count(*) from act_ru_execution where id_ = proc_inst_id_").query(Long.class).single();
        // the statutory "today" of the fixture: the standstill and the review's dates as they were that day
        EngineClock.today(railwayDates.get("accepted_on").toString());
        // not the job executor's: a timer it fired would not show whether the upgrade kept its day
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
    }

    @AfterAll
    static void realTime() {
        EngineClock.reset();
    }

    @Test
    @Order(1)
    void flywayMovesTheDemosRowsAndAppliesTheNewerMigrationsAndTheSchemaEqualsAFreshOne() throws SQLException {
        assertThat(jdbc.sql("select version from flyway_schema_history where success and version is not null")
                .query(String.class).list()).contains("25", "26")
                .noneMatch(v -> MigrationVersion.fromVersion(v).isAtLeast(Migrations.FIRST_DATA_VERSION.getVersion()));
        assertThat(jdbc.sql("select version from flyway_data_history where version is not null").query(String.class).list())
                .containsExactlyInAnyOrder("0", "1000", "1001", "1002", "1003");

        DataSource upgraded = PostgresForTheContext.database("postgres");
        jdbc.sql("create database fresh").update();
        DataSource fresh = PostgresForTheContext.database("fresh");
        SchemaMigrations.upTo(fresh, "latest").migrate();
        assertThat(EngineSchemaUpgradeTest.schema(upgraded)).isEqualTo(EngineSchemaUpgradeTest.schema(fresh));
        assertThat(EngineSchemaUpgradeTest.schemaVersion(upgraded)).isEqualTo("7.24.0");
    }

    @Test
    @Order(2)
    void theRunningCasesMovedToThisReleasesModelsOnce() {
        assertThat(jdbc.sql("select count(*) from act_ru_execution where id_ = proc_inst_id_").query(Long.class).single())
                .isEqualTo(runningInstances);
        assertThat(jdbc.sql("""
                select e.business_key_ || ' ' || d.key_ || ' v' || d.version_ from act_ru_execution e
                join act_re_procdef d on d.id_ = e.proc_def_id_
                where e.id_ = e.proc_inst_id_ and d.version_ < (select max(l.version_) from act_re_procdef l where l.key_ = d.key_)""")
                .query(String.class).list()).as("cases left on an earlier model").isEmpty();
        List<Map<String, Object>> moves = jdbc.sql("select * from instance_upgrade order by process_definition_id").query().listOfRows();
        assertThat(moves.stream().mapToInt(m -> ((Number) m.get("instances")).intValue()).sum()).isPositive();

        upgrade.moveRunningCasesToTheLatestModels();
        assertThat(jdbc.sql("select * from instance_upgrade order by process_definition_id").query().listOfRows())
                .as("done once: a second start moves nothing").isEqualTo(moves);
    }

    @Test
    @Order(3)
    void theStandstillTimerKeepsItsDay() {
        assertThat(railwayTimers).isNotEmpty();
        assertThat(timers(jdbc, RAILWAY)).isEqualTo(railwayTimers);
    }

    @Test
    @Order(4)
    void theRegistryReadsAsBefore() throws Exception {
        ApiClient api = new ApiClient(json, port);
        JsonNode railway = api.call("GET", "/api/screenings/" + railwayCase, "mlit-reviewer", null).body();
        assertThat(railway.get("acceptedOn").asText()).isEqualTo(railwayDates.get("accepted_on").toString());
        assertThat(railway.get("periodLastDay").asText()).isEqualTo(railwayDates.get("period_last_day").toString());
        assertThat(railway.get("extensionCap").asText()).isEqualTo(railwayDates.get("extension_cap").toString());
        assertThat(railway.get("acts").findValuesAsText("actType")).containsSubsequence("RECEIPT", "ACCEPTANCE");

        JsonNode registry = api.call("GET", "/api/designations", "cao-official", null).body();
        assertThat(registry.findValuesAsText("status")).isNotEmpty();
        assertThat(designations(jdbc)).isEqualTo(designations);
        assertThat(registry.findValuesAsText("corporateNumber")).containsAll(designations.stream()
                .map(d -> d.substring(0, d.indexOf(' '))).toList());

        JsonNode report = api.call("GET", "/api/inspections/INSPECTION-1", "mlit-reviewer", null).body();
        assertThat(report.get("dueOn").asText()).isEqualTo("2030-03-29");
        assertThat(report.get("matters").asText()).isEqualTo("列車運行管理システムの保守の委託先");
    }

    @Test
    @Order(5)
    void theAcceptanceNoticeTheOldReleaseIssuedIsServedAsIssued() throws Exception {
        ApiClient api = new ApiClient(json, port);
        JsonNode listed = api.call("GET", "/api/cases/screening/" + RAILWAY + "/documents", "mlit-reviewer", null).body();
        assertThat(listed.findValuesAsText("id")).contains(acceptanceNotice.get("id").toString());

        HttpResponse<byte[]> pdf = api.download("/api/cases/screening/" + RAILWAY + "/documents/" + acceptanceNotice.get("id"),
                "mlit-reviewer");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sha256(pdf.body())).isEqualTo(acceptanceNotice.get("sha256"));
    }

    @Test
    @Order(6)
    void officialsFinishTheOldCasesWaitingTasksAndTheActsAreRecorded() throws Exception {
        ApiClient api = new ApiClient(json, port);
        submit(api, RAILWAY, "Task_ReviewPlan", "mlit-reviewer", Map.of("reviewDecision", "RECOMMEND",
                "reviewReason", "構成設備の供給者に外国政府の影響の懸念"));
        JsonNode railway = api.call("GET", "/api/screenings/" + railwayCase, "mlit-reviewer", null).body();
        assertThat(railway.get("acts").findValuesAsText("actType")).contains("REVIEW_DECIDED");

        String day = railwayDates.get("accepted_on").toString();
        submit(api, ELECTRICITY, "Task_ConsultMinisters", "meti-reviewer", Map.of("consultationDate", day,
                "consultedParties", "内閣総理大臣", "consultationSummary", "勧告相当との意見"));
        assertThat(jdbc.sql("""
                select count(*) from case_act where procedure = 'SCREENING' and case_number = ? and act_type = 'CONSULTATION'""")
                .param(ELECTRICITY).query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * The previous release kept 期間の延長（勧告手続中） open beside the electricity case's recommendation: gone, the
     * case where it was; the report INSPECTION-1 awaited has its wait (事業者の対応待ち), due on the report's last day.
     */
    @Test
    @Order(7)
    void theStandingExtensionTaskIsGoneAndTheAwaitedReportIsInTheOperatorsWaits() {
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ELECTRICITY).taskDefinitionKey("Task_DecideExtension")
                .count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ELECTRICITY).taskDefinitionKey("Task_IssueRecommendation")
                .count()).as("the recommendation goes on after the consultation of @Order(6)").isOne();
        var waits = tasks.createTaskQuery().taskVariableValueEquals(jp.espa.kikan.platform.OperatorWaits.AWAITING, "Await_Report")
                .taskVariableValueLike(jp.espa.kikan.platform.TaskCards.CARD, "INSPECTION-1%").list();
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0).getDueDate().toInstant())
                .isEqualTo(LocalDate.of(2030, 3, 30).atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toInstant().minusSeconds(1));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The plain SQL dump, statement by statement through JDBC; psql's own commands (\restrict) are not SQL. */
    private static void load(DataSource dataSource) throws IOException, SQLException {
        String dump;
        try (InputStream in = new GZIPInputStream(new ClassPathResource(FIXTURE).getInputStream())) {
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("\\"))
                    .collect(Collectors.joining("\n"));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(dump);
        }
    }

    /** The days (Tokyo) of the case's timers. */
    private static List<LocalDate> timers(JdbcClient db, String businessKey) {
        return db.sql("""
                select j.duedate_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                where e.business_key_ = ? and j.type_ = 'timer' order by j.duedate_""").param(businessKey)
                .query((rs, n) -> LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), EngineClock.TOKYO)).list();
    }

    private static List<String> designations(JdbcClient db) {
        return db.sql("""
                select o.corporate_number || ' ' || d.sector_code || ' ' || d.designated_on from designation d
                join operator o on o.id = d.operator_id where d.revoked_on is null order by 1""").query(String.class).list();
    }

    private void submit(ApiClient api, String businessKey, String taskKey, String user, Map<String, Object> values)
            throws Exception {
        JsonNode open = api.call("GET", "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey, user, null).body();
        assertThat(open).as("open " + taskKey).hasSize(1);
        ObjectNode variables = json.createObjectNode();
        values.forEach((name, value) -> variables.putObject(name).set("value", json.valueToTree(value)));
        ApiClient.Answer submitted = api.call("POST", "/engine-rest/task/" + open.get(0).get("id").asText() + "/submit-form",
                user, json.createObjectNode().set("variables", variables));
        assertThat(submitted.status()).as(taskKey + " " + submitted).isEqualTo(204);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
