package id.kinerja.core.api.staff;

/** Gender as encoded in the NIP: digit 1 male, 2 female. */
public enum Gender {
    MALE,
    FEMALE
}
