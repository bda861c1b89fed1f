package id.kinerja.inovasi.api;

/** A follow-up agreed at a meeting: still to do, or done by its owner. */
public enum FollowUpStatus {
    OPEN, DONE
}
