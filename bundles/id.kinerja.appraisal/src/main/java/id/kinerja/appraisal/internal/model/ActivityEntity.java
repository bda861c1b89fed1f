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
    public Long id;

    public long planId;

    public long workResultId;

    public String nip;

    @Column(name = "ACTIVITY_DATE", nullable = false)
    public LocalDate date;

    public String description;

    public int minutesSpent;

    public BigDecimal outputCount;

    public Timestamp recordedAt;
}
