package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.PredikatSource;
import id.kinerja.appraisal.api.Rating;

@Entity
@Table(name = "SKP_PREDIKAT")
public class PredikatEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String nip;

    public String unitCode;

    @Column(name = "PERIOD_CODE", nullable = false)
    public String period;

    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    public Predikat predikat;

    @Enumerated(EnumType.STRING)
    public Rating hasilKerja;

    @Enumerated(EnumType.STRING)
    public Rating perilaku;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREDIKAT_SOURCE", nullable = false)
    public PredikatSource source;

    public long evaluationId;

    public Timestamp decidedAt;

    public String reason;

    /** 1 for the record in force for its person and period, 0 for replaced ones. */
    public short inForce;
}
