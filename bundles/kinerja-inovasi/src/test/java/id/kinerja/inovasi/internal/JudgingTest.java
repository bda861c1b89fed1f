package id.kinerja.inovasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JudgingTest {

    /** Kebaruan 40 %, manfaat 40 %, keberlanjutan 20 %. */
    private static final Map<Long, Integer> WEIGHTS = new LinkedHashMap<>(Map.of(1L, 40, 2L, 40, 3L, 20));

    @Test
    void aJudgesSheetIsTheWeightedSumOfItsScores() {
        assertEquals(0, new BigDecimal("80").compareTo(Judging.weighted(Map.of(1L, 80, 2L, 80, 3L, 80), WEIGHTS)));
        // 90*0.4 + 70*0.4 + 50*0.2 = 36 + 28 + 10
        assertEquals(0, new BigDecimal("74").compareTo(Judging.weighted(Map.of(1L, 90, 2L, 70, 3L, 50), WEIGHTS)));
        assertThrows(IllegalArgumentException.class, () -> Judging.weighted(Map.of(1L, 90, 2L, 70), WEIGHTS));
    }

    @Test
    void theFinalScoreIsTheMeanOfTheJudgesToTwoDecimals() {
        Map<String, Map<Long, Integer>> sheets = Map.of("judge-a", Map.of(1L, 90, 2L, 70, 3L, 50), "judge-b", Map.of(1L, 80, 2L, 80, 3L, 81),
                "judge-c", Map.of(1L, 60, 2L, 60, 3L, 60));
        // (74 + 80.2 + 60) / 3 = 71.4
        assertEquals(new BigDecimal("71.40"), Judging.finalScore(sheets, WEIGHTS));
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        Map<Long, BigDecimal> scores = Map.of(10L, new BigDecimal("71.40"), 11L, new BigDecimal("88.00"), 12L, new BigDecimal("71.40"),
                13L, new BigDecimal("50.25"));
        Map<Long, Integer> ranks = Judging.rank(scores);
        assertEquals(List.of(11L, 10L, 12L, 13L), List.copyOf(ranks.keySet()));
        assertEquals(Arrays.asList(1, 2, 2, 4), List.copyOf(ranks.values()));
    }

    @Test
    void weightsAreEachOneToHundredAndAddUpToHundred() {
        assertTrue(Judging.validWeights(List.of(40, 40, 20)));
        assertTrue(Judging.validWeights(List.of(100)));
        assertFalse(Judging.validWeights(List.of(50, 40)));
        assertFalse(Judging.validWeights(List.of(110, -10)));
        assertFalse(Judging.validWeights(List.of()));
        assertFalse(Judging.validWeights(Arrays.asList(100, null)));
    }
}
