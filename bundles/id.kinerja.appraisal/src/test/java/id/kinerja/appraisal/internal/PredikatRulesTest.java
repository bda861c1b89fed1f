package id.kinerja.appraisal.internal;

import static id.kinerja.appraisal.api.Predikat.BAIK;
import static id.kinerja.appraisal.api.Predikat.BUTUH_PERBAIKAN;
import static id.kinerja.appraisal.api.Predikat.KURANG_MISCONDUCT;
import static id.kinerja.appraisal.api.Predikat.SANGAT_BAIK;
import static id.kinerja.appraisal.api.Predikat.SANGAT_KURANG;
import static id.kinerja.appraisal.api.Rating.DI_ATAS_EKSPEKTASI;
import static id.kinerja.appraisal.api.Rating.DI_BAWAH_EKSPEKTASI;
import static id.kinerja.appraisal.api.Rating.SESUAI_EKSPEKTASI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.appraisal.api.CurveViolation;
import id.kinerja.appraisal.api.OrganisationPredikat;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.PredikatRecord;
import id.kinerja.appraisal.api.PredikatSource;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.internal.PredikatRules.AnnualRule;

class PredikatRulesTest {

    /** The whole quadrant table of the annex, cell by cell. */
    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
            "DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG_MISCONDUCT",
            "DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
            "DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, SANGAT_BAIK",
            "SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG_MISCONDUCT",
            "SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
            "SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BAIK",
            "DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
            "DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, BUTUH_PERBAIKAN",
            "DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BUTUH_PERBAIKAN" })
    void matrix(Rating hasilKerja, Rating perilaku, Predikat expected) {
        assertEquals(expected, PredikatRules.predikat(hasilKerja, perilaku));
    }

    @Test
    void matrixNeedsBothRatings() {
        assertThrows(IllegalArgumentException.class, () -> PredikatRules.predikat(null, SESUAI_EKSPEKTASI));
    }

    static PredikatRecord record(Period period, Predikat predikat) {
        return new PredikatRecord("198001012005011001", "U", period, predikat, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI,
                PredikatSource.EVALUATION, 1, Instant.EPOCH, null);
    }

    @Test
    void annualIsTheLastPeriodByDefaultWhateverTheOrderGiven() {
        List<PredikatRecord> year = List.of(record(Period.quarter(2026, 4), BUTUH_PERBAIKAN),
                record(Period.quarter(2026, 1), SANGAT_BAIK), record(Period.quarter(2026, 2), SANGAT_BAIK));
        assertEquals(BUTUH_PERBAIKAN, PredikatRules.annual(year, AnnualRule.LAST_PERIOD).orElseThrow().predikat());
    }

    @Test
    void annualMostFrequentTakesTheLaterOnATie() {
        List<PredikatRecord> year = List.of(record(Period.month(2026, 1), BAIK), record(Period.month(2026, 2), SANGAT_BAIK),
                record(Period.month(2026, 3), SANGAT_BAIK), record(Period.month(2026, 4), BAIK));
        assertEquals(BAIK, PredikatRules.annual(year, AnnualRule.MOST_FREQUENT).orElseThrow().predikat());
        List<PredikatRecord> clear = List.of(record(Period.month(2026, 1), SANGAT_BAIK), record(Period.month(2026, 2), SANGAT_BAIK),
                record(Period.month(2026, 3), BAIK));
        assertEquals(SANGAT_BAIK, PredikatRules.annual(clear, AnnualRule.MOST_FREQUENT).orElseThrow().predikat());
    }

    @Test
    void noPeriodicPredikatNoAnnual() {
        assertTrue(PredikatRules.annual(List.of(), AnnualRule.LAST_PERIOD).isEmpty());
        assertTrue(PredikatRules.annual(List.of(record(Period.annual(2026), BAIK)), AnnualRule.LAST_PERIOD).isEmpty());
    }

    static Map<Predikat, Integer> counts(int sangatBaik, int baik, int butuhPerbaikan, int kurang, int sangatKurang) {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        counts.put(SANGAT_BAIK, sangatBaik);
        counts.put(BAIK, baik);
        counts.put(BUTUH_PERBAIKAN, butuhPerbaikan);
        counts.put(KURANG_MISCONDUCT, kurang);
        counts.put(SANGAT_KURANG, sangatKurang);
        return counts;
    }

    static List<String> rules(OrganisationPredikat organisation, Map<Predikat, Integer> counts) {
        return PredikatRules.curveViolations(organisation, counts).stream().map(CurveViolation::rule).toList();
    }

    @Test
    void istimewaAllowsAtMostSeventyPercentSangatBaik() {
        assertEquals(List.of(), rules(OrganisationPredikat.ISTIMEWA, counts(7, 3, 0, 0, 0)));
        assertEquals(List.of("AT_MOST_70_SANGAT_BAIK"), rules(OrganisationPredikat.ISTIMEWA, counts(8, 2, 0, 0, 0)));
        CurveViolation v = PredikatRules.curveViolations(OrganisationPredikat.ISTIMEWA, counts(8, 2, 0, 0, 0)).get(0);
        assertEquals(80.0, v.actualPercent(), 1e-9);
    }

    @Test
    void baikNeedsSomeoneToImproveAndAtMostSeventyPercentBaik() {
        assertEquals(List.of(), rules(OrganisationPredikat.BAIK, counts(2, 7, 1, 0, 0)));
        assertEquals(List.of(), rules(OrganisationPredikat.BAIK, counts(2, 7, 0, 1, 0)));
        assertEquals(List.of("AT_MOST_70_BAIK", "SOME_BUTUH_PERBAIKAN_OR_KURANG_MISCONDUCT"),
                rules(OrganisationPredikat.BAIK, counts(2, 8, 0, 0, 0)));
    }

    @Test
    void butuhPerbaikanCurve() {
        assertEquals(List.of(), rules(OrganisationPredikat.BUTUH_PERBAIKAN, counts(1, 3, 6, 0, 0)));
        assertEquals(List.of("AT_LEAST_60_BUTUH_PERBAIKAN", "AT_MOST_10_SANGAT_BAIK"),
                rules(OrganisationPredikat.BUTUH_PERBAIKAN, counts(2, 3, 5, 0, 0)));
    }

    @Test
    void kurangCurve() {
        assertEquals(List.of(), rules(OrganisationPredikat.KURANG, counts(1, 1, 2, 6, 0)));
        assertEquals(List.of("AT_LEAST_10_BUTUH_PERBAIKAN"), rules(OrganisationPredikat.KURANG, counts(1, 3, 0, 6, 0)));
        assertEquals(List.of("AT_LEAST_60_KURANG_MISCONDUCT"), rules(OrganisationPredikat.KURANG, counts(0, 4, 1, 5, 0)));
    }

    @Test
    void sangatKurangCurveForbidsSangatBaik() {
        assertEquals(List.of(), rules(OrganisationPredikat.SANGAT_KURANG, counts(0, 2, 1, 1, 6)));
        assertEquals(List.of("AT_LEAST_10_KURANG_MISCONDUCT_OR_BUTUH_PERBAIKAN", "AT_MOST_0_SANGAT_BAIK"),
                rules(OrganisationPredikat.SANGAT_KURANG, counts(1, 3, 0, 0, 6)));
    }

    @Test
    void nothingToCheckWithoutOrganisationPredikatOrStaff() {
        assertEquals(List.of(), rules(null, counts(10, 0, 0, 0, 0)));
        assertEquals(List.of(), rules(OrganisationPredikat.BAIK, counts(0, 0, 0, 0, 0)));
    }
}
