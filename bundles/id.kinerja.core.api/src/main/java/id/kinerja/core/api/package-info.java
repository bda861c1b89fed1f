/**
 * Common contracts of Kinerja: errors with bilingual messages and paging.
 */
@org.osgi.annotation.versioning.Version("1.9.0")
package id.kinerja.core.api;
