package id.kinerja.complaints.internal;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.db.Cluster;

/**
 * Checks the deadlines of open complaints regularly (setting {@code deadlineCheckSeconds}): warnings
 * before, escalations to the head of the unit after; each escalation is also announced as the OSGi
 * event {@value #ESCALATED} for other modules (notifications, dashboards). Every node schedules the
 * check; on a cluster's nodes one of them does each round ({@link Cluster#runAlone}), so a warning or
 * an escalation is given once.
 */
@Component(immediate = true, configurationPid = "id.kinerja.complaints")
public class DeadlineWatch {

    /** The name of the check's round, held by one node of a cluster at a time. */
    static final String WORK = "complaints.deadline-watch";

    /** Topic of the event of an escalated complaint; properties trackingCode, unitCode, headNip, due. */
    public static final String ESCALATED = "id/kinerja/complaints/ESCALATED";

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatch.class);

    private final ComplaintHandling complaints;
    private final Cluster cluster;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kinerja-complaint-deadlines"));
    private ScheduledFuture<?> task;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile EventAdmin events;

    @Activate
    public DeadlineWatch(@Reference ComplaintHandling complaints, @Reference Cluster cluster, ComplaintsConfig config) {
        this.complaints = complaints;
        this.cluster = cluster;
        schedule(config);
    }

    @Modified
    synchronized void schedule(ComplaintsConfig config) {
        if (task != null) {
            task.cancel(false);
        }
        long every = Math.max(1, config.deadlineCheckSeconds());
        task = timer.scheduleWithFixedDelay(this::check, Math.min(every, 30), every, TimeUnit.SECONDS);
    }

    void check() {
        try {
            if (!cluster.runAlone(WORK, this::checkNow)) {
                LOG.debug("Complaint deadlines are being checked by another node");
            }
        } catch (RuntimeException e) {
            // the module may be stopping (its database unit gone): the next run tries again
            LOG.warn("Complaint deadlines not checked: {}", e.toString());
        }
    }

    private void checkNow() {
        for (Escalation e : complaints.checkDeadlines()) {
            LOG.info("Complaint {} passed its deadline {}: escalated to the head of {} ({})", e.trackingCode(), e.due(), e.unitCode(), e.headNip());
            EventAdmin admin = events;
            if (admin != null) {
                admin.postEvent(new Event(ESCALATED, Map.of("trackingCode", e.trackingCode(), "unitCode", String.valueOf(e.unitCode()),
                        "headNip", String.valueOf(e.headNip()), "due", e.due().toString())));
            }
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
