package id.kinerja.complaints.internal;

/** A service category citizens complain about, with how it is handled (and so its deadline). */
public record Category(String code, String name, Handling handling, String defaultUnitCode, boolean active) {

    /** How a complaint is followed up, and its deadline in working days after verification. */
    public enum Handling {
        /** Information requests and simple matters: 5 working days. */
        INFORMATION(5),
        /** Complaints that need no field check: 14 working days. */
        NO_FIELD_CHECK(14),
        /** Complaints that need a field check: 60 working days. */
        FIELD_CHECK(60);

        private final int workingDays;

        Handling(int workingDays) {
            this.workingDays = workingDays;
        }

        public int workingDays() {
            return workingDays;
        }
    }
}
