package id.kinerja.appraisal.internal.model;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;

@Entity
@Table(name = "SKP_WORK_RESULT")
public class WorkResultEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PLAN_ID")
    public PlanEntity plan;

    public int sortOrder;

    @Column(name = "RESULT_TEXT", nullable = false)
    public String text;

    public Long supportsId;

    public String unitGoal;

    @OneToMany(mappedBy = "workResult", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<IndicatorEntity> indicators = new ArrayList<>();
}
