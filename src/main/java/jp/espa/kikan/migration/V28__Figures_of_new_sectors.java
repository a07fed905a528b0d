package jp.espa.kikan.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Figures of a business that is not yet a sector: a new sector's first draft of criteria is tried on the figures its
 * operators report before the cabinet order lists it, so operator_measure.sector_code may name a drafted sector, not
 * only one of the sector table. Drops that column's foreign key, found by the driver's metadata (its name is the
 * database's own: generated differently by H2 and PostgreSQL).
 */
@Component
public class V28__Figures_of_new_sectors extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> keys = new ArrayList<>();
        for (String table : List.of("operator_measure", "OPERATOR_MEASURE")) {
            try (ResultSet imported = metadata.getImportedKeys(null, null, table)) {
                while (imported.next()) {
                    if ("sector_code".equalsIgnoreCase(imported.getString("FKCOLUMN_NAME"))) {
                        keys.add(imported.getString("FK_NAME"));
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String key : keys) {
                statement.execute("alter table operator_measure drop constraint \"" + key + "\"");
            }
        }
    }
}
