package jp.espa.kikan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** With Spring's own transaction manager over an in-memory H2: what one transaction read, and nothing beyond it. */
class TransactionCacheTest {

    private final TransactionCache cache = new TransactionCache();
    private final AtomicInteger queries = new AtomicInteger();
    private final Supplier<Optional<String>> row = () -> Optional.of("row " + queries.incrementAndGet());

    private final DataSourceTransactionManager transactions = transactions();

    private static DataSourceTransactionManager transactions() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:transaction-cache;DB_CLOSE_DELAY=-1");
        return new DataSourceTransactionManager(h2);
    }

    private TransactionTemplate inTransaction(int propagation) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(propagation);
        return template;
    }

    @Test
    void aRowReadTwiceInOneTransactionIsQueriedOnce() {
        inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
            assertThat(cache.read("EP-1", row)).contains("row 1");
            assertThat(cache.read("EP-1", row)).contains("row 1");
            assertThat(cache.read("EP-2", row)).contains("row 2");
        });
        assertThat(queries).hasValue(2);
    }

    @Test
    void aWriteClearsWhatWasRead() {
        inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
            cache.read("EP-1", row);
            cache.clear();
            assertThat(cache.read("EP-1", row)).contains("row 2");
        });
    }

    @Test
    void aRowNotFoundIsAskedForAgain() {
        AtomicInteger asked = new AtomicInteger();
        inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
            cache.read("EP-1", () -> { asked.incrementAndGet(); return Optional.empty(); });
            assertThat(cache.read("EP-1", row)).contains("row 1");
        });
        assertThat(asked).hasValue(1);
    }

    @Test
    void nothingIsKeptOutsideATransactionOrAfterIt() {
        cache.read("EP-1", row);
        cache.read("EP-1", row);
        inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> cache.read("EP-1", row));
        inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> cache.read("EP-1", row));
        assertThat(queries).hasValue(4);
    }

    @Test
    void aTransactionOfItsOwnDoesNotSeeTheSuspendedOnesRowsNorTheOtherWayRound() {
        inTransaction(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(outer -> {
            assertThat(cache.read("EP-1", row)).contains("row 1");
            inTransaction(TransactionDefinition.PROPAGATION_REQUIRES_NEW).executeWithoutResult(inner -> {
                assertThat(cache.read("EP-1", row)).contains("row 2");
                cache.clear();
            });
            assertThat(cache.read("EP-1", row)).contains("row 1");
        });
    }
}
