package id.kinerja.pay.internal;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

import id.kinerja.appraisal.api.Predikat;

/** A month of a person's slips, as their list shows it: the run's state, the predikat paid on, TPP and take-home. */
public record SlipMonth(String month, PayRun.Status runStatus, Predikat predikat, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal takeHome) {
}
