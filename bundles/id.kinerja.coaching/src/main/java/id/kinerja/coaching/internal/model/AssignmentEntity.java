package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Column;
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
    @Column(name = "ID")
    public Long id;

    @Column(name = "COACHEE_NIP", nullable = false)
    public String coacheeNip;

    @Column(name = "COACH_NIP", nullable = false)
    public String coachNip;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    public Assignment.Kind kind;

    @Column(name = "GOALS", nullable = false)
    public String goals;

    @Column(name = "START_DATE", nullable = false)
    public LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public Assignment.Status status;

    @Column(name = "PROPOSAL_ID")
    public Long proposalId;

    @Column(name = "CREATED_BY", nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;

    @Column(name = "CLOSED_AT")
    public Timestamp closedAt;
}
