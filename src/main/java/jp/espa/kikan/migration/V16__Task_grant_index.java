package jp.espa.kikan.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The worklist on PostgreSQL in linear, not quadratic, time. The engine's authorization-checked task query (Tasklist's
 * filter count and list) left-joins the user's grants on {@code RESOURCE_ID_ IN (task id, definition key, '*')}. Each
 * open task has its own grant row per candidate group (the engine's default task authorizations), and every task ever
 * worked keeps a HISTORIC_TASK grant (enable-historic-instance-permissions), so a ministry's grants grow with its
 * tasks and its history. PostgreSQL estimated a handful of grants (it has no statistics for {@code PERMS_ & n}), so it
 * compared every task with every grant: 11 s at 10,000 open tasks (benchmark-scale).
 * <ul>
 * <li>statistics on the permission bits the task query tests (READ on a task, READ_TASK on a definition) give the
 * real number of grants;</li>
 * <li>a partial index holds only the grants that query reads (granted, on TASK or PROCESS_DEFINITION), so each task
 * is found with three small index probes, without the history grants and without most of the '*' grants.</li>
 * </ul>
 * The postgres profile also plans every statement with its values (plan_cache_mode) and without JIT compilation: a
 * generic plan cannot use the statistics above, and JIT took longer than the query. H2 (the embedded default) has
 * no partial indexes and is not for this many cases: nothing to do there.
 */
@Component
public class V16__Task_grant_index extends BaseJavaMigration {

    static final int TASK = 7;
    static final int PROCESS_DEFINITION = 6;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"postgres".equals(EngineSchema.databaseType(connection.getMetaData().getDatabaseProductName()))) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists kikan_idx_auth_task_grants on act_ru_authorization (resource_id_) "
                    + "where type_ < 2 and resource_type_ in (" + PROCESS_DEFINITION + ", " + TASK + ")");
            statement.execute("create statistics if not exists kikan_stat_auth_perms_read on (perms_ & 2) from act_ru_authorization");
            statement.execute("create statistics if not exists kikan_stat_auth_perms_read_task on (perms_ & 64) from act_ru_authorization");
            statement.execute("analyze act_ru_authorization");
        }
    }
}
