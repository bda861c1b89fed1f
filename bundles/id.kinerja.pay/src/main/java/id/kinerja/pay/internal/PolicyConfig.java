package id.kinerja.pay.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One TPP policy of the city, as a factory configuration ({@code etc/id.kinerja.pay.policy-<name>.cfg}).
 * Several policies may exist; a monthly run uses the one with the latest {@code effectiveFrom} not
 * after its month. The defaults are those of the fictional city of Sukamaju (see {@code docs/pay.md});
 * a real city sets its own figures.
 */
@ObjectClassDefinition(name = "Kinerja: kebijakan TPP", description = "Kebijakan Tambahan Penghasilan Pegawai yang berlaku mulai suatu bulan")
public @interface PolicyConfig {

    String FACTORY_PID = "id.kinerja.pay.policy";

    @AttributeDefinition(name = "Nama kebijakan")
    String name() default "Perwali Sukamaju 2026 (contoh)";

    @AttributeDefinition(name = "Berlaku mulai (yyyy-MM)")
    String effectiveFrom() default "2026-01";

    @AttributeDefinition(name = "TPP dasar per kelas jabatan 1..17 (rupiah)")
    String baseByClass() default "1500000, 1650000, 1800000, 2000000, 2200000, 2450000, 2700000, 3000000, 3350000, 3750000, "
            + "4200000, 4750000, 5400000, 6200000, 7200000, 8500000, 10000000";

    @AttributeDefinition(name = "Porsi kinerja (%)", description = "Sisanya porsi disiplin")
    String performancePercent() default "60";

    @AttributeDefinition(name = "Porsi kinerja per predikat (%)")
    String predikatPercent() default "SANGAT_BAIK:100, BAIK:100, BUTUH_PERBAIKAN:75, KURANG_MISCONDUCT:50, SANGAT_KURANG:25";

    @AttributeDefinition(name = "Porsi kinerja tanpa predikat final (%)")
    String noPredikatPercent() default "100";

    @AttributeDefinition(name = "Potongan terlambat/pulang cepat per kejadian", description = "menit:persen, terakhir *:persen")
    String latenessBrackets() default "30:0.5, 60:1, 90:1.25, *:1.5";

    @AttributeDefinition(name = "Potongan per hari tanpa keterangan (%)")
    String absenceDayPercent() default "3";

    @AttributeDefinition(name = "Batas potongan disiplin (%)")
    String deductionCapPercent() default "100";

    @AttributeDefinition(name = "Pembulatan (rupiah)")
    String roundTo() default "1";

    @AttributeDefinition(name = "Bonus tahunan per predikat tahunan (% TPP dasar)", required = false)
    String bonusPercent() default "SANGAT_BAIK:100";

    @AttributeDefinition(name = "Predikat calon penghargaan/kenaikan pangkat")
    String recognitionPredikat() default "SANGAT_BAIK";

    @AttributeDefinition(name = "Berturut-turut (tahun)")
    String recognitionYears() default "2";
}
