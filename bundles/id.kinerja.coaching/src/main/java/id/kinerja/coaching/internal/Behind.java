package id.kinerja.coaching.internal;

/** A person behind the yearly minimum. */
public record Behind(String nip, String fullName, String unitCode, int hours, int shortfall) {
}
