package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

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
    public Long id;

    public long programId;

    public LocalDate startDate;

    public LocalDate endDate;

    public String location;

    public int online;

    public String trainer;

    public int capacity;

    public Timestamp createdAt;
}
