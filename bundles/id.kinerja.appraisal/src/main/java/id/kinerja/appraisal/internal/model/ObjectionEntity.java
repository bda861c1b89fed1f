package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;

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
    public Long id;

    public long evaluationId;

    public String nip;

    public String deciderNip;

    public String reason;

    @Enumerated(EnumType.STRING)
    public ObjectionStatus status;

    @Enumerated(EnumType.STRING)
    public Rating newHasilKerja;

    @Enumerated(EnumType.STRING)
    public Rating newPerilaku;

    public Double newBehaviourValue;

    public String decisionNote;

    @Enumerated(EnumType.STRING)
    public Predikat predikatBefore;

    @Enumerated(EnumType.STRING)
    public Predikat predikatAfter;

    public Timestamp filedAt;

    public Timestamp decidedAt;
}
