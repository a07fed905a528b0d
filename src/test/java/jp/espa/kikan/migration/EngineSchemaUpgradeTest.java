package jp.espa.kikan.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.espa.kikan.support.SchemaMigrations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A database the previous release made (its V14_1 ran the engine jar's create scripts) and then migrated by this
 * release has the same tables, columns, keys and indexes as a database this release creates, on H2 and on
 * PostgreSQL; the engine starts on it with {@code schema-update} off and reads its version as 7.24.
 */
class EngineSchemaUpgradeTest {

    /** Names H2 gives the indexes of keys it creates (primary keys, unique and foreign-key constraints): not schema. */
    private static final Pattern H2_GENERATED_KEY = Pattern.compile("INDEX_NAME=(PRIMARY_KEY|CONSTRAINT)_\\S*");
    private static final Pattern H2_GENERATED_INDEX = Pattern.compile("_INDEX_[0-9A-F]+ ");

    @Test
    void thePreviousReleasesH2DatabaseBecomesTheSameAsANewOne() throws SQLException {
        checkUpgrade(h2(), h2());
    }

    @Test
    void thePreviousReleasesPostgresDatabaseBecomesTheSameAsANewOne() throws SQLException, IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database fresh");
            }
            checkUpgrade(postgres.getPostgresDatabase(), postgres.getDatabase("postgres", "fresh"));
        }
    }

    /** The previous release's last schema migration (db/released-migrations.tsv): this release's begin after it. */
    private static final String PREVIOUS_RELEASE = "25";

    private static void checkUpgrade(DataSource previous, DataSource fresh) throws SQLException {
        Flyway.configure().dataSource(previous).locations("classpath:db/migration").target(PREVIOUS_RELEASE)
                .javaMigrations(new PreviousRelease.V14_1__Engine_schema(), new V16__Task_grant_index(), new V17__Typed_acts())
                .load().migrate();
        thisRelease(previous).migrate();
        thisRelease(fresh).migrate();

        assertThat(schema(previous)).isEqualTo(schema(fresh));
        assertThat(schemaVersion(fresh)).isEqualTo("7.24.0");
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(previous).setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setJobExecutorActivate(false).setProcessEngineName("upgraded-" + UUID.randomUUID()).buildProcessEngine();
        try {
            assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_EXECUTION");
        } finally {
            engine.close();
        }
    }

    private static Flyway thisRelease(DataSource dataSource) {
        return SchemaMigrations.upTo(dataSource, "latest");
    }

    /** Every table of the current schema: its columns, primary key, foreign keys and indexes. */
    static Map<String, List<Object>> schema(DataSource dataSource) throws SQLException {
        Map<String, List<Object>> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                        tables.put(table.toUpperCase(Locale.ROOT), List.of(columns(meta, schema, table),
                                rows(meta.getPrimaryKeys(null, schema, table), "COLUMN_NAME", "KEY_SEQ"),
                                rows(meta.getImportedKeys(null, schema, table), "FKCOLUMN_NAME", "PKTABLE_NAME", "PKCOLUMN_NAME"),
                                rows(meta.getIndexInfo(null, schema, table, false, false), "INDEX_NAME", "COLUMN_NAME",
                                        "NON_UNIQUE")));
                    }
                }
            }
        }
        return tables;
    }

    private static TreeSet<String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        return rows(meta.getColumns(null, schema, table, "%"), "COLUMN_NAME", "TYPE_NAME", "COLUMN_SIZE", "DECIMAL_DIGITS",
                "IS_NULLABLE", "COLUMN_DEF");
    }

    private static TreeSet<String> rows(ResultSet rs, String... columns) throws SQLException {
        TreeSet<String> rows = new TreeSet<>();
        try (rs) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (String column : columns) {
                    row.append(column).append('=').append(rs.getString(column)).append(' ');
                }
                rows.add(H2_GENERATED_INDEX.matcher(H2_GENERATED_KEY.matcher(row.toString().toUpperCase(Locale.ROOT))
                        .replaceAll("INDEX_NAME=(GENERATED)")).replaceAll("_INDEX "));
            }
        }
        return rows;
    }

    static String schemaVersion(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version_ from ACT_GE_SCHEMA_LOG order by cast(id_ as integer) desc")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:engine-schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    /** The previous release's V14_1: whatever create scripts the engine jar held (here 7.24's). */
    static final class PreviousRelease {

        static final class V14_1__Engine_schema extends BaseJavaMigration {
            @Override
            public void migrate(Context context) throws SQLException {
                Connection connection = context.getConnection();
                String database = EngineSchema.databaseType(connection.getMetaData().getDatabaseProductName());
                for (String component : List.of("engine", "history", "identity", "case.engine", "case.history",
                        "decision.engine", "decision.history")) {
                    ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(
                            "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql"), "UTF-8"));
                }
            }
        }
    }
}
