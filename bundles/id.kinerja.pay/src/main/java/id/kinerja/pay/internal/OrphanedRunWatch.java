package id.kinerja.pay.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.db.Cluster;
import id.kinerja.pay.internal.model.PayRunEntity;

/**
 * On a cluster's node: every {@value #CHECK_SECONDS} seconds, the runs whose node died mid-computation
 * (their lease ran out without being given back) are resumed here, in the name of who started them;
 * when two nodes find the same run, the row's lock lets one take it. Alone, it does nothing.
 */
@Component(immediate = true)
public class OrphanedRunWatch {

    static final long CHECK_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedRunWatch.class);

    private final PayRunService runs;
    private final RunLease lease;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kinerja-pay-orphans");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public OrphanedRunWatch(@Reference PayRunService runs, @Reference(target = "(osgi.unit.name=kinerja-pay)") JpaTemplate jpa,
            @Reference Cluster cluster) {
        this.runs = runs;
        this.lease = new RunLease(jpa, cluster);
        if (cluster.isCluster()) {
            timer.scheduleWithFixedDelay(this::resumeOrphans, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    void resumeOrphans() {
        try {
            for (PayRunEntity run : lease.orphaned()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                try {
                    LOG.info("The TPP run of {} ({}) was left by node {}: resumed here, in the name of {}", run.month, run.scope, run.leaseNode, run.nextBy);
                    runs.resume(run);
                } catch (KinerjaException taken) {
                    LOG.debug("The TPP run of {} is not resumed here: {}", run.month, taken.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Computations left by other nodes not looked for: {}", e.toString());
        }
    }
}
