package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "SKP_EVIDENCE")
public class EvidenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long activityId;

    public String fileName;

    public String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    public long size;

    public String sha256;

    public Timestamp uploadedAt;
}
