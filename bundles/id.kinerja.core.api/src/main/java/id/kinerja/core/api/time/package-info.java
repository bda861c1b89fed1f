/**
 * The city's time: its zone, one platform setting ({@code etc/id.kinerja.city.cfg}) that every
 * module reads for "today", month ends, deadlines and day boundaries.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package id.kinerja.core.api.time;
