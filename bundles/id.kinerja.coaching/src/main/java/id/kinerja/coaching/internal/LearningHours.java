package id.kinerja.coaching.internal;

import java.util.List;

/** A person's learning hours of a year against the minimum, with what earned them. */
public record LearningHours(String nip, int year, int hours, int minimum, int shortfall, List<Enrolment> completed) {
}
