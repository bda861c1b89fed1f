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
    public Long id;

    public long sessionId;

    public String nip;

    @Enumerated(EnumType.STRING)
    public Enrolment.Status status;

    public String nominatedBy;

    public Timestamp nominatedAt;

    public String decidedBy;

    public Timestamp decidedAt;

    public Timestamp waitlistedAt;

    public String reason;

    public BigDecimal score;

    @Column(name = "CERTIFICATE_NO")
    public String certificateNumber;

    public Timestamp completedAt;

    public int creditedHours;

    public Integer creditYear;

    public Long proposalId;
}
