package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.appraisal.api.ObjectionStatus;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.Rating;

@Entity
@Table(name = "SKP_OBJECTION")
public class ObjectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "EVALUATION_ID", nullable = false)
    public long evaluationId;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Column(name = "DECIDER_NIP", nullable = false)
    public String deciderNip;

    @Column(name = "REASON", nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public ObjectionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "NEW_HASIL_KERJA")
    public Rating newHasilKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "NEW_PERILAKU")
    public Rating newPerilaku;

    @Column(name = "NEW_BEHAVIOUR_VALUE")
    public Double newBehaviourValue;

    @Column(name = "DECISION_NOTE")
    public String decisionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREDIKAT_BEFORE", nullable = false)
    public Predikat predikatBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREDIKAT_AFTER")
    public Predikat predikatAfter;

    @Column(name = "FILED_AT", nullable = false)
    public Timestamp filedAt;

    @Column(name = "DECIDED_AT")
    public Timestamp decidedAt;
}
