package id.kinerja.complaints.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonFormat;

/** The dashboard's figures: complaints per unit per month, time to answer, answers in time, satisfaction. */
public final class ComplaintStats {

    /** One complaint as the dashboard counts it. */
    record Item(String unitCode, Instant receivedAt, Instant answeredAt, LocalDate answerDue, Integer rating) {
    }

    /**
     * One unit's month (by the city's day complaints were received); {@code unitCode} "-" for
     * those not assigned yet.
     *
     * @param medianHoursToAnswer the median of hours from receipt to (the latest) answer, of those answered
     * @param answeredInTimePercent of those answered, the share answered by their deadline
     * @param satisfaction the average rating 1..5 of those rated
     */
    public record Row(String unitCode, String month, int received, int answered, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal medianHoursToAnswer,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal answeredInTimePercent, int rated,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal satisfaction) {
    }

    private ComplaintStats() {
    }

    static List<Row> rows(List<Item> items, ZoneId zone) {
        Map<String, Map<YearMonth, List<Item>>> byUnit = new TreeMap<>();
        for (Item i : items) {
            byUnit.computeIfAbsent(i.unitCode() == null ? "-" : i.unitCode(), k -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(i.receivedAt().atZone(zone)), k -> new ArrayList<>()).add(i);
        }
        List<Row> rows = new ArrayList<>();
        byUnit.forEach((unit, months) -> months.forEach((month, list) -> {
            List<Item> answered = list.stream().filter(i -> i.answeredAt() != null).toList();
            List<Long> minutes = answered.stream().map(i -> Duration.between(i.receivedAt(), i.answeredAt()).toMinutes()).sorted().toList();
            long inTime = answered.stream().filter(i -> i.answerDue() != null && !LocalDate.ofInstant(i.answeredAt(), zone).isAfter(i.answerDue())).count();
            List<Integer> ratings = list.stream().map(Item::rating).filter(Objects::nonNull).toList();
            rows.add(new Row(unit, month.toString(), list.size(), answered.size(), minutes.isEmpty() ? null : hours(median(minutes)),
                    answered.isEmpty() ? null : BigDecimal.valueOf(inTime * 100).divide(BigDecimal.valueOf(answered.size()), 1, RoundingMode.HALF_UP),
                    ratings.size(), ratings.isEmpty() ? null : BigDecimal.valueOf(ratings.stream().mapToInt(Integer::intValue).sum())
                            .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP)));
        }));
        rows.sort(Comparator.comparing(Row::month).thenComparing(Row::unitCode));
        return rows;
    }

    /** The median (the mean of the middle two for an even count) of sorted values. */
    static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static BigDecimal hours(double minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
