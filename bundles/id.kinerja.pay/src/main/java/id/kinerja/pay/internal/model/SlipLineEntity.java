package id.kinerja.pay.internal.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/**
 * One line of a slip. An entity of its own (not an element collection) so that a run writes all its
 * slips, then all their lines, each in JDBC batches: an element collection is written slip by slip,
 * which breaks every batch.
 */
@Entity
@Table(name = "PAY_SLIP_LINE")
@IdClass(SlipLineEntity.Key.class)
public class SlipLineEntity {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SLIP_ID")
    public SlipEntity slip;

    @Id
    public int lineNo;

    public String code;

    public BigDecimal amount;

    @Column(name = "RULE_TEXT", nullable = false)
    public String rule;

    public SlipLineEntity() {
    }

    public SlipLineEntity(SlipEntity slip, int lineNo, String code, BigDecimal amount, String rule) {
        this.slip = slip;
        this.lineNo = lineNo;
        this.code = code;
        this.amount = amount;
        this.rule = rule;
    }

    /** The key: the slip's key and the line number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long slip;
        public int lineNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(slip, k.slip) && lineNo == k.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(slip, lineNo);
        }
    }
}
