package jp.espa.kikan.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema first, then the data. The schema's migrations (SQL in {@code db/migration}, Java ones in this package)
 * have one history, {@code flyway_schema_history}, and run in version order only: a migration numbered below one
 * already applied stops the start instead of running out of order. Data migrations ({@code kikan.data-migrations}: the
 * demo's {@code db/demo}, the tests' {@code db/testdata}) have a history of their own, {@code flyway_data_history}, so
 * they never interleave with the schema's versions. Earlier releases kept the data's rows (V1000 and above) in the
 * schema's history; they move to the data's history once, before the schema migrates, and stay recorded there when
 * the database later runs without the demo.
 */
@Configuration(proxyBeanMethods = false)
class Migrations {

    static final String SCHEMA_HISTORY = "flyway_schema_history";
    static final String DATA_HISTORY = "flyway_data_history";
    /** Earlier releases numbered the data's migrations from here, in the schema's history. */
    static final MigrationVersion FIRST_DATA_VERSION = MigrationVersion.fromVersion("1000");

    /** Flyway's columns, quoted: it creates them in lower case, which H2 keeps only quoted. */
    private static final String COLUMNS = Stream.of("installed_rank", "version", "description", "type", "script", "checksum",
            "installed_by", "installed_on", "execution_time", "success").map(c -> '"' + c + '"').collect(Collectors.joining(", "));

    @Bean
    FlywayMigrationStrategy schemaThenData(@Value("${kikan.data-migrations:}") String[] dataLocations) {
        return schema -> {
            Flyway data = Flyway.configure().configuration(schema.getConfiguration()).table(DATA_HISTORY)
                    .locations(dataLocations).javaMigrations().load();
            moveEarlierDataRows(schema.getConfiguration().getDataSource(), data);
            schema.migrate();
            if (dataLocations.length > 0) {
                data.migrate();
            }
        };
    }

    /**
     * Moves the data's rows of an earlier release from the schema's history to the data's, in one transaction. The
     * rows are read for update: a node starting beside this one waits, then finds none left to move.
     */
    private static void moveEarlierDataRows(DataSource dataSource, Flyway data) {
        try (Connection c = dataSource.getConnection()) {
            if (!historyExists(c, SCHEMA_HISTORY)) {
                return;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                List<Integer> ranks = earlierDataRows(s);
                if (!ranks.isEmpty()) {
                    if (!historyExists(c, DATA_HISTORY)) {
                        data.baseline();
                    }
                    String moved = ranks.stream().map(String::valueOf).collect(Collectors.joining(", "));
                    s.executeUpdate("insert into \"" + DATA_HISTORY + "\" (" + COLUMNS + ") select " + COLUMNS + " from \""
                            + SCHEMA_HISTORY + "\" where \"installed_rank\" in (" + moved + ")");
                    s.executeUpdate("delete from \"" + SCHEMA_HISTORY + "\" where \"installed_rank\" in (" + moved + ")");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the data migrations' rows to " + DATA_HISTORY, e);
        }
    }

    private static List<Integer> earlierDataRows(Statement s) throws SQLException {
        List<Integer> ranks = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select \"installed_rank\", \"version\" from \"" + SCHEMA_HISTORY
                + "\" where \"version\" is not null for update")) {
            while (rs.next()) {
                if (MigrationVersion.fromVersion(rs.getString(2)).isAtLeast(FIRST_DATA_VERSION.getVersion())) {
                    ranks.add(rs.getInt(1));
                }
            }
        }
        return ranks;
    }

    private static boolean historyExists(Connection c, String table) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), table, null)) {
            return tables.next();
        }
    }
}
