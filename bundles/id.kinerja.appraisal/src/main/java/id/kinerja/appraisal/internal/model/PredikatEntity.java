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
    @Column(name = "ID")
    public Long id;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Column(name = "UNIT_CODE", nullable = false)
    public String unitCode;

    @Column(name = "PERIOD_CODE", nullable = false)
    public String period;

    @Column(name = "PERIOD_END", nullable = false)
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREDIKAT", nullable = false)
    public Predikat predikat;

    @Enumerated(EnumType.STRING)
    @Column(name = "HASIL_KERJA", nullable = false)
    public Rating hasilKerja;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERILAKU", nullable = false)
    public Rating perilaku;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREDIKAT_SOURCE", nullable = false)
    public PredikatSource source;

    @Column(name = "EVALUATION_ID", nullable = false)
    public long evaluationId;

    @Column(name = "DECIDED_AT", nullable = false)
    public Timestamp decidedAt;

    @Column(name = "REASON")
    public String reason;

    /** 1 for the record in force for its person and period, 0 for replaced ones. */
    @Column(name = "IN_FORCE", nullable = false)
    public short inForce;
}
