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
import javax.persistence.Table;

import id.kinerja.appraisal.api.PlanStatus;

@Entity
@Table(name = "SKP_PLAN")
public class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Column(name = "PLAN_YEAR", nullable = false)
    public int year;

    @Column(name = "VERSION", nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public PlanStatus status;

    @Column(name = "UNIT_CODE", nullable = false)
    public String unitCode;

    @Column(name = "RATER_NIP")
    public String raterNip;

    @Column(name = "RATER_COMMENT")
    public String raterComment;

    @Column(name = "SUBMITTED_AT")
    public Timestamp submittedAt;

    @Column(name = "DECIDED_AT")
    public Timestamp decidedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Timestamp updatedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<WorkResultEntity> workResults = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "SKP_BEHAVIOUR", joinColumns = @JoinColumn(name = "PLAN_ID"))
    public List<BehaviourEmbeddable> behaviours = new ArrayList<>();
}
