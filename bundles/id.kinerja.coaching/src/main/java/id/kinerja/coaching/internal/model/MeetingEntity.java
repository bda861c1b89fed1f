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
    @Column(name = "ID")
    public Long id;

    @Column(name = "ASSIGNMENT_ID", nullable = false)
    public long assignmentId;

    @Column(name = "MEETING_DATE", nullable = false)
    public LocalDate date;

    @Column(name = "NOTES", nullable = false)
    public String notes;

    @Column(name = "RECORDED_BY", nullable = false)
    public String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    public Timestamp recordedAt;
}
