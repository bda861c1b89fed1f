package id.kinerja.coaching.internal.model;

import java.sql.Timestamp;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "COACH_FEEDBACK")
public class FeedbackEntity {

    @Id
    public long enrolmentId;

    public int rating;

    public String comments;

    public Timestamp givenAt;
}
