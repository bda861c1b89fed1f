package id.kinerja.appraisal.api;

import java.time.Instant;

/**
 * One official predikat of a person for a period, as it was decided at {@code decidedAt}. A later
 * record for the same period (calibration, objection) replaces it; the older ones stay as history.
 */
public record PredikatRecord(String nip, String unitCode, Period period, Predikat predikat, Rating hasilKerja,
        Rating perilaku, PredikatSource source, long evaluationId, Instant decidedAt, String reason) {
}
