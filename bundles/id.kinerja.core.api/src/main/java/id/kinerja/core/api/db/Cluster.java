package id.kinerja.core.api.db;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The node this platform runs as, alone or one of several on a shared PostgreSQL database
 * (docs/cluster.md), and work that must not run on two nodes at once.
 * <p>
 * A module schedules its periodic work (a deadline watch, a reminder) on every node, as if it were
 * alone, and runs each round through {@link #runAlone}: in a cluster one node does it, the others
 * skip that round. Work that lasts and must move to another node when its node dies (a month's pay
 * run) keeps a lease in the module's own table instead, named by {@link #nodeId()}.
 */
@ProviderType
public interface Cluster {

    /** Whether this node is one of a cluster ({@code kinerja.cluster = true} in {@code etc/system.properties}). */
    boolean isCluster();

    /** This node's name while it runs: unique among the nodes and their restarts (host, Karaf instance, a random part). */
    String nodeId();

    /**
     * Runs {@code work} now unless work of the same name runs at this moment, on this node or on
     * another one of the cluster; then returns {@code false} without running it. On PostgreSQL the
     * name is held as the advisory lock {@code pg_try_advisory_lock(5463752, name.hashCode())} while
     * the work runs (given back when it ends, also when its node dies); on Derby, which one node
     * alone uses, as a lock of this process.
     *
     * @param name what the work is, e.g. {@code complaints.deadline-watch}
     * @return whether the work ran (an exception of the work is thrown on)
     */
    boolean runAlone(String name, Runnable work);
}
