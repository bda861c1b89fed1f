package id.kinerja.complaints.internal;

import java.time.LocalDate;

/** A complaint that passed its deadline, escalated to the head of its unit. */
public record Escalation(long complaintId, String trackingCode, String unitCode, String headNip, LocalDate due) {
}
