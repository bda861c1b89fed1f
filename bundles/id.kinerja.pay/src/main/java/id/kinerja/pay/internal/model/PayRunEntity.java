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
    public Long id;

    @Column(name = "RUN_MONTH", nullable = false)
    public String month;

    /** {@link #CITY} or the code of the unit whose staff (with its subunits) the run pays. */
    public String scope;

    /** The scope of a run for the whole city. */
    public static final String CITY = "*";

    @Enumerated(EnumType.STRING)
    public PayRun.Status status;

    /** The generation of slips that is visible; 0 until a computation completed. */
    public int generation;

    /** The generation being computed (or interrupted), {@code null} when none. */
    public Integer nextGeneration;

    /** The last NIP written by the computation under way: it resumes after it. */
    public String nextAfterNip;

    public int nextSlips;

    public Timestamp nextStartedAt;

    /** SHA-256 of everything the computation under way reads: it is resumed only with the same inputs. */
    public String nextInputs;

    /** The node computing the run, while its lease holds; {@code null} when no node computes it. */
    public String leaseNode;

    /** Until when {@link #leaseNode} holds the computation (renewed with each chunk). */
    public Timestamp leaseUntil;

    /** Who started the computation under way (a resuming node computes in their name). */
    public String nextBy;

    /** The slips the computation under way writes in all. */
    public Integer nextTotal;

    /** Why the computation under way stopped ({@code CANCELLED} or the error), or, while leased, that it was asked to stop. */
    public String nextStopped;

    public String policyName;

    public int slipCount;

    public BigDecimal total;

    public Timestamp computedAt;

    public String computedBy;

    public String checkedBy;

    public String approvedBy;

    public String closedBy;

    public Timestamp closedAt;

    public PayRun toRun() {
        return toRun(null);
    }

    /** Whether a node holds the computation at {@code now}. */
    public boolean leased(java.time.Instant now) {
        return leaseNode != null && leaseUntil != null && leaseUntil.toInstant().isAfter(now);
    }

    /** @param resumedAfter slips kept from an interrupted computation, when this one resumed it */
    public PayRun toRun(Integer resumedAfter) {
        boolean running = leased(java.time.Instant.now());
        return new PayRun(id, month, CITY.equals(scope) ? null : scope, status, policyName, slipCount, total,
                computedAt == null ? null : computedAt.toInstant(), computedBy, checkedBy, approvedBy, closedBy,
                closedAt == null ? null : closedAt.toInstant(),
                nextGeneration == null ? null : new PayRun.Computing(nextStartedAt.toInstant(), nextSlips, nextTotal, running,
                        running ? null : nextStopped), resumedAfter);
    }
}
