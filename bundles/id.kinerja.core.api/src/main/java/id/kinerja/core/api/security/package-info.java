/**
 * Who may call what: the permissions a module declares and requires of its REST endpoints, the roles
 * that hold them (data, kept by the security module), and the person calling.
 * <p>
 * Every JAX-RS resource method of a {@link id.kinerja.core.api.rest.RestResource} must say which
 * permission it needs with {@link RequiresPermission}; the REST layer refuses a method that says
 * nothing (deny by default), checks the permission before the method runs and hands the method
 * the {@link Caller}.
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package id.kinerja.core.api.security;
