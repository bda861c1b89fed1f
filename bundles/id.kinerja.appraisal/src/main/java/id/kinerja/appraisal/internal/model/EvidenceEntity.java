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
    @Column(name = "ID")
    public Long id;

    @Column(name = "ACTIVITY_ID", nullable = false)
    public long activityId;

    @Column(name = "FILE_NAME", nullable = false)
    public String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false)
    public String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    public long size;

    @Column(name = "SHA256", nullable = false)
    public String sha256;

    @Column(name = "UPLOADED_AT", nullable = false)
    public Timestamp uploadedAt;
}
