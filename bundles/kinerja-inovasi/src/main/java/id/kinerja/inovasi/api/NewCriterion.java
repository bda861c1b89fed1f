package id.kinerja.inovasi.api;

/** A criterion as the organiser sets it: a name and a weight in percent. */
public record NewCriterion(String name, Integer weight) {
}
