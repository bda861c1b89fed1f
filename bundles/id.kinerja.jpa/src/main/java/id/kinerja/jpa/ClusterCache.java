package id.kinerja.jpa;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * On a node of a cluster (several nodes on one database: the system property {@value #PROPERTY} set
 * to {@code true} in {@code etc/system.properties}, see {@code docs/cluster.md}), no entity is kept in
 * EclipseLink's shared cache: another node may have changed its row a moment ago. Each transaction
 * then reads what the database holds. A single node keeps the cache its persistence unit asks for.
 */
final class ClusterCache {

    static final String PROPERTY = "kinerja.cluster";

    private ClusterCache() {
    }

    static void apply(Session session) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        for (ClassDescriptor descriptor : session.getProject().getOrderedDescriptors()) {
            descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
        }
    }
}
