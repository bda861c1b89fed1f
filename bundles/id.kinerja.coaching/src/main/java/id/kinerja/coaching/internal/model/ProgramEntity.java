package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;

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
    public Long id;

    public String title;

    public String competencyArea;

    @Enumerated(EnumType.STRING)
    public Program.Form form;

    public int learningHours;

    public String provider;

    /** BerAKHLAK value names, comma separated. */
    public String addresses;

    /** Programme keys, comma separated. */
    public String prerequisites;

    public Long followUpProgramId;

    public int active;

    public Timestamp createdAt;

    public String createdBy;
}
