package id.kinerja.inovasi.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a contest is decided: each judge's weighted score of a proposal (the sum of score × weight /
 * 100 over the criteria, 0–100), the mean over the judges, and the ranking, best first; equal scores
 * share a rank (1, 2, 2, 4).
 */
final class Judging {

    static final int MIN_SCORE = 0;
    static final int MAX_SCORE = 100;

    private Judging() {
    }

    /** One judge's sheet: criterion id → score. */
    static BigDecimal weighted(Map<Long, Integer> sheet, Map<Long, Integer> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Long, Integer> weight : weights.entrySet()) {
            Integer score = sheet.get(weight.getKey());
            if (score == null) {
                throw new IllegalArgumentException("no score for criterion " + weight.getKey());
            }
            sum = sum.add(BigDecimal.valueOf((long) score * weight.getValue()));
        }
        return sum.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
    }

    /** The mean of the judges' weighted scores, to two decimals. */
    static BigDecimal finalScore(Map<String, Map<Long, Integer>> sheetsByJudge, Map<Long, Integer> weights) {
        if (sheetsByJudge.isEmpty()) {
            throw new IllegalArgumentException("no sheets");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<Long, Integer> sheet : sheetsByJudge.values()) {
            sum = sum.add(weighted(sheet, weights));
        }
        return sum.divide(BigDecimal.valueOf(sheetsByJudge.size()), 2, RoundingMode.HALF_UP);
    }

    /** Ranks by score, best first; equal scores share a rank and the next rank skips. */
    static Map<Long, Integer> rank(Map<Long, BigDecimal> scores) {
        List<Map.Entry<Long, BigDecimal>> ordered = new ArrayList<>(scores.entrySet());
        ordered.sort(Map.Entry.<Long, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<Long, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            boolean tie = i > 0 && ordered.get(i).getValue().compareTo(ordered.get(i - 1).getValue()) == 0;
            ranks.put(ordered.get(i).getKey(), tie ? ranks.get(ordered.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }

    /** Whether the weights of a contest's criteria are each 1–100 and add up to 100. */
    static boolean validWeights(List<Integer> weights) {
        return !weights.isEmpty() && weights.stream().allMatch(w -> w != null && w >= 1 && w <= 100)
                && weights.stream().mapToInt(Integer::intValue).sum() == 100;
    }
}
