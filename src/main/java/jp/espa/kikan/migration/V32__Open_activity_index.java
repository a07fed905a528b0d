package jp.espa.kikan.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The supervisors' overview on PostgreSQL: its one pass over every open case reads the open steps (user tasks and the
 * operator's waits) of {@code act_hi_actinst}, which keeps every activity of ten years. The engine's index on
 * {@code END_TIME_} found them but read each row from the table, open sub-process scopes included (429 ms of a
 * 1.1 s statement at 100,000 open cases, benchmark-scale); this partial index holds only the open activities, with
 * what the overview reads of them, so that they are read from the index alone (20 ms). H2 (the embedded default) has
 * no partial indexes and is not for this many cases: nothing to do there.
 */
@Component
public class V32__Open_activity_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"postgres".equals(EngineSchema.databaseType(connection.getMetaData().getDatabaseProductName()))) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists kikan_idx_hi_actinst_open on act_hi_actinst "
                    + "(act_type_, root_proc_inst_id_, task_id_) where end_time_ is null");
        }
    }
}
