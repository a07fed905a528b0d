package jp.espa.kikan.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jp.espa.kikan.support.SchemaMigrations;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An H2 database (the embedded default) that an earlier release ran with the demo, its data rows in the schema's
 * history and out of order: this release moves them to the data's history and then applies a later schema migration,
 * which out of order off would otherwise refuse (below V1000). PreviousReleaseUpgradeIT does the same on PostgreSQL
 * with the previous release's own database.
 */
class MigrationsTest {

    private static final String[] DEMO = {"classpath:db/demo"};

    @Test
    void anEarlierReleasesDemoDatabaseMovesItsDataRowsAndTakesLaterSchemaMigrations() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:earlier-demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrations.configure(h2).locations(with(SchemaMigrations.LOCATIONS, DEMO)).outOfOrder(true).load().migrate();

        FlywayMigrationStrategy thisRelease = new Migrations().schemaThenData(DEMO);
        Flyway schema = SchemaMigrations.configure(h2).locations(with(SchemaMigrations.LOCATIONS, "classpath:db/later"))
                .baselineOnMigrate(true).baselineVersion("0").load();
        thisRelease.migrate(schema);
        thisRelease.migrate(schema); // a second start finds nothing to move or apply

        JdbcClient jdbc = JdbcClient.create(h2);
        assertThat(versions(jdbc, Migrations.SCHEMA_HISTORY)).contains("25", "26", "999").doesNotContain("1000", "1003");
        assertThat(versions(jdbc, Migrations.DATA_HISTORY)).containsExactly("0", "1000", "1001", "1002", "1003");
        assertThat(jdbc.sql("select count(*) from later_release_probe").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from operator").query(Integer.class).single()).as("the demo's data, once").isPositive();
    }

    private static List<String> versions(JdbcClient jdbc, String history) {
        return jdbc.sql("select \"version\" from \"" + history + "\" where \"version\" is not null order by \"installed_rank\"")
                .query(String.class).list();
    }

    private static String[] with(String[] locations, String... more) {
        return Stream.concat(Stream.of(locations), Stream.of(more)).toArray(String[]::new);
    }
}
