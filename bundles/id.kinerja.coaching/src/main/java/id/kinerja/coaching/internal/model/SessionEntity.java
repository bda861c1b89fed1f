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
@Table(name = "COACH_SESSION")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "PROGRAM_ID", nullable = false)
    public long programId;

    @Column(name = "START_DATE", nullable = false)
    public LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    public LocalDate endDate;

    @Column(name = "LOCATION", nullable = false)
    public String location;

    @Column(name = "ONLINE", nullable = false)
    public int online;

    @Column(name = "TRAINER", nullable = false)
    public String trainer;

    @Column(name = "CAPACITY", nullable = false)
    public int capacity;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
