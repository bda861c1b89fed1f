package id.kinerja.core.api.staff;

/** Employment status of a staff member. Staff are never deleted, only moved out of ACTIVE. */
public enum StaffStatus {
    ACTIVE,
    /** On leave (cuti), still employed. */
    LEAVE,
    RETIRED,
    DISMISSED;

    /** Whether the person still works for the city (active or on leave). */
    public boolean isEmployed() {
        return this == ACTIVE || this == LEAVE;
    }
}
