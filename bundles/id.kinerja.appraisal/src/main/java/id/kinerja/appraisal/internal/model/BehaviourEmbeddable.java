package id.kinerja.appraisal.internal.model;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import id.kinerja.appraisal.api.BerakhlakValue;

@Embeddable
public class BehaviourEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "VALUE_CODE", nullable = false)
    public BerakhlakValue value;

    public String expectation;

    public BehaviourEmbeddable() {
    }

    public BehaviourEmbeddable(BerakhlakValue value, String expectation) {
        this.value = value;
        this.expectation = expectation;
    }
}
