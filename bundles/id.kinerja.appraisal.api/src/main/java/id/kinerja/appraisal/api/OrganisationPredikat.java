package id.kinerja.appraisal.api;

/**
 * The performance predicate of an organisation (unit) for a year. It bounds the distribution of the
 * predikat of its staff (the distribution curve).
 */
public enum OrganisationPredikat {
    ISTIMEWA("Istimewa"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    OrganisationPredikat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
