/**
 * Conventions every module's persistence unit shares with EclipseLink (see {@link id.kinerja.jpa.ColumnNames}).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package id.kinerja.jpa;
