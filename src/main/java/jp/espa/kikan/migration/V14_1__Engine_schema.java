package jp.espa.kikan.migration;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The engine's tables as a managed migration (Flyway, with the registry's), not the engine's {@code schema-update}:
 * Camunda's versioned scripts up to 7.24 (EngineSchema). A database whose engine tables already exist (made by
 * {@code schema-update} before this migration) is left as it is. A Camunda upgrade adds a migration that calls
 * {@code EngineSchema.upgrade(connection, "7.24", "7.25")}; this one stays at 7.24, so that a new database and an
 * upgraded one go through the same scripts. Flyway runs before the engine starts (EngineAfterMigrations).
 */
@Component
public class V14_1__Engine_schema extends BaseJavaMigration {

    /** The engine version this migration creates; never changed (a later engine is a later migration). */
    static final String VERSION = "7.24";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!EngineSchema.tablesExist(connection)) {
            EngineSchema.create(connection, VERSION);
        }
    }
}
