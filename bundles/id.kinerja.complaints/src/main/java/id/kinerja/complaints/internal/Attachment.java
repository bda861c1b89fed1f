package id.kinerja.complaints.internal;

import java.time.Instant;

/** An attachment as listed (its content is fetched on its own). */
public record Attachment(long id, String fileName, String contentType, int size, String sha256, Instant addedAt) {
}
