package jp.espa.kikan.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a repository already read in the current transaction. A filing reads its case and its sector at the filing,
 * at the first gateway and at the first task, all in one transaction: one query each. Only rows found are kept (a row
 * not there may be inserted by another transaction), and the owner clears its rows at every write. Outside a
 * transaction nothing is kept.
 */
public final class TransactionCache {

    public <T> Optional<T> read(Object key, Supplier<Optional<T>> query) {
        Map<Object, Object> rows = rows();
        if (rows == null) {
            return query.get();
        }
        @SuppressWarnings("unchecked")
        T known = (T) rows.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<T> found = query.get();
        found.ifPresent(row -> rows.put(key, row));
        return found;
    }

    /** Forgets what this transaction read: the owner just wrote. */
    public void clear() {
        Map<Object, Object> rows = rows();
        if (rows != null) {
            rows.clear();
        }
    }

    private Map<Object, Object> rows() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        // kept as a synchronization of the transaction: one suspended for a REQUIRES_NEW is out of sight until resumed
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Rows held && held.cache == this) {
                return held.rows;
            }
        }
        Rows fresh = new Rows(this);
        TransactionSynchronizationManager.registerSynchronization(fresh);
        return fresh.rows;
    }

    private record Rows(TransactionCache cache, Map<Object, Object> rows) implements TransactionSynchronization {
        Rows(TransactionCache cache) {
            this(cache, new HashMap<>());
        }
    }
}
