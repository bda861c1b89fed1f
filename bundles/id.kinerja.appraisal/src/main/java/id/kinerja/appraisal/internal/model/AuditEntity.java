package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

@Entity
@Table(name = "SKP_AUDIT")
public class AuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Timestamp recordedAt;

    public String actorNip;

    @Column(name = "AUDIT_ACTION", nullable = false)
    public String action;

    public String entityType;

    public long entityId;

    @Lob
    @Column(name = "BEFORE_JSON")
    public String before;

    @Lob
    @Column(name = "AFTER_JSON")
    public String after;
}
