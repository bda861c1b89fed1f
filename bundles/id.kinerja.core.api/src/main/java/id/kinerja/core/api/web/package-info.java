/**
 * The platform's web server as a module meets it: how a module's own servlet is put at its addresses
 * so that the web server always maps it.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package id.kinerja.core.api.web;
