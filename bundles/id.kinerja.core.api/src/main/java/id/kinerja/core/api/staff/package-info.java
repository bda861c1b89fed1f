/**
 * The staff registry: ASN (PNS and PPPK) with NIP, golongan/ruang, position, organisation unit and
 * direct supervisor. See {@code docs/glossary.md} for the Indonesian terms.
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package id.kinerja.core.api.staff;
