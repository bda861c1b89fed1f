package id.kinerja.core.db.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.Cluster;

/** This node, and work run by one node at a time: PostgreSQL's advisory locks, or this process's locks on Derby. */
@Component(service = Cluster.class)
public class ClusterImpl implements Cluster {

    /** The first half of every advisory lock's key that {@link #runAlone} takes (the same as the migrations'). */
    static final int KEY = (int) Migrations.ClusterLock.KEY;

    private final DataSource dataSource;
    private final boolean cluster = Boolean.getBoolean("kinerja.cluster");
    private final String nodeId;
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();

    @Activate
    public ClusterImpl(@Reference(target = "(osgi.jndi.service.name=kinerja)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.nodeId = hostName() + "/" + System.getProperty("karaf.name", "root") + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public boolean isCluster() {
        return cluster;
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public boolean runAlone(String name, Runnable work) {
        ReentrantLock lock = local.computeIfAbsent(name, n -> new ReentrantLock());
        if (!lock.tryLock()) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!"postgresql".equals(Migrations.databaseOf(c))) {
                work.run();
                return true;
            }
            if (!advisory(c, "pg_try_advisory_lock", name)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                advisory(c, "pg_advisory_unlock", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the lock of " + name + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private static boolean advisory(Connection c, String function, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + function + "(" + KEY + ", ?)")) {
            st.setInt(1, name.hashCode());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
