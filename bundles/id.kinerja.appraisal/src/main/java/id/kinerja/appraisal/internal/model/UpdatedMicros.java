package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;

/**
 * A row's time of its last change as a number, microseconds since the epoch: what a rater's queue reads
 * with its keys ({@code UPDATED_MICROS}, appraisal V9 and V10), where reading a timestamp costs more than
 * the rest of a key (Derby and PostgreSQL's driver make each one through a {@code Calendar}).
 */
final class UpdatedMicros {

    private UpdatedMicros() {
    }

    /** The time in microseconds since the epoch; 0 for none. */
    static long of(Timestamp at) {
        return at == null ? 0 : Math.floorDiv(at.getTime(), 1000L) * 1_000_000L + at.getNanos() / 1000;
    }
}
