package jp.espa.kikan.support;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The schema's migrations as the service runs them, for tests that migrate a database step by step: the SQL of
 * db/migration and the Java migrations of jp.espa.kikan.migration (found by Flyway in the package, as the service
 * finds them as beans; MigrationNumbersTest checks none lives elsewhere).
 */
public final class SchemaMigrations {

    public static final String[] LOCATIONS = {"classpath:db/migration", "classpath:jp/espa/kikan/migration"};

    private SchemaMigrations() {
    }

    public static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(LOCATIONS);
    }

    /** The schema's migrations up to {@code target} ("latest" for all). */
    public static Flyway upTo(DataSource dataSource, String target) {
        return configure(dataSource).target(target).load();
    }
}
