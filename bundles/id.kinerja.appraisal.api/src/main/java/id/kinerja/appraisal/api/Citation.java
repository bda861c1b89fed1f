package id.kinerja.appraisal.api;

import java.time.Instant;

/**
 * A module's record cited as evidence of an activity; its title and summary as they were when it
 * was cited (they stay readable when the module is removed).
 */
public record Citation(long id, long activityId, String source, String reference, String title, String summary, Instant citedAt) {
}
