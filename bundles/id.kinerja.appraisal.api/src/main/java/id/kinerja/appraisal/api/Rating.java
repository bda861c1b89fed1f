package id.kinerja.appraisal.api;

/** The rater's verdict on work results (hasil kerja) or on behaviour (perilaku kerja). */
public enum Rating {
    DI_ATAS_EKSPEKTASI("Di atas ekspektasi"),
    SESUAI_EKSPEKTASI("Sesuai ekspektasi"),
    DI_BAWAH_EKSPEKTASI("Di bawah ekspektasi");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The official wording. */
    public String label() {
        return label;
    }
}
