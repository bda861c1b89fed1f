package id.kinerja.notifications.internal;

import java.time.Instant;

/** A notification as its recipient reads it. */
public record Notification(long id, String source, String title, String titleEn, String text, String textEn, String link, Instant createdAt,
        Instant readAt) {
}
