package id.kinerja.core.api.security;

import java.util.Collection;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Declares the permissions of a module. Register one as an OSGi service in every bundle that has
 * REST endpoints: the security module learns the permissions (and grants them to their default
 * roles the first time it sees them) when the service appears. A permission no provider declares
 * is held by nobody.
 */
@ConsumerType
public interface PermissionProvider {

    /** The permissions this module's endpoints require. */
    Collection<Permission> permissions();
}
