package id.kinerja.coaching.internal;

import java.util.List;

import id.kinerja.appraisal.api.BerakhlakValue;

/**
 * A competency development programme of the catalogue (PP 17/2020).
 *
 * @param learningHours JP (jam pelajaran) credited to each participant who completes it
 * @param addresses the BerAKHLAK values it develops (empty: general); a proposal matches on them
 * @param prerequisites programmes a participant must have completed first
 * @param followUpProgramId the advanced programme proposed when the effect is weak, if any
 */
public record Program(long id, String title, String competencyArea, Form form, int learningHours, String provider,
        List<BerakhlakValue> addresses, List<Long> prerequisites, Long followUpProgramId, boolean active) {

    /** Forms of development: classical and non-classical (PP 17/2020). */
    public enum Form {
        CLASSROOM_TRAINING, WORKSHOP, SEMINAR, E_LEARNING, COACHING, MENTORING, INTERNSHIP
    }
}
