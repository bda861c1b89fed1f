package id.kinerja.pay.internal;

/** A version as listed. */
public record SalaryTableVersion(long id, String name, String effectiveFrom, int rows, java.time.Instant importedAt, String importedBy) {
}
