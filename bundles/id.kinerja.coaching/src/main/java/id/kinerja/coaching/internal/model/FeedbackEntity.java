package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "COACH_FEEDBACK")
public class FeedbackEntity {

    @Id
    @Column(name = "ENROLMENT_ID")
    public long enrolmentId;

    @Column(name = "RATING", nullable = false)
    public int rating;

    @Column(name = "COMMENTS")
    public String comments;

    @Column(name = "GIVEN_AT", nullable = false)
    public Timestamp givenAt;
}
