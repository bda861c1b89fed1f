package id.kinerja.appraisal.internal;

import static id.kinerja.appraisal.api.Predikat.BAIK;
import static id.kinerja.appraisal.api.Predikat.BUTUH_PERBAIKAN;
import static id.kinerja.appraisal.api.Predikat.KURANG_MISCONDUCT;
import static id.kinerja.appraisal.api.Predikat.SANGAT_BAIK;
import static id.kinerja.appraisal.api.Predikat.SANGAT_KURANG;

import java.util.ArrayList;
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
     * Checks the predikat of a unit's staff against the curve that its organisation predikat allows.
     * Empty when the distribution is allowed (or when nobody is rated yet).
     */
    public static List<CurveViolation> curveViolations(OrganisationPredikat organisation, Map<Predikat, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<CurveViolation> violations = new ArrayList<>();
        if (organisation == null || total == 0) {
            return violations;
        }
        Shares shares = new Shares(counts, total);
        switch (organisation) {
            case ISTIMEWA -> shares.atMost(violations, 70, SANGAT_BAIK);
            case BAIK -> {
                shares.atMost(violations, 70, BAIK);
                shares.atLeastOne(violations, BUTUH_PERBAIKAN, KURANG_MISCONDUCT);
            }
            case BUTUH_PERBAIKAN -> {
                shares.atLeast(violations, 60, BUTUH_PERBAIKAN);
                shares.atMost(violations, 10, SANGAT_BAIK);
            }
            case KURANG -> {
                shares.atLeast(violations, 60, KURANG_MISCONDUCT);
                shares.atLeast(violations, 10, BUTUH_PERBAIKAN);
                shares.atMost(violations, 10, SANGAT_BAIK);
            }
            case SANGAT_KURANG -> {
                shares.atLeast(violations, 60, SANGAT_KURANG);
                shares.atLeast(violations, 10, KURANG_MISCONDUCT, BUTUH_PERBAIKAN);
                shares.atMost(violations, 0, SANGAT_BAIK);
            }
        }
        return violations;
    }

    private record Shares(Map<Predikat, Integer> counts, int total) {

        double percent(Predikat... predikat) {
            int n = 0;
            for (Predikat p : predikat) {
                n += counts.getOrDefault(p, 0);
            }
            return 100.0 * n / total;
        }

        void atMost(List<CurveViolation> out, int max, Predikat p) {
            double actual = percent(p);
            if (actual > max) {
                out.add(new CurveViolation("AT_MOST_" + max + "_" + p,
                        max == 0 ? "Tidak boleh ada " + p.label() : "Paling banyak " + max + "% " + p.label(),
                        max == 0 ? "No " + p.label() + " allowed" : "At most " + max + "% " + p.label(), actual));
            }
        }

        void atLeast(List<CurveViolation> out, int min, Predikat... any) {
            double actual = percent(any);
            if (actual < min) {
                String names = names(any);
                out.add(new CurveViolation("AT_LEAST_" + min + "_" + String.join("_OR_", List.of(any).stream().map(Enum::name).toList()),
                        "Paling sedikit " + min + "% " + names, "At least " + min + "% " + names, actual));
            }
        }

        void atLeastOne(List<CurveViolation> out, Predikat... any) {
            double actual = percent(any);
            if (actual == 0) {
                String names = names(any);
                out.add(new CurveViolation("SOME_" + String.join("_OR_", List.of(any).stream().map(Enum::name).toList()),
                        "Harus ada pegawai dengan predikat " + names, "Some staff must have " + names, actual));
            }
        }

        private static String names(Predikat... any) {
            return String.join(" / ", List.of(any).stream().map(Predikat::label).toList());
        }
    }
}
