package id.kinerja.inovasi.internal.model;

import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.inovasi.api.FollowUpStatus;

/** A follow-up agreed at a meeting. */
@Entity
@Table(name = "INOVASI_FOLLOW_UP")
public class FollowUpEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long meetingId;
    public String description;
    public String ownerNip;
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public FollowUpStatus status;
    public LocalDate doneOn;
    public String doneNote;
}
