package id.kinerja.appraisal.api;

import java.time.Instant;

/** A file attached to an activity as evidence (report, photo, document); the content is stored outside the database. */
public record Evidence(long id, long activityId, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {
}
