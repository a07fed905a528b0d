package jp.espa.kikan.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The embedded default keeps what it acknowledged. H2 in a file answers a commit before the commit reaches the file:
 * its MVStore writes changes in the background every WRITE_DELAY (500 ms), so a kill -9 right after a 201 lost
 * acknowledged cases. {@code WRITE_DELAY=0} writes every commit but also stops H2's background housekeeping, and the
 * file then grew by about 0.4 MB per filing without end (measured: 127 MB after 350 filings, 535 MB after 1,250).
 * Instead, every connection handed back to the pool runs H2's CHECKPOINT first ("flushes the data to disk"), which
 * stores the committed state synchronously; the background thread keeps compacting. Spring releases a transaction's
 * connection after its commit and before the caller answers, and an auto-commit connection after its statements, so
 * no answer goes out before its writes are in the file. (A connection closed inside a transaction is rolled back by
 * the pool: no CHECKPOINT there, which would commit it.) (In the file, i.e. in the operating system's cache: that
 * survives the JVM's death, not a power cut; the production database is PostgreSQL.)
 *
 * <p>The file stays near the size of its data ({@link BoundedFile}).
 */
@Component
class DurableH2Commits implements BeanPostProcessor, Ordered {

    /** Ordered, so before DatabaseOutage's wrapper (unordered), while the bean is still the pool itself. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && isH2File(pool)) {
            return new CheckpointingDataSource(pool);
        }
        return bean;
    }

    private static boolean isH2File(HikariDataSource pool) {
        return pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:h2:file:");
    }

    static final class CheckpointingDataSource extends DelegatingDataSource {

        CheckpointingDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return checkpointOnClose(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return checkpointOnClose(super.getConnection(username, password));
        }

        private static Connection checkpointOnClose(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && !connection.isClosed() && connection.getAutoCommit()) {
                            try (Statement checkpoint = connection.createStatement()) {
                                checkpoint.execute("CHECKPOINT");
                            } finally {
                                connection.close();
                            }
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    /**
     * H2 keeps chunks it no longer needs for RETENTION_TIME (45 s by default) before it writes over them, in case a power
     * cut loses writes the operating system had not yet put on the disk. With a CHECKPOINT at every connection's return,
     * a flood of filings frees chunks quickly, and the file held 45 s of them: 2.57 GB after 10,000 filings (0.6-0.8 GB
     * after a restart), 288 MB after 2,000 (97 MB). Now H2 may write over a chunk freed 2 s ago, and the file is forced
     * to the disk every second (CHECKPOINT SYNC), so that chunk was freed before the last sync: the protection the 45 s
     * gave, for 2 s. Nothing here changes when a commit reaches the file (see above).
     */
    @Component
    static class BoundedFile {

        static final int RETENTION_MILLIS = 2000;

        private final JdbcTemplate jdbc;
        private final boolean h2File;

        BoundedFile(DataSource dataSource) throws SQLException {
            this.jdbc = new JdbcTemplate(dataSource);
            this.h2File = dataSource.isWrapperFor(HikariDataSource.class)
                    && isH2File(dataSource.unwrap(HikariDataSource.class));
            if (h2File) {
                jdbc.execute("SET RETENTION_TIME " + RETENTION_MILLIS);
            }
        }

        @Scheduled(fixedDelay = RETENTION_MILLIS / 2)
        void sync() {
            if (h2File) {
                jdbc.execute("CHECKPOINT SYNC");
            }
        }
    }
}
