package id.kinerja.appraisal.api;

import java.math.BigDecimal;

/**
 * A measurable indicator of a work result with its target, e.g. "laporan monitoring tersusun",
 * QUANTITY, 12, "laporan". {@code id} is {@code null} in input and set by the service.
 */
public record Indicator(Long id, String description, IndicatorAspect aspect, BigDecimal target, String unit) {
}
