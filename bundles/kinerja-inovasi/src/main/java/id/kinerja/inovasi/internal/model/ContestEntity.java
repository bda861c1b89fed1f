package id.kinerja.inovasi.internal.model;

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

import id.kinerja.inovasi.api.ContestStatus;

/** An innovation contest and its judges. */
@Entity
@Table(name = "INOVASI_CONTEST")
public class ContestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int contestYear;
    public String title;
    @Enumerated(EnumType.STRING)
    public ContestStatus status;
    public int winners;
    public String createdBy;
    public LocalDate closedOn;

    @ElementCollection
    @CollectionTable(name = "INOVASI_JUDGE", joinColumns = @JoinColumn(name = "CONTEST_ID"))
    @Column(name = "NIP")
    public List<String> judges = new ArrayList<>();
}
