package id.kinerja.appraisal.api;

import java.util.List;
import java.util.Map;

/**
 * Colleagues' feedback as the rated person sees it: per BerAKHLAK value the number of ratings of
 * each level and the comments, without authors and in no particular order.
 */
public record FeedbackSummary(int count, Map<BerakhlakValue, Map<Rating, Integer>> ratings,
        Map<BerakhlakValue, List<String>> comments) {
}
