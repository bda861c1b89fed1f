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

import id.kinerja.coaching.internal.Program;

@Entity
@Table(name = "COACH_PROGRAM")
public class ProgramEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "TITLE", nullable = false)
    public String title;

    @Column(name = "COMPETENCY_AREA", nullable = false)
    public String competencyArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "FORM", nullable = false)
    public Program.Form form;

    @Column(name = "LEARNING_HOURS", nullable = false)
    public int learningHours;

    @Column(name = "PROVIDER", nullable = false)
    public String provider;

    /** BerAKHLAK value names, comma separated. */
    @Column(name = "ADDRESSES", nullable = false)
    public String addresses;

    /** Programme keys, comma separated. */
    @Column(name = "PREREQUISITES", nullable = false)
    public String prerequisites;

    @Column(name = "FOLLOW_UP_PROGRAM_ID")
    public Long followUpProgramId;

    @Column(name = "ACTIVE", nullable = false)
    public int active;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;

    @Column(name = "CREATED_BY", nullable = false)
    public String createdBy;
}
