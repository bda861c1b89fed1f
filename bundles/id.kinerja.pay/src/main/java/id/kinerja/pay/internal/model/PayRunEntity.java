package id.kinerja.pay.internal.model;

import java.math.BigDecimal;
import java.sql.Timestamp;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import id.kinerja.pay.internal.PayRun;

@Entity
@Table(name = "PAY_RUN")
public class PayRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "RUN_MONTH", nullable = false)
    public String month;

    /** {@link #CITY} or the code of the unit whose staff (with its subunits) the run pays. */
    @Column(name = "SCOPE", nullable = false)
    public String scope;

    /** The scope of a run for the whole city. */
    public static final String CITY = "*";

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    public PayRun.Status status;

    /** The generation of slips that is visible; 0 until a computation completed. */
    @Column(name = "GENERATION", nullable = false)
    public int generation;

    /** The generation being computed (or interrupted), {@code null} when none. */
    @Column(name = "NEXT_GENERATION")
    public Integer nextGeneration;

    /** The last NIP written by the computation under way: it resumes after it. */
    @Column(name = "NEXT_AFTER_NIP")
    public String nextAfterNip;

    @Column(name = "NEXT_SLIPS", nullable = false)
    public int nextSlips;

    @Column(name = "NEXT_STARTED_AT")
    public Timestamp nextStartedAt;

    /** SHA-256 of everything the computation under way reads: it is resumed only with the same inputs. */
    @Column(name = "NEXT_INPUTS")
    public String nextInputs;

    @Column(name = "POLICY_NAME")
    public String policyName;

    @Column(name = "SLIP_COUNT", nullable = false)
    public int slipCount;

    @Column(name = "TOTAL", nullable = false, precision = 19, scale = 2)
    public BigDecimal total;

    @Column(name = "COMPUTED_AT")
    public Timestamp computedAt;

    @Column(name = "COMPUTED_BY")
    public String computedBy;

    @Column(name = "CHECKED_BY")
    public String checkedBy;

    @Column(name = "APPROVED_BY")
    public String approvedBy;

    @Column(name = "CLOSED_BY")
    public String closedBy;

    @Column(name = "CLOSED_AT")
    public Timestamp closedAt;

    public PayRun toRun() {
        return toRun(null);
    }

    /** @param resumedAfter slips kept from an interrupted computation, when this one resumed it */
    public PayRun toRun(Integer resumedAfter) {
        return new PayRun(id, month, CITY.equals(scope) ? null : scope, status, policyName, slipCount, total,
                computedAt == null ? null : computedAt.toInstant(), computedBy, checkedBy, approvedBy, closedBy,
                closedAt == null ? null : closedAt.toInstant(),
                nextGeneration == null ? null : new PayRun.Computing(nextStartedAt.toInstant(), nextSlips), resumedAfter);
    }
}
