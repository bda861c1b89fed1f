package id.kinerja.inovasi.api;

/** The stages of an innovation contest: proposals accepted, being judged, results decided. */
public enum ContestStatus {
    OPEN, JUDGING, CLOSED
}
