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
    public Long id;

    public String nip;

    @Column(name = "PLAN_YEAR", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    public DevelopmentPlan.Status status;

    public String programIds;

    public String updatedBy;

    public Timestamp updatedAt;

    public String agreedBy;

    public Timestamp agreedAt;
}
