package id.kinerja.appraisal.api;

import java.util.List;
import java.util.Map;

/**
 * Colleagues' feedback as the rated person sees it: per BerAKHLAK value the number of ratings of
 * each level and the comments, without authors and in no particular order. The details are withheld
 * ({@code withheld}, empty maps) until at least {@link #MIN_AUTHORS} colleagues have given feedback,
 * so that no single colleague can be recognised.
 */
public record FeedbackSummary(int count, int authors, boolean withheld, Map<BerakhlakValue, Map<Rating, Integer>> ratings,
        Map<BerakhlakValue, List<String>> comments) {

    /** The fewest distinct colleagues whose feedback is shown, aggregated. */
    public static final int MIN_AUTHORS = 3;
}
