package id.kinerja.coaching.internal.model;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A competency gap of a development plan. */
@Entity
@Table(name = "COACH_PLAN_GAP")
@IdClass(PlanGapEntity.Key.class)
public class PlanGapEntity {

    @Id
    public long planId;

    @Id
    public int lineNo;

    public String competency;

    public String note;

    /** The key: plan and line. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long planId;
        public int lineNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && planId == k.planId && lineNo == k.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, lineNo);
        }
    }
}
