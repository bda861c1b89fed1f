/**
 * Conventions every module's persistence unit shares with EclipseLink (see {@link id.kinerja.jpa.ColumnNames}), and the
 * rows of a page read through its shared cache ({@link id.kinerja.jpa.CachedRows}, 1.1).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package id.kinerja.jpa;
