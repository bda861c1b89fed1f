package id.kinerja.inovasi.api;

/** A judging criterion of a contest and its weight in percent (a contest's weights add up to 100). */
public record Criterion(long id, String name, int weight) {
}
