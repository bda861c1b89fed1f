package id.kinerja.appraisal.internal.model;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import id.kinerja.appraisal.api.IndicatorAspect;

@Entity
@Table(name = "SKP_INDICATOR")
public class IndicatorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "WORK_RESULT_ID")
    public WorkResultEntity workResult;

    @Column(name = "SORT_ORDER", nullable = false)
    public int sortOrder;

    @Column(name = "DESCRIPTION", nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "ASPECT", nullable = false)
    public IndicatorAspect aspect;

    @Column(name = "TARGET", nullable = false, precision = 19, scale = 4)
    public BigDecimal target;

    @Column(name = "MEASURE_UNIT", nullable = false)
    public String measureUnit;
}
