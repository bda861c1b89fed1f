package id.kinerja.inovasi.internal.model;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

/** A feedback meeting (rapat umpan balik) and who attended. */
@Entity
@Table(name = "INOVASI_MEETING")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String leaderNip;
    public String unitCode;
    public LocalDate meetingDate;
    public String title;
    public String points;
    public Timestamp recordedAt;

    @ElementCollection
    @CollectionTable(name = "INOVASI_PARTICIPANT", joinColumns = @JoinColumn(name = "MEETING_ID"))
    @Column(name = "NIP")
    public List<String> participants = new ArrayList<>();
}
