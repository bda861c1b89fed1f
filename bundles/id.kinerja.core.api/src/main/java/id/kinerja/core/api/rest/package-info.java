/**
 * How a bundle contributes to the REST API.
 */
@org.osgi.annotation.versioning.Version("2.0.0")
package id.kinerja.core.api.rest;
