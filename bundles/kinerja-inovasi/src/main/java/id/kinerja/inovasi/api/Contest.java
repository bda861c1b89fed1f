package id.kinerja.inovasi.api;

import java.time.LocalDate;
import java.util.List;

/** A year's innovation contest: its criteria, its judges, how many winners, its stage; {@code closedOn} once the results are decided. */
public record Contest(long id, int year, String title, ContestStatus status, int winners, List<Criterion> criteria, List<String> judges,
        LocalDate closedOn) {

    public Contest {
        criteria = List.copyOf(criteria);
        judges = List.copyOf(judges);
    }
}
