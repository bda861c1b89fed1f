package id.kinerja.complaints.internal;

import java.time.LocalDate;

/** What the citizen keeps: the code and the secret (shown once). */
public record Receipt(String trackingCode, String secret, LocalDate verifyDue) {
}
