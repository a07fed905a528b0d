package jp.espa.kikan.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filings under a number the client chose (application, proposal, review number), and calls that complete a step of a
 * case, are done once, also when copies arrive at once.
 * <p>
 * One rule for every number: the first request under it is kept with the number ({@code numbered_filing}: series,
 * number, the SHA-256 of the filing account and the request). The same request again answers with the record it filed;
 * any other request under that number (another account, operator, sector, kind of filing or content) is refused with
 * 409, and so is a request under a number a record holds that the API did not file (an official's registration from
 * Tasklist, a filing from before this rule). So no filing is answered with, or dropped into, someone else's case.
 * <p>
 * Races: each attempt runs in one transaction. Copies of one filing wait on the number's key for the first and then
 * fail on it; a step completed by two calls at once fails in the engine (optimistic locking) or on a unique key for the
 * later one; on H2 a lock wait may also time out after a second. The attempt rolls back whole (rows, case file and
 * process) and the next one finds what the winner did: the loser answers 200 with it, or 409 when the step is over.
 */
@Component
public class FilingOnce {

    private static final int ATTEMPTS = 5;

    /** SQL states of a lost race: a unique key, a serialisation failure or deadlock (40…), H2's lock timeout. */
    private static final Set<String> LOST_RACE_STATES = Set.of("23505", "40001", "40P01", "HYT00");

    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final ObjectMapper canonical;

    FilingOnce(PlatformTransactionManager transactions, JdbcClient jdbc, ObjectMapper json) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        // the same request gives the same digest whatever order a client wrote a map's keys in
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * Runs {@code findOrFile} in a transaction of its own (call it outside one), again when it lost a race. A number
     * that a record holds without this request having filed it ({@link AlreadyRegisteredException}) answers 409.
     */
    public <T> T findOrFile(Supplier<T> findOrFile) {
        RuntimeException lost = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return transaction.execute(status -> findOrFile.get());
            } catch (AlreadyRegisteredException taken) {
                throw new NumberTakenException(taken.getMessage());
            } catch (RuntimeException e) {
                if (!lostRace(e)) {
                    throw e;
                }
                lost = e;
            }
        }
        throw lost;
    }

    /**
     * Within {@link #findOrFile}: true when {@code number} is new in {@code series} and now held for this request,
     * false when this same request by the same account filed it before (answer with that record). Any other request
     * under the number is refused with 409.
     */
    public boolean isNew(String series, String number, String account, Object request) {
        String digest = digest(account, request.getClass().getSimpleName(), request);
        var filed = jdbc.sql("select request_sha256 from numbered_filing where series = ? and filing_number = ?")
                .params(series, number).query(String.class).optional();
        if (filed.isPresent()) {
            if (!filed.get().equals(digest)) {
                throw new NumberTakenException("番号 " + number + " は別の要求で届け出られています。再送は同じアカウントによる"
                        + "同じ内容の要求に限られ、新たな届出には新たな番号が必要です。");
            }
            return false;
        }
        // a copy filing at the same moment waits here for the first and then fails on the key: the next attempt finds it
        jdbc.sql("insert into numbered_filing (series, filing_number, request_sha256, filed_by, filed_at) values (?, ?, ?, ?, ?)")
                .params(series, number, digest, account, OffsetDateTime.now()).update();
        return true;
    }

    /** SHA-256 (hex) of the parts as canonical JSON: the same values give the same digest. */
    private String digest(Object... parts) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.writeValueAsBytes(parts)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest a request", e);
        }
    }

    /**
     * The engine wraps its SQL errors and reports a concurrent update of its rows as optimistic locking; a message that
     * no longer finds the execution a look-up found just before was taken by a concurrent call.
     */
    private static boolean lostRace(RuntimeException e) {
        if (e instanceof DuplicateKeyException || e instanceof TransientDataAccessException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof MismatchingMessageCorrelationException
                    || cause instanceof SQLException sql && LOST_RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A number held by another filing: 409, naming no case. */
    public static class NumberTakenException extends ConflictException {

        NumberTakenException(String message) {
            super(ProblemCode.NUMBER_TAKEN, message);
        }
    }
}
