package id.kinerja.appraisal.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by optional modules and registered as an OSGi service: the records of the module a
 * person may cite as evidence of their SKP's activities ({@link CitationService}). A provider offers
 * a person only what is theirs.
 */
@ConsumerType
public interface CitableRecordProvider {

    /** The module, as citations name it: its feature's name (e.g. {@code kinerja-inovasi}). */
    String source();

    /** The records {@code nip} may cite, newest first. */
    List<CitableRecord> citableBy(String nip);

    /** The record {@code reference} if {@code nip} may cite it; empty if it does not exist or is not theirs. */
    Optional<CitableRecord> find(String nip, String reference);
}
