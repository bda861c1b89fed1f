package id.kinerja.pay.internal;

/** A policy as the administrator sees it in the list. */
public record PolicySummary(String name, String effectiveFrom) {
}
