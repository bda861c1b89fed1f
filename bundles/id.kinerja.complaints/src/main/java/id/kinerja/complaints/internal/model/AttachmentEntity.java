package id.kinerja.complaints.internal.model;

import java.sql.Timestamp;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

@Entity
@Table(name = "COMPLAINT_ATTACHMENT")
public class AttachmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long complaintId;

    public String fileName;

    public String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    public int size;

    public String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    public Timestamp createdAt;
}
