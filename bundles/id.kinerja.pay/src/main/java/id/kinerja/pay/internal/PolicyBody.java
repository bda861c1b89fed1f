package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.ErrorDetail;
import id.kinerja.core.api.KinerjaException;

/**
 * A TPP policy as the API shows and takes it ({@code /pay/policies/{effectiveFrom}}): the settings of
 * {@link PolicyConfig} as numbers and lists instead of the configuration file's notation. The month
 * it is in force from is the address's, never the body's.
 *
 * @param bonusPercent absent or empty: no yearly bonus
 */
public record PolicyBody(String name, List<BigDecimal> baseByClass, BigDecimal performancePercent, Map<Predikat, BigDecimal> predikatPercent,
        BigDecimal noPredikatPercent, List<PayPolicy.LatenessBracket> latenessBrackets, BigDecimal absenceDayPercent,
        BigDecimal deductionCapPercent, BigDecimal roundTo, Map<Predikat, BigDecimal> bonusPercent, Predikat recognitionPredikat,
        Integer recognitionYears) {

    static final int MAX_NAME = 120;
    static final int MAX_BRACKETS = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final BigDecimal MAX_BONUS_PERCENT = new BigDecimal("1000");

    static PolicyBody of(PayPolicy policy) {
        return new PolicyBody(policy.name(), policy.baseByClass(), policy.performancePercent(), ordered(policy.predikatPercent()),
                policy.noPredikatPercent(), policy.latenessBrackets(), policy.absenceDayPercent(), policy.deductionCapPercent(),
                policy.roundTo(), ordered(policy.bonusPercent()), policy.recognitionPredikat(), policy.recognitionYears());
    }

    /**
     * The policy in force from {@code month}; every setting out of its bounds is reported (422, the
     * first at its field, all of them in the details), none is taken.
     */
    PayPolicy toPolicy(YearMonth month) {
        List<ErrorDetail> faults = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            faults.add(fault("name", "Nama kebijakan wajib diisi, satu baris, paling banyak " + MAX_NAME + " karakter",
                    "The policy's name is required, one line, at most " + MAX_NAME + " characters"));
        }
        if (baseByClass == null || baseByClass.size() != 17) {
            faults.add(fault("baseByClass", "TPP dasar diisi untuk ke-17 kelas jabatan", "A base amount is needed for each of the 17 position classes"));
        } else {
            for (int i = 0; i < 17; i++) {
                if (!within(baseByClass.get(i), BigDecimal.ZERO, MAX_AMOUNT)) {
                    faults.add(fault("baseByClass." + (i + 1), "TPP dasar kelas " + (i + 1) + " harus 0 sampai 1.000.000.000 rupiah",
                            "The base amount of class " + (i + 1) + " must be 0 to 1,000,000,000 rupiah"));
                }
            }
        }
        percent(faults, "performancePercent", performancePercent, "Porsi kinerja", "The performance share");
        if (predikatPercent == null || !predikatPercent.keySet().containsAll(List.of(Predikat.values()))) {
            faults.add(fault("predikatPercent", "Porsi kinerja diisi untuk setiap predikat", "A performance share is needed for every predikat"));
        } else {
            for (Predikat p : Predikat.values()) {
                percent(faults, "predikatPercent." + p, predikatPercent.get(p), "Porsi predikat " + p, "The share of predikat " + p);
            }
        }
        percent(faults, "noPredikatPercent", noPredikatPercent, "Porsi tanpa predikat final", "The share without a final predikat");
        brackets(faults);
        percent(faults, "absenceDayPercent", absenceDayPercent, "Potongan per hari tanpa keterangan", "The deduction per day absent");
        percent(faults, "deductionCapPercent", deductionCapPercent, "Batas potongan disiplin", "The deduction cap");
        if (!within(roundTo, BigDecimal.ONE, new BigDecimal("1000000"))) {
            faults.add(fault("roundTo", "Pembulatan 1 sampai 1.000.000 rupiah", "Rounding must be 1 to 1,000,000 rupiah"));
        }
        if (bonusPercent != null) {
            bonusPercent.forEach((p, value) -> {
                if (p == null || !within(value, BigDecimal.ZERO, MAX_BONUS_PERCENT)) {
                    faults.add(fault("bonusPercent." + p, "Bonus tahunan per predikat 0 sampai 1000% TPP dasar",
                            "The yearly bonus per predikat must be 0 to 1000% of the base"));
                }
            });
        }
        if (recognitionPredikat == null) {
            faults.add(fault("recognitionPredikat", "Pilih predikat calon penghargaan", "Choose the predikat of recognition candidates"));
        }
        if (recognitionYears == null || recognitionYears < 1 || recognitionYears > 10) {
            faults.add(fault("recognitionYears", "Berturut-turut 1 sampai 10 tahun", "Years running must be 1 to 10"));
        }
        if (!faults.isEmpty()) {
            ErrorDetail first = faults.get(0);
            throw new KinerjaException(KinerjaException.Kind.UNPROCESSABLE, "INVALID_POLICY", first.field(), first.message(), first.messageEn(), faults);
        }
        Map<Predikat, BigDecimal> bonus = bonusPercent == null ? Map.of()
                : bonusPercent.entrySet().stream().filter(e -> e.getValue().signum() > 0).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new PayPolicy(name.strip(), month, baseByClass, performancePercent, predikatPercent, noPredikatPercent, latenessBrackets,
                absenceDayPercent, deductionCapPercent, roundTo, bonus, recognitionPredikat, recognitionYears);
    }

    private void brackets(List<ErrorDetail> faults) {
        if (latenessBrackets == null || latenessBrackets.isEmpty() || latenessBrackets.size() > MAX_BRACKETS) {
            faults.add(fault("latenessBrackets", "Isi 1 sampai " + MAX_BRACKETS + " tingkat potongan terlambat/pulang cepat",
                    "Give 1 to " + MAX_BRACKETS + " lateness brackets"));
            return;
        }
        int previous = 0;
        for (int i = 0; i < latenessBrackets.size(); i++) {
            PayPolicy.LatenessBracket bracket = latenessBrackets.get(i);
            boolean last = i == latenessBrackets.size() - 1;
            Integer upTo = bracket == null ? null : bracket.upToMinutes();
            if (bracket == null || last != (upTo == null) || upTo != null && (upTo <= previous || upTo > 24 * 60)) {
                faults.add(fault("latenessBrackets." + (i + 1), "Batas menit tiap tingkat harus naik; tingkat terakhir tanpa batas",
                        "Each bracket's minutes must grow; the last bracket has no limit"));
                return;
            }
            previous = upTo == null ? previous : upTo;
            percent(faults, "latenessBrackets." + (i + 1), bracket.percent(), "Potongan tingkat " + (i + 1), "The deduction of bracket " + (i + 1));
        }
    }

    private static void percent(List<ErrorDetail> faults, String field, BigDecimal value, String what, String whatEn) {
        if (!within(value, BigDecimal.ZERO, HUNDRED)) {
            faults.add(fault(field, what + " harus 0 sampai 100 (%)", whatEn + " must be 0 to 100 (%)"));
        }
    }

    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value != null && value.scale() <= 4 && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    private static ErrorDetail fault(String field, String message, String messageEn) {
        return new ErrorDetail(null, field, "INVALID_POLICY", message, messageEn);
    }

    private static Map<Predikat, BigDecimal> ordered(Map<Predikat, BigDecimal> values) {
        Map<Predikat, BigDecimal> ordered = new EnumMap<>(Predikat.class);
        ordered.putAll(values);
        return ordered;
    }

    /** A policy's configuration properties, in the notation of its file ({@code etc/id.kinerja.pay.policy-*.cfg}). */
    static Map<String, Object> configOf(PayPolicy policy) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", policy.name());
        config.put("effectiveFrom", policy.effectiveFrom().toString());
        config.put("baseByClass", policy.baseByClass().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", ")));
        config.put("performancePercent", policy.performancePercent().toPlainString());
        config.put("predikatPercent", shares(policy.predikatPercent()));
        config.put("noPredikatPercent", policy.noPredikatPercent().toPlainString());
        config.put("latenessBrackets", policy.latenessBrackets().stream()
                .map(b -> (b.upToMinutes() == null ? "*" : b.upToMinutes().toString()) + ":" + b.percent().toPlainString())
                .collect(Collectors.joining(", ")));
        config.put("absenceDayPercent", policy.absenceDayPercent().toPlainString());
        config.put("deductionCapPercent", policy.deductionCapPercent().toPlainString());
        config.put("roundTo", policy.roundTo().toPlainString());
        config.put("bonusPercent", shares(policy.bonusPercent()));
        config.put("recognitionPredikat", policy.recognitionPredikat().name());
        config.put("recognitionYears", String.valueOf(policy.recognitionYears()));
        return config;
    }

    private static String shares(Map<Predikat, BigDecimal> shares) {
        return ordered(shares).entrySet().stream().map(e -> e.getKey().name() + ":" + e.getValue().toPlainString())
                .collect(Collectors.joining(", "));
    }
}
