package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;

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
@Table(name = "COACH_PROPOSAL")
public class ProposalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Column(name = "UNIT_CODE", nullable = false)
    public String unitCode;

    @Column(name = "PERIOD_CODE", nullable = false)
    public String period;

    @Column(name = "EVALUATION_ID", nullable = false)
    public long evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREDIKAT", nullable = false)
    public Predikat predikat;

    @Column(name = "BELOW_EXPECTATION", nullable = false)
    public String belowExpectation;

    @Column(name = "PROGRAM_IDS", nullable = false)
    public String programIds;

    @Column(name = "COACHING_SUGGESTED", nullable = false)
    public int coachingSuggested;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public Proposal.Status status;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;

    @Column(name = "DECIDED_BY")
    public String decidedBy;

    @Column(name = "DECIDED_AT")
    public Timestamp decidedAt;

    @Column(name = "NOTE")
    public String note;
}
