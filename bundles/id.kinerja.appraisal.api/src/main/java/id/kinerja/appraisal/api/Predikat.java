package id.kinerja.appraisal.api;

/** The official performance predicate (predikat kinerja) of an ASN, best first. */
public enum Predikat {
    SANGAT_BAIK("Sangat Baik"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG_MISCONDUCT("Kurang/Misconduct"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    Predikat(String label) {
        this.label = label;
    }

    /** The official wording. */
    public String label() {
        return label;
    }

    /** Butuh Perbaikan, Kurang/Misconduct and Sangat Kurang call for coaching by the supervisor. */
    public boolean needsCoaching() {
        return this == BUTUH_PERBAIKAN || this == KURANG_MISCONDUCT || this == SANGAT_KURANG;
    }
}
