package id.kinerja.appraisal.internal.model;

import java.math.BigDecimal;

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
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "WORK_RESULT_ID")
    public WorkResultEntity workResult;

    public int sortOrder;

    public String description;

    @Enumerated(EnumType.STRING)
    public IndicatorAspect aspect;

    public BigDecimal target;

    public String measureUnit;
}
