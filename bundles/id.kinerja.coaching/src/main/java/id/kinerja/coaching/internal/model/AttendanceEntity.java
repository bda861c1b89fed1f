package id.kinerja.coaching.internal.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A participant present or absent on one day of a session. */
@Entity
@Table(name = "COACH_ATTENDANCE")
@IdClass(AttendanceEntity.Key.class)
public class AttendanceEntity {

    @Id
    public long enrolmentId;

    @Id
    public LocalDate day;

    public int present;

    public String recordedBy;

    /** The key: enrolment and day. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long enrolmentId;
        public LocalDate day;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && enrolmentId == k.enrolmentId && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, day);
        }
    }
}
