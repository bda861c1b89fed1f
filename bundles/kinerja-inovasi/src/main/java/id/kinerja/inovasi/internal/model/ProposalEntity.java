package id.kinerja.inovasi.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

import id.kinerja.inovasi.api.ProposalStatus;

/** An innovation proposed to a contest, and its team. */
@Entity
@Table(name = "INOVASI_PROPOSAL")
public class ProposalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long contestId;
    public String title;
    public String problem;
    public String solution;
    public String proposerNip;
    public String unitCode;
    @Enumerated(EnumType.STRING)
    public ProposalStatus status;
    public String screeningNote;
    public LocalDate submittedOn;
    public BigDecimal finalScore;
    public Integer finalRank;
    public LocalDate implementedSince;
    public String implementationNote;

    @ElementCollection
    @CollectionTable(name = "INOVASI_TEAM_MEMBER", joinColumns = @JoinColumn(name = "PROPOSAL_ID"))
    @Column(name = "NIP")
    public List<String> team = new ArrayList<>();
}
