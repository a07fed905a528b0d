package jp.espa.kikan.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * The engine's tables as a managed migration (Flyway, with the registry's), not the engine's {@code schema-update}:
 * the create scripts of the Camunda version in the pom, from the engine jar, in the order the engine itself runs them.
 * A database whose engine tables already exist (made by {@code schema-update} before this migration) is left as it
 * is. A Camunda upgrade adds a migration that runs the jar's {@code db/upgrade/<db>_engine_<from>_to_<to>.sql}.
 * Flyway runs before the engine starts (EngineAfterMigrations).
 */
@Component
public class V14_1__Engine_schema extends BaseJavaMigration {

    /** As AbstractPersistenceSession#dbSchemaCreate: engine, history, identity, CMMN, CMMN history, DMN, DMN history. */
    private static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (engineTablesExist(connection.getMetaData(), connection.getSchema())) {
            return;
        }
        String database = databaseType(connection.getMetaData().getDatabaseProductName());
        for (String component : COMPONENTS) {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(
                    "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql"), "UTF-8"));
        }
    }

    private static boolean engineTablesExist(DatabaseMetaData meta, String schema) throws SQLException {
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            try (ResultSet tables = meta.getTables(null, schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The engine's name of the database in its script names (DbSqlSessionFactory). */
    static String databaseType(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("No engine schema scripts for " + productName + " in this service (H2, PostgreSQL)");
    }
}
