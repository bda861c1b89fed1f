package id.kinerja.appraisal.internal.model;


import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.appraisal.api.Delegation;

import java.time.LocalDate;

@Entity
@Table(name = "SKP_DELEGATION")
public class DelegationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String principalNip;

    public String delegateNip;

    @Enumerated(EnumType.STRING)
    public Delegation.Kind kind;

    public LocalDate startDate;

    public LocalDate endDate;

    public String decree;
}
