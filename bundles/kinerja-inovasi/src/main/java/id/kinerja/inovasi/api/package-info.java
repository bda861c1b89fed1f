/**
 * The API of the module kinerja-inovasi (Inovasi dan rapat umpan balik): what other bundles may use of it. Its
 * version follows semantic versioning: add methods in a minor version, change or remove them only
 * in a major one.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package id.kinerja.inovasi.api;
