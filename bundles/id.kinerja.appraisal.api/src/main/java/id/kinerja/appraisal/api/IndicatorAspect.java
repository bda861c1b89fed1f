package id.kinerja.appraisal.api;

/** What an indicator measures: quantity, quality, time or cost. */
public enum IndicatorAspect {
    QUANTITY, QUALITY, TIME, COST
}
