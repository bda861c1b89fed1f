package id.kinerja.complaints.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint as Open311 publishes it: never a confidential one, never the reporter, never their
 * own words or address (either may name them), the location rounded to about 100 m.
 */
public record Published(String trackingCode, String status, String statusNotes, String serviceCode, String serviceName,
        String unitName, Instant requestedAt, Instant updatedAt, LocalDate expected, BigDecimal latitude, BigDecimal longitude) {
}
