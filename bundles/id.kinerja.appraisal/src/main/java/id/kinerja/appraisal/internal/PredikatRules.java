package id.kinerja.appraisal.internal;

import static id.kinerja.appraisal.api.Predikat.BAIK;
import static id.kinerja.appraisal.api.Predikat.BUTUH_PERBAIKAN;
import static id.kinerja.appraisal.api.Predikat.KURANG_MISCONDUCT;
import static id.kinerja.appraisal.api.Predikat.SANGAT_BAIK;
import static id.kinerja.appraisal.api.Predikat.SANGAT_KURANG;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerja.appraisal.api.CurveViolation;
import id.kinerja.appraisal.api.OrganisationPredikat;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.PredikatRecord;
import id.kinerja.appraisal.api.Rating;

/**
 * The rules that turn ratings into predikat (PermenPANRB 6/2022): the quadrant matrix, the annual
 * rule and the distribution curve. The only place where predikat are computed.
 */
public final class PredikatRules {

    /** How the annual predikat follows from the periodic ones when there is no annual evaluation. */
    public enum AnnualRule {
        /** the predikat of the last final periodic evaluation of the year (the default) */
        LAST_PERIOD,
        /** the predikat that occurs most often in the year; on a tie the later one */
        MOST_FREQUENT
    }

    private PredikatRules() {
    }

    /** The quadrant table of the regulation's annex: hasil kerja (rows) by perilaku (columns). */
    public static Predikat predikat(Rating hasilKerja, Rating perilaku) {
        if (hasilKerja == null || perilaku == null) {
            throw new IllegalArgumentException("both ratings are needed");
        }
        return switch (hasilKerja) {
            case DI_ATAS_EKSPEKTASI -> switch (perilaku) {
                case DI_BAWAH_EKSPEKTASI -> KURANG_MISCONDUCT;
                case SESUAI_EKSPEKTASI -> BAIK;
                case DI_ATAS_EKSPEKTASI -> SANGAT_BAIK;
            };
            case SESUAI_EKSPEKTASI -> switch (perilaku) {
                case DI_BAWAH_EKSPEKTASI -> KURANG_MISCONDUCT;
                case SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI -> BAIK;
            };
            case DI_BAWAH_EKSPEKTASI -> switch (perilaku) {
                case DI_BAWAH_EKSPEKTASI -> SANGAT_KURANG;
                case SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI -> BUTUH_PERBAIKAN;
            };
        };
    }

    /**
     * The annual predikat of one person from their records in force of a year: their annual
     * evaluation if there is one, otherwise the city's annual rule over the periods (source
     * {@code ANNUAL_RULE}).
     */
    public static Optional<PredikatRecord> annualOfYear(List<PredikatRecord> ofYear, int year, AnnualRule rule) {
        Optional<PredikatRecord> annual = ofYear.stream().filter(r -> r.period().isAnnual()).findFirst();
        if (annual.isPresent()) {
            return annual;
        }
        return annual(ofYear, rule).map(r -> new PredikatRecord(r.nip(), r.unitCode(), Period.annual(year), r.predikat(), r.hasilKerja(),
                r.perilaku(), id.kinerja.appraisal.api.PredikatSource.ANNUAL_RULE, r.evaluationId(), r.decidedAt(),
                "Aturan " + rule + " dari periode " + r.period()));
    }

