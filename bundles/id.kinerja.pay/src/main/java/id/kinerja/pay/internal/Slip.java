package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import id.kinerja.appraisal.api.Predikat;

/**
 * One person's TPP slip of a month: every component with the rule that produced it. Money as decimal
 * strings.
 *
 * @param lines the TPP lines (BASE, PERFORMANCE, DISCIPLINE or NOT_PAID), then, when a salary table
 *        was in force, the salary lines (GAJI_POKOK, TUNJANGAN_SUAMI_ISTRI, TUNJANGAN_ANAK)
 * @param total the TPP of the month
 * @param salaryTotal gaji pokok plus family allowance, {@code null} without a salary table
 * @param takeHome TPP plus salary: the monthly take-home before deductions, {@code null} without a salary table
 */
public record Slip(String nip, String fullName, String unitCode, int positionClass, String month, Predikat predikat, List<Line> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal salaryTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal takeHome) {

    public record Line(String code, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String rule) {
    }
}
