package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.staff.StaffStatus;

/** The yearly bonus and the promotion/recognition candidates, by a policy. */
public final class YearlyAwards {

    private YearlyAwards() {
    }

    /** The bonus of a year for an annual predikat: a share of the base of the position class; none for staff not active. */
    public static BigDecimal bonus(PayPolicy policy, int positionClass, StaffStatus status, Predikat annual) {
        if (status != StaffStatus.ACTIVE || annual == null) {
            return BigDecimal.ZERO;
        }
        return TppCalculator.round(TppCalculator.percent(policy.base(positionClass), policy.bonusPercent(annual)), policy);
    }

    /**
     * Whether a person is a candidate: the policy's predikat in each of the last
     * {@code recognitionYears} years up to the given one ({@code annualByYear} holds what is known).
     */
    public static boolean candidate(PayPolicy policy, int year, Map<Integer, Predikat> annualByYear) {
        for (int y = year - policy.recognitionYears() + 1; y <= year; y++) {
            if (annualByYear.get(y) != policy.recognitionPredikat()) {
                return false;
            }
        }
        return true;
    }

    /** The rule of a bonus, for the list the personnel office reads. */
    static String rule(PayPolicy policy, int positionClass, Predikat annual) {
        return policy.bonusPercent(annual).stripTrailingZeros().toPlainString() + "% x TPP dasar kelas " + positionClass
                + " (predikat tahunan " + annual.label() + ", kebijakan " + policy.name() + ")";
    }

    /** A candidate's years, for display. */
    static List<Integer> years(PayPolicy policy, int year) {
        return java.util.stream.IntStream.rangeClosed(year - policy.recognitionYears() + 1, year).boxed().toList();
    }
}
