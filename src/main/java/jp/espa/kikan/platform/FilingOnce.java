package jp.espa.kikan.platform;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filings under a number the client chose (application, proposal, review number) are idempotent, also when two
 * arrive at once. Each attempt finds the record already filed under the number or files it, in one transaction.
 * When a concurrent call files the same number between the attempt's look-up and its insert, the attempt fails: on
 * the number's unique key, on the service's own check ({@link AlreadyRegisteredException}), or, on H2, after waiting
 * a second for the winner's row lock (a lock or query timeout). Its transaction rolls back whole (rows, case file and
 * process start), and the next attempt finds the winner's record, so the loser answers 200 with it, not 400 or 500.
 */
@Component
public class FilingOnce {

    private static final int ATTEMPTS = 5;

    private final TransactionTemplate transaction;

    FilingOnce(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs {@code findOrFile} in a transaction of its own (call it outside one), again when it lost a race. */
    public <T> T findOrFile(Supplier<T> findOrFile) {
        RuntimeException lost = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return transaction.execute(status -> findOrFile.get());
            } catch (AlreadyRegisteredException | DuplicateKeyException | TransientDataAccessException raced) {
                lost = raced;
            }
        }
        throw lost;
    }
}
