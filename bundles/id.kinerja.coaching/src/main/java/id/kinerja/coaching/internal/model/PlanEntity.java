package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.coaching.internal.DevelopmentPlan;

@Entity
@Table(name = "COACH_PLAN")
public class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "NIP", nullable = false)
    public String nip;

    @Column(name = "PLAN_YEAR", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public DevelopmentPlan.Status status;

    @Column(name = "PROGRAM_IDS", nullable = false)
    public String programIds;

    @Column(name = "UPDATED_BY", nullable = false)
    public String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    public Timestamp updatedAt;

    @Column(name = "AGREED_BY")
    public String agreedBy;

    @Column(name = "AGREED_AT")
    public Timestamp agreedAt;
}
