package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
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
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;

import id.kinerja.appraisal.api.PlanStatus;

@Entity
@Table(name = "SKP_PLAN")
public class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String nip;

    @Column(name = "PLAN_YEAR", nullable = false)
    public int year;

    public int version;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    public String unitCode;

    public String raterNip;

    public String raterComment;

    public Timestamp submittedAt;

    public Timestamp decidedAt;

    public Timestamp updatedAt;

    /** {@link #updatedAt} as {@link UpdatedMicros}, kept with it (0 for a plan not written since V9). */
    public long updatedMicros;

    /** The plan's content as submitted while it waits for its rater, else {@code null} (SubmittedContent). */
    @Column(name = "SUBMITTED_CONTENT", length = 32672)
    public String submittedContent;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<WorkResultEntity> workResults = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "SKP_BEHAVIOUR", joinColumns = @JoinColumn(name = "PLAN_ID"))
    public List<BehaviourEmbeddable> behaviours = new ArrayList<>();

    @PrePersist
    @PreUpdate
    void stampUpdate() {
        updatedMicros = UpdatedMicros.of(updatedAt);
    }
}
