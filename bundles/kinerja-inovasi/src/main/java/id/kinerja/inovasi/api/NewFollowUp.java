package id.kinerja.inovasi.api;

/** A follow-up agreed at a meeting: what, who (a participant or the leader), by when (YYYY-MM-DD). */
public record NewFollowUp(String description, String ownerNip, String dueDate) {
}
