package id.kinerja.appraisal.internal.model;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "SKP_ACTIVITY")
public class ActivityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "PLAN_ID", nullable = false)
    public long planId;

    @Column(name = "WORK_RESULT_ID", nullable = false)
    public long workResultId;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Column(name = "ACTIVITY_DATE", nullable = false)
    public LocalDate date;

    @Column(name = "DESCRIPTION", nullable = false)
    public String description;

    @Column(name = "MINUTES_SPENT", nullable = false)
    public int minutesSpent;

    @Column(name = "OUTPUT_COUNT", precision = 19, scale = 4)
    public BigDecimal outputCount;

    @Column(name = "RECORDED_AT", nullable = false)
    public Timestamp recordedAt;
}
