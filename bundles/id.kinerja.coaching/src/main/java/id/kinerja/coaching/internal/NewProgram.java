package id.kinerja.coaching.internal;

import java.util.List;

import id.kinerja.appraisal.api.BerakhlakValue;

/** A programme as sent by the personnel office. */
public record NewProgram(String title, String competencyArea, Program.Form form, Integer learningHours, String provider,
        List<BerakhlakValue> addresses, List<Long> prerequisites, Long followUpProgramId) {
}
