package id.kinerja.appraisal.api;

/**
 * Topics and properties of the OSGi events (EventAdmin, posted asynchronously) that the appraisal
 * core publishes. Listeners in optional modules subscribe with an {@code EventHandler} on
 * {@code event.topics=id/kinerja/appraisal/*}.
 */
public final class AppraisalEvents {

    /** A predikat became official or was changed (calibration, objection). */
    public static final String PREDIKAT_FINAL = "id/kinerja/appraisal/PREDIKAT_FINAL";

    /** {@code String}: NIP of the rated person. */
    public static final String NIP = "nip";
    /** {@code String}: unit of the rated person. */
    public static final String UNIT_CODE = "unitCode";
    /** {@code String}: the period, e.g. {@code 2026-Q1} or {@code 2026}. */
    public static final String PERIOD = "period";
    /** {@code String}: the {@link Predikat} name. */
    public static final String PREDIKAT = "predikat";
    /** {@code String}: the {@link PredikatSource} name. */
    public static final String SOURCE = "source";
    /** {@code String}: the hasil kerja {@link Rating} name. */
    public static final String HASIL_KERJA = "hasilKerja";
    /** {@code String}: the perilaku {@link Rating} name. */
    public static final String PERILAKU = "perilaku";
    /** {@code String[]}: BerAKHLAK values the rater rated below expectation (may be empty). */
    public static final String BEHAVIOUR_BELOW_EXPECTATION = "behaviourBelowExpectation";
    /** {@code Long}: the evaluation. */
    public static final String EVALUATION_ID = "evaluationId";

    private AppraisalEvents() {
    }
}
