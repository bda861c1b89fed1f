package id.kinerja.appraisal.internal.model;

import java.math.BigDecimal;
import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "SKP_REALISATION")
public class RealisationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long planId;

    public long indicatorId;

    @Column(name = "PERIOD_CODE", nullable = false)
    public String period;

    @Column(name = "REAL_VALUE", nullable = false, precision = 19, scale = 4)
    public BigDecimal value;

    public String note;

    public Timestamp recordedAt;
}
