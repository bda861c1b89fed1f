/**
 * The shared Kinerja database: schema migrations per module and backups.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package id.kinerja.core.api.db;
