package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.coaching.internal.Proposal;

@Entity
@Cacheable
@Table(name = "COACH_PROPOSAL")
public class ProposalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String nip;

    public String unitCode;

    @Column(name = "PERIOD_CODE", nullable = false)
    public String period;

    public long evaluationId;

    @Enumerated(EnumType.STRING)
    public Predikat predikat;

    public String belowExpectation;

    public String programIds;

    public int coachingSuggested;

    @Enumerated(EnumType.STRING)
    public Proposal.Status status;

    public Timestamp createdAt;

    public String decidedBy;

    public Timestamp decidedAt;

    public String note;
}
