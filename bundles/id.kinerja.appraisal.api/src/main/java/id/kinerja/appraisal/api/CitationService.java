package id.kinerja.appraisal.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.security.Caller;

/**
 * Evidence of an activity that is a record of another module rather than a file: the owner of the
 * activity cites what a {@link CitableRecordProvider} offers them; the citation is audited like an
 * attached file.
 */
@ProviderType
public interface CitationService {

    /**
     * The owner of the activity cites a record of a module: 422 {@code SOURCE_UNAVAILABLE} when no
     * installed module is {@code source}, {@code NOT_CITABLE} when the module does not offer the
     * record to the owner, 409 {@code ALREADY_CITED} for a record the activity cites already.
     */
    Citation cite(Caller caller, long activityId, String source, String reference);

    /** The citations of an activity, in the order they were made. */
    List<Citation> citations(long activityId);

    /** What the caller may cite, from every installed module, newest first. */
    List<CitableRecord> citable(Caller caller);
}
