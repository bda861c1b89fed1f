package id.kinerja.appraisal.internal.model;


import javax.persistence.Column;
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
    @Column(name = "ID")
    public Long id;

    @Column(name = "PRINCIPAL_NIP", nullable = false)
    public String principalNip;

    @Column(name = "DELEGATE_NIP", nullable = false)
    public String delegateNip;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    public Delegation.Kind kind;

    @Column(name = "START_DATE", nullable = false)
    public LocalDate startDate;

    @Column(name = "END_DATE", nullable = false)
    public LocalDate endDate;

    @Column(name = "DECREE")
    public String decree;
}
