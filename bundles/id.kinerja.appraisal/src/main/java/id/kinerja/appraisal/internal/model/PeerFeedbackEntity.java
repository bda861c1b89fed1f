package id.kinerja.appraisal.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Rating;

@Entity
@Table(name = "SKP_PEER_FEEDBACK")
public class PeerFeedbackEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long evaluationId;

    public String authorNip;

    @Enumerated(EnumType.STRING)
    @Column(name = "VALUE_CODE", nullable = false)
    public BerakhlakValue value;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    @Column(name = "COMMENT_TEXT")
    public String comment;

    public Timestamp givenAt;
}
