/**
 * The shared Kinerja database: schema migrations per module, backups, and the nodes sharing it.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package id.kinerja.core.api.db;
