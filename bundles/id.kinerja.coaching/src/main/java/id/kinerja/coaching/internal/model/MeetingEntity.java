package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "COACH_MEETING")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assignmentId;

    @Column(name = "MEETING_DATE", nullable = false)
    public LocalDate date;

    public String notes;

    public String recordedBy;

    public Timestamp recordedAt;
}