    /** The annual predikat from the final periodic predikat of one year (any order). */
    public static Optional<PredikatRecord> annual(List<PredikatRecord> periodic, AnnualRule rule) {
        List<PredikatRecord> ordered = periodic.stream()
                .filter(r -> !r.period().isAnnual())
                .sorted(Comparator.comparing(PredikatRecord::period))
                .toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        PredikatRecord last = ordered.get(ordered.size() - 1);
        if (rule == AnnualRule.LAST_PERIOD) {
            return Optional.of(last);
        }
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        ordered.forEach(r -> counts.merge(r.predikat(), 1, Integer::sum));
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            if (counts.get(ordered.get(i).predikat()) == best) {
                return Optional.of(ordered.get(i));
            }
        }
        return Optional.of(last);
    }

    /**
     * One limit of a distribution curve: at most or at least {@code percent} % of a unit's staff with
     * one of {@code predikat}, or ({@code SOME}) at least one person with one of them.
     */
    public record CurveLimit(Kind kind, int percent, List<Predikat> predikat) {

        public enum Kind {
            AT_MOST, AT_LEAST, SOME
        }

        static CurveLimit atMost(int percent, Predikat p) {
            return new CurveLimit(Kind.AT_MOST, percent, List.of(p));
        }

        static CurveLimit atLeast(int percent, Predikat... any) {
            return new CurveLimit(Kind.AT_LEAST, percent, List.of(any));
        }

        static CurveLimit some(Predikat... any) {
            return new CurveLimit(Kind.SOME, 0, List.of(any));
        }

        /** The violation of this limit by the counts of a unit, if any. */
        Optional<CurveViolation> check(Map<Predikat, Integer> counts, int total) {
            double actual = 100.0 * predikat.stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum() / total;
            String names = String.join(" / ", predikat.stream().map(Predikat::label).toList());
            String joined = String.join("_OR_", predikat.stream().map(Enum::name).toList());
            return switch (kind) {
                case AT_MOST -> actual <= percent ? Optional.empty() : Optional.of(new CurveViolation("AT_MOST_" + percent + "_" + joined,
                        percent == 0 ? "Tidak boleh ada " + names : "Paling banyak " + percent + "% " + names,
                        percent == 0 ? "No " + names + " allowed" : "At most " + percent + "% " + names, actual));
                case AT_LEAST -> actual >= percent ? Optional.empty() : Optional.of(new CurveViolation("AT_LEAST_" + percent + "_" + joined,
                        "Paling sedikit " + percent + "% " + names, "At least " + percent + "% " + names, actual));
                case SOME -> actual > 0 ? Optional.empty() : Optional.of(new CurveViolation("SOME_" + joined,
                        "Harus ada pegawai dengan predikat " + names, "Some staff must have " + names, actual));
            };
        }
    }

    /** The curve each organisation predikat allows (the regulation's annex), the only statement of it. */
    public static final Map<OrganisationPredikat, List<CurveLimit>> CURVES = curves();

    private static Map<OrganisationPredikat, List<CurveLimit>> curves() {
        Map<OrganisationPredikat, List<CurveLimit>> curves = new EnumMap<>(OrganisationPredikat.class);
        curves.put(OrganisationPredikat.ISTIMEWA, List.of(CurveLimit.atMost(70, SANGAT_BAIK)));
        curves.put(OrganisationPredikat.BAIK, List.of(CurveLimit.atMost(70, BAIK), CurveLimit.some(BUTUH_PERBAIKAN, KURANG_MISCONDUCT)));
        curves.put(OrganisationPredikat.BUTUH_PERBAIKAN, List.of(CurveLimit.atLeast(60, BUTUH_PERBAIKAN), CurveLimit.atMost(10, SANGAT_BAIK)));
        curves.put(OrganisationPredikat.KURANG, List.of(CurveLimit.atLeast(60, KURANG_MISCONDUCT), CurveLimit.atLeast(10, BUTUH_PERBAIKAN),
                CurveLimit.atMost(10, SANGAT_BAIK)));
        curves.put(OrganisationPredikat.SANGAT_KURANG, List.of(CurveLimit.atLeast(60, SANGAT_KURANG),
                CurveLimit.atLeast(10, KURANG_MISCONDUCT, BUTUH_PERBAIKAN), CurveLimit.atMost(0, SANGAT_BAIK)));
        return Collections.unmodifiableMap(curves);
    }

    /**
     * Checks the predikat of a unit's staff against the curve that its organisation predikat allows.
     * Empty when the distribution is allowed (or when nobody is rated yet).
     */
    public static List<CurveViolation> curveViolations(OrganisationPredikat organisation, Map<Predikat, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (organisation == null || total == 0) {
            return List.of();
        }
        List<CurveViolation> violations = new ArrayList<>();
        CURVES.get(organisation).forEach(limit -> limit.check(counts, total).ifPresent(violations::add));
        return violations;
    }
}
