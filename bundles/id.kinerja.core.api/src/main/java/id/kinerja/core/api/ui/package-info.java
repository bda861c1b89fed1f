/**
 * How a module brings its own screens to the web application ({@code /app}): pages, menu entries, home
 * page cards and message catalogues, served from the module's bundle while it is installed.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package id.kinerja.core.api.ui;
