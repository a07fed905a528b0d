package jp.espa.kikan.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The engine's tables from Camunda's versioned scripts, in the order its Liquibase changelog applies them
 * (org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml in the engine jar): the 7.16 baseline, then one upgrade
 * script per minor version. The jar keeps that baseline and every upgrade script since (7.24's does), so a database
 * created by a release and one upgraded to it run the same scripts, whatever engine the pom names later. The jar's
 * {@code db/create} scripts are not used: they change with each engine version.
 */
public final class EngineSchema {

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/";
    static final String BASELINE = "7.16";
    /** As the changelog's baseline change set: engine, history, identity, CMMN, CMMN history, DMN, DMN history. */
    private static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    private EngineSchema() {
    }

    /** Creates the engine's tables in the version {@code to} (7.16 or later): the baseline, then the upgrades. */
    static void create(Connection connection, String to) throws SQLException {
        String database = databaseType(connection.getMetaData().getDatabaseProductName());
        for (String component : COMPONENTS) {
            run(connection, "liquibase/baseline/liquibase." + database + ".create." + component + ".sql");
        }
        upgrade(connection, BASELINE, to);
    }

    /** Runs Camunda's upgrade scripts from minor version {@code from} to {@code to} (e.g. "7.24" to "7.25"). */
    public static void upgrade(Connection connection, String from, String to) throws SQLException {
        String database = databaseType(connection.getMetaData().getDatabaseProductName());
        for (int minor = minor(from); minor < minor(to); minor++) {
            run(connection, "upgrade/" + database + "_engine_7." + minor + "_to_7." + (minor + 1) + ".sql");
        }
    }

    static boolean tablesExist(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The engine's name of the database in its script names (DbSqlSessionFactory). */
    public static String databaseType(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("No engine schema scripts for " + productName + " in this service (H2, PostgreSQL)");
    }

    private static int minor(String version) {
        if (!version.startsWith("7.")) {
            throw new IllegalArgumentException("Camunda 7 minor version expected: " + version);
        }
        return Integer.parseInt(version.substring(2));
    }

    private static void run(Connection connection, String script) {
        ClassPathResource resource = new ClassPathResource(SCRIPTS + script);
        if (!resource.exists()) {
            throw new IllegalStateException("The engine jar has no " + script);
        }
        ScriptUtils.executeSqlScript(connection, new EncodedResource(resource, "UTF-8"));
    }
}
