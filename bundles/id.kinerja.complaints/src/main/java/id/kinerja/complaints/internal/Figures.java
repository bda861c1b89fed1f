package id.kinerja.complaints.internal;

import java.math.BigDecimal;

/** Figures of the complaints received in a period, of a unit or of a responsible staff member. */
public record Figures(long received, long answered, long answeredInTime, long open, long overdue, long rated, BigDecimal satisfaction) {
}
