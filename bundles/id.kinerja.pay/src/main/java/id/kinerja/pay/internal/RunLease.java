package id.kinerja.pay.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.db.Cluster;
import id.kinerja.pay.internal.model.PayRunEntity;

/**
 * The lease a node holds on the run it computes, in the run's row: taken under a row lock, renewed
 * with each chunk, given back when the computation ends; a request to cancel is written there for
 * the holder to read (docs/cluster.md).
 */
final class RunLease {

    /** How long a computation's lease holds without being renewed (each chunk renews it). */
    static final Duration LEASE = Duration.ofSeconds(30);

    static final String CANCELLED = "CANCELLED";

    private static final Logger LOG = LoggerFactory.getLogger(RunLease.class);

    private final JpaTemplate jpa;
    private final Cluster cluster;

    RunLease(JpaTemplate jpa, Cluster cluster) {
        this.jpa = jpa;
        this.cluster = cluster;
    }

    /** Locks the run's row: 409 {@code RUN_IN_PROGRESS} while another node of the cluster holds it. */
    void requireFree(EntityManager em, PayRunEntity run) {
        em.refresh(run, LockModeType.PESSIMISTIC_WRITE);
        // alone (no cluster), a lease of another node can only be that of this platform before it was stopped or killed
        if (cluster.isCluster() && run.leased(Instant.now()) && !cluster.nodeId().equals(run.leaseNode)) {
            throw KinerjaException.conflict("RUN_IN_PROGRESS", "month", "TPP " + run.month + " sedang dihitung di node lain; tunggu sampai selesai",
                    "The run of " + run.month + " is being computed on another node; wait until it completes");
        }
    }

    /** Takes the lease of a computation opened by {@code actor} that writes {@code slipsToWrite} slips in all. */
    void take(PayRunEntity run, String actor, int slipsToWrite) {
        run.leaseNode = cluster.nodeId();
        run.leaseUntil = Timestamp.from(Instant.now().plus(LEASE));
        run.nextBy = actor;
        run.nextTotal = slipsToWrite;
        run.nextStopped = null;
    }

    /**
     * The run row locked, renewed for this node, when this node still holds its computation; else
     * {@code null} (its lease ran out and another node took it over).
     */
    PayRunEntity held(EntityManager em, long runId) {
        PayRunEntity run = em.find(PayRunEntity.class, runId);
        em.refresh(run, LockModeType.PESSIMISTIC_WRITE);
        if (!cluster.nodeId().equals(run.leaseNode)) {
            return null;
        }
        run.leaseUntil = Timestamp.from(Instant.now().plus(LEASE));
        return run;
    }

    /** Gives the lease of this node's computation back; {@code stopped} says why it stopped (kept when it was asked to). */
    void release(long runId, String stopped) {
        try {
            jpa.tx(TransactionType.Required, em -> {
                PayRunEntity run = em.find(PayRunEntity.class, runId);
                if (run != null && cluster.nodeId().equals(run.leaseNode)) {
                    run.leaseNode = null;
                    run.leaseUntil = null;
                    if (run.nextStopped == null && stopped != null) {
                        run.nextStopped = stopped.length() > 400 ? stopped.substring(0, 400) : stopped;
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("The lease of TPP run {} was not given back (it runs out by itself): {}", runId, e.toString());
        }
    }

    /** Asks the holder, this node or another, to stop after its chunk: 409 {@code NOT_COMPUTING} when nobody computes the run. */
    void cancel(long runId) {
        jpa.tx(TransactionType.Required, em -> {
            PayRunEntity run = PayRunService.find(em, runId);
            em.refresh(run, LockModeType.PESSIMISTIC_WRITE);
            if (!run.leased(Instant.now()) || run.nextStopped != null) {
                throw KinerjaException.conflict("NOT_COMPUTING", "id", "TPP ini tidak sedang dihitung", "This run is not being computed");
            }
            run.nextStopped = CANCELLED;
        });
    }

    /** Draft runs whose lease ran out without being given back: their node died. */
    List<PayRunEntity> orphaned() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM PayRunEntity r"
                + " WHERE r.leaseNode IS NOT NULL AND r.leaseUntil < :now AND r.status = :draft", PayRunEntity.class)
                .setParameter("now", Timestamp.from(Instant.now())).setParameter("draft", PayRun.Status.DRAFT).getResultList());
    }
}
