package id.kinerja.appraisal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import id.kinerja.appraisal.internal.PredikatRules.AnnualRule;

/**
 * The city's appraisal policy (configuration PID {@code id.kinerja.appraisal}, e.g. the file
 * {@code etc/id.kinerja.appraisal.cfg}). Changes apply to what happens after them.
 */
@ObjectClassDefinition(name = "Kinerja: penilaian kinerja",
        description = "Kebijakan penilaian kinerja kota (periode, keberatan, predikat tahunan)")
public @interface AppraisalSettings {

    String PID = "id.kinerja.appraisal";

    /** How the predikat is derived: the matrix of PermenPANRB 6/2022, or the older numeric method. */
    enum ScoringMethod {
        MATRIX, NUMERIC
    }

    /** Periodic evaluations: monthly or quarterly (annual evaluations are always possible). */
    enum Periodicity {
        MONTH, QUARTER
    }

    @AttributeDefinition(name = "Periode penilaian", description = "Penilaian periodik bulanan atau triwulanan",
            options = { @Option(value = "QUARTER", label = "Triwulanan"), @Option(value = "MONTH", label = "Bulanan") })
    Periodicity periodicity() default Periodicity.QUARTER;

    @AttributeDefinition(name = "Batas keberatan (hari)", description = "Hari setelah penetapan predikat untuk mengajukan keberatan", min = "1", max = "90")
    int objectionDays() default 14;

    @AttributeDefinition(name = "Aturan predikat tahunan",
            options = { @Option(value = "LAST_PERIOD", label = "Predikat periode terakhir"),
                    @Option(value = "MOST_FREQUENT", label = "Predikat yang paling sering") })
    AnnualRule annualRule() default AnnualRule.LAST_PERIOD;

    @AttributeDefinition(name = "Metode penilaian",
            description = "MATRIX: predikat dari kuadran hasil kerja x perilaku (PermenPANRB 6/2022); NUMERIC: nilai SKP dari realisasi dan nilai perilaku (PP 46/2011)",
            options = { @Option(value = "MATRIX", label = "Matriks (PermenPANRB 6/2022)"), @Option(value = "NUMERIC", label = "Angka (PP 46/2011)") })
    ScoringMethod scoringMethod() default ScoringMethod.MATRIX;

    @AttributeDefinition(name = "Folder bukti dukung", required = false,
            description = "Tempat berkas bukti dukung disimpan; kosong: ${karaf.data}/kinerja/evidence")
    String evidenceDirectory() default "";
}
