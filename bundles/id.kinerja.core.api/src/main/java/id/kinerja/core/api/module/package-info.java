/**
 * Kinerja modules (Karaf features) installed in the platform.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package id.kinerja.core.api.module;
