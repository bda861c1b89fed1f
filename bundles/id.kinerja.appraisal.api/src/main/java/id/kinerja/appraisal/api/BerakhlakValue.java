package id.kinerja.appraisal.api;

/** The core values of ASN (BerAKHLAK) on which work behaviour (perilaku kerja) is expected and rated. */
public enum BerakhlakValue {
    BERORIENTASI_PELAYANAN("Berorientasi Pelayanan"),
    AKUNTABEL("Akuntabel"),
    KOMPETEN("Kompeten"),
    HARMONIS("Harmonis"),
    LOYAL("Loyal"),
    ADAPTIF("Adaptif"),
    KOLABORATIF("Kolaboratif");

    private final String label;

    BerakhlakValue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
