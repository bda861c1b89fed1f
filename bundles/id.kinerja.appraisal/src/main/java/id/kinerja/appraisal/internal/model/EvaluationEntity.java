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
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;

import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.Rating;

@Entity
@Table(name = "SKP_EVALUATION")
public class EvaluationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long planId;

    public String nip;

    public String unitCode;

    public String raterNip;

    @Column(name = "PERIOD_CODE", nullable = false)
    public String period;

    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    public EvaluationStatus status;

    public String selfComment;

    public Timestamp selfAt;

    @Enumerated(EnumType.STRING)
    public Rating hasilKerja;

    @Enumerated(EnumType.STRING)
    public Rating perilaku;

    public String feedback;

    @Enumerated(EnumType.STRING)
    public Predikat predikat;

    public Double score;

    public Double behaviourValue;

    public Timestamp ratedAt;

    public Timestamp finalisedAt;

    public Timestamp updatedAt;

    /** {@link #updatedAt} as {@link UpdatedMicros}, kept with it (0 for an evaluation not written since V10). */
    public long updatedMicros;

    @ElementCollection
    @CollectionTable(name = "SKP_EVALUATION_ITEM", joinColumns = @JoinColumn(name = "EVALUATION_ID"))
    public List<EvaluationItemEmbeddable> items = new ArrayList<>();

    @PrePersist
    @PreUpdate
    void stampUpdate() {
        updatedMicros = UpdatedMicros.of(updatedAt);
    }
}
