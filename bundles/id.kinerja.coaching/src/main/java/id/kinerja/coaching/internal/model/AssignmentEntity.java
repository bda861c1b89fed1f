package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.coaching.internal.Assignment;

@Entity
@Table(name = "COACH_ASSIGNMENT")
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String coacheeNip;

    public String coachNip;

    @Enumerated(EnumType.STRING)
    public Assignment.Kind kind;

    public String goals;

    public LocalDate startDate;

    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public Assignment.Status status;

    public Long proposalId;

    public String createdBy;

    public Timestamp createdAt;

    public Timestamp closedAt;
}
