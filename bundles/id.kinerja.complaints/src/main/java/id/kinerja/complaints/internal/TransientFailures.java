package id.kinerja.complaints.internal;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a transaction again when the database rolled it back for a reason of the moment: a lock
 * that could not be had in time or a deadlock (SQLState class {@code 40}), as a burst of citizens'
 * complaints arriving together can cause. Anything else is thrown at once.
 */
final class TransientFailures {

    static final int ATTEMPTS = 4;

    private TransientFailures() {
    }

    static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether the database gave up on the transaction for a transient reason (a lock timeout, a deadlock). */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
