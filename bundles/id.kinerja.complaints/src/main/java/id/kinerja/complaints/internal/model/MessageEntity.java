package id.kinerja.complaints.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.complaints.internal.ComplaintStatus;
import id.kinerja.complaints.internal.Message;

@Entity
@Table(name = "COMPLAINT_MESSAGE")
public class MessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "COMPLAINT_ID", nullable = false)
    public long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    public Message.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    public ComplaintStatus status;

    @Column(name = "TEXT")
    public String text;

    @Column(name = "AUTHOR_NIP")
    public String authorNip;

    @Column(name = "CREATED_AT", nullable = false)
    public Timestamp createdAt;

    public Message toMessage() {
        return new Message(kind, status, text, authorNip, createdAt.toInstant());
    }
}
