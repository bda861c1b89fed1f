/**
 * Common contracts of Kinerja: errors with bilingual messages and paging.
 */
@org.osgi.annotation.versioning.Version("1.8.0")
package id.kinerja.core.api;
