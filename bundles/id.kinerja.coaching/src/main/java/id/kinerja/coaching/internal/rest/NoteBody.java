package id.kinerja.coaching.internal.rest;

/** Body of a decision with a reason or a note. */
public record NoteBody(String note) {
}
