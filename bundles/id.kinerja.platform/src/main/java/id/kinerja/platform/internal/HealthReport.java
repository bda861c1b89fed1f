package id.kinerja.platform.internal;

import java.util.List;

/**
 * The platform's health: {@code UP} when every expected check is there and none is worse than a
 * warning, {@code DOWN} otherwise; the checks themselves only for who may read them
 * ({@code /api/v1/health}; {@code /health} tells the status alone).
 */
public record HealthReport(String status, List<Check> checks) {

    /** One check: its name, {@code OK}, {@code WARN}, {@code CRITICAL}... and what it said. */
    public record Check(String name, String status, List<String> messages) {
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
