package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "SKP_CITATION")
public class CitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long activityId;

    public String source;

    public String reference;

    public String title;

    public String summary;

    public Timestamp citedAt;
}
