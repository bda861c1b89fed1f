package id.kinerja.staff.internal;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import id.kinerja.core.api.KinerjaException;

/**
 * Runs work in a JPA transaction. A {@link KinerjaException} thrown inside rolls the transaction
 * back and reaches the caller as it was, even if the template wrapped it.
 */
final class Transactions {

    private Transactions() {
    }

    static <R> R write(JpaTemplate jpa, EmFunction<R> work) {
        return run(jpa, TransactionType.Required, work);
    }

    static <R> R read(JpaTemplate jpa, EmFunction<R> work) {
        return run(jpa, TransactionType.Supports, work);
    }

    private static <R> R run(JpaTemplate jpa, TransactionType type, EmFunction<R> work) {
        try {
            return jpa.txExpr(type, work);
        } catch (RuntimeException e) {
            throw KinerjaException.foundIn(e).map(RuntimeException.class::cast).orElse(e);
        }
    }
}
