package id.kinerja.appraisal.internal.model;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Rating;

/** One rating inside an evaluation: of a work result (by the owner or the rater) or of a BerAKHLAK value. */
@Embeddable
public class EvaluationItemEmbeddable {

    public enum Kind {
        SELF_WORK, RATER_WORK, RATER_BEHAVIOUR
    }

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public Long workResultId;

    @Enumerated(EnumType.STRING)
    @Column(name = "VALUE_CODE")
    public BerakhlakValue value;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    public String note;

    public EvaluationItemEmbeddable() {
    }

    public EvaluationItemEmbeddable(Kind kind, Long workResultId, BerakhlakValue value, Rating rating, String note) {
        this.kind = kind;
        this.workResultId = workResultId;
        this.value = value;
        this.rating = rating;
        this.note = note;
    }
}
