package id.kinerja.inovasi.api;

import java.util.List;

/** A contest as the organiser opens it. */
public record NewContest(Integer year, String title, Integer winners, List<NewCriterion> criteria, List<String> judges) {
}
