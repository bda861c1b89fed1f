package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.Rating;

@Entity
@Table(name = "SKP_EVALUATION")
public class EvaluationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "PLAN_ID", nullable = false)
    public long planId;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Column(name = "UNIT_CODE", nullable = false)
    public String unitCode;

    @Column(name = "RATER_NIP", nullable = false)
    public String raterNip;

    @Column(name = "PERIOD_CODE", nullable = false)
    public String period;

    @Column(name = "PERIOD_END", nullable = false)
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public EvaluationStatus status;

    @Column(name = "SELF_COMMENT")
    public String selfComment;

    @Column(name = "SELF_AT")
    public Timestamp selfAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "HASIL_KERJA")
    public Rating hasilKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERILAKU")
    public Rating perilaku;

    @Column(name = "FEEDBACK")
    public String feedback;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREDIKAT")
    public Predikat predikat;

    @Column(name = "SCORE")
    public Double score;

    @Column(name = "BEHAVIOUR_VALUE")
    public Double behaviourValue;

    @Column(name = "RATED_AT")
    public Timestamp ratedAt;

    @Column(name = "FINALISED_AT")
    public Timestamp finalisedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Timestamp updatedAt;

    @ElementCollection
    @CollectionTable(name = "SKP_EVALUATION_ITEM", joinColumns = @JoinColumn(name = "EVALUATION_ID"))
    public List<EvaluationItemEmbeddable> items = new ArrayList<>();
}
