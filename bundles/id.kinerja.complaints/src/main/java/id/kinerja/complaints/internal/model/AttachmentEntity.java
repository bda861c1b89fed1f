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
    @Column(name = "ID")
    public Long id;

    @Column(name = "COMPLAINT_ID", nullable = false)
    public long complaintId;

    @Column(name = "FILE_NAME", nullable = false)
    public String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false)
    public String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    public int size;

    @Column(name = "SHA256", nullable = false)
    public String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    public byte[] content;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;
}
