package id.kinerja.complaints.internal.model;

import java.sql.Timestamp;

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
    public Long id;

    public long complaintId;

    @Enumerated(EnumType.STRING)
    public Message.Kind kind;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;

    public String text;

    public String authorNip;

    public Timestamp createdAt;

    public Message toMessage() {
        return new Message(kind, status, text, authorNip, createdAt.toInstant());
    }
}
