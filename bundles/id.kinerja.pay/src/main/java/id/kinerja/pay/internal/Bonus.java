package id.kinerja.pay.internal;

import java.math.BigDecimal;

import id.kinerja.appraisal.api.Predikat;

import com.fasterxml.jackson.annotation.JsonFormat;

/** One person's yearly bonus. */
public record Bonus(String nip, String fullName, String unitCode, int positionClass, Predikat predikat, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String rule) {
}
