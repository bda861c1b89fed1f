package ${package}.api;

/** How many notes a person wrote in a span of days, and their minutes in all. */
public record NoteTotals(long count, long minutes) {
}
