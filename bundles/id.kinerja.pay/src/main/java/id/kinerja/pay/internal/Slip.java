package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import id.kinerja.appraisal.api.Predikat;

/** One person's TPP slip of a month: every component with the rule that produced it. Money as decimal strings. */
public record Slip(String nip, String fullName, String unitCode, int positionClass, String month, Predikat predikat, List<Line> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total) {

    public record Line(String code, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String rule) {
    }
}
