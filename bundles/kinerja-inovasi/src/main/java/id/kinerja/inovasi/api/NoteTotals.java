package id.kinerja.inovasi.api;

/** How many notes a person wrote in a span of days, and their minutes in all. */
public record NoteTotals(long count, long minutes) {
}
