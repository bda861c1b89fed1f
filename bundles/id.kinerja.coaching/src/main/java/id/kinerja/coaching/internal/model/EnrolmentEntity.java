package id.kinerja.coaching.internal.model;

import java.math.BigDecimal;
import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.coaching.internal.Enrolment;

@Entity
@Table(name = "COACH_ENROLMENT")
public class EnrolmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "SESSION_ID", nullable = false)
    public long sessionId;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public Enrolment.Status status;

    @Column(name = "NOMINATED_BY", nullable = false)
    public String nominatedBy;

    @Column(name = "NOMINATED_AT", nullable = false)
    public Timestamp nominatedAt;

    @Column(name = "DECIDED_BY")
    public String decidedBy;

    @Column(name = "DECIDED_AT")
    public Timestamp decidedAt;

    @Column(name = "WAITLISTED_AT")
    public Timestamp waitlistedAt;

    @Column(name = "REASON")
    public String reason;

    @Column(name = "SCORE", precision = 5, scale = 2)
    public BigDecimal score;

    @Column(name = "CERTIFICATE_NO")
    public String certificateNumber;

    @Column(name = "COMPLETED_AT")
    public Timestamp completedAt;

    @Column(name = "CREDITED_HOURS", nullable = false)
    public int creditedHours;

    @Column(name = "CREDIT_YEAR")
    public Integer creditYear;

    @Column(name = "PROPOSAL_ID")
    public Long proposalId;
}
