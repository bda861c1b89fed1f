package id.kinerja.appraisal.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by optional modules (and vendors' bundles) and registered as an OSGi service: the
 * appraisal core asks every provider for inputs when a rater looks at an evaluation. A provider must
 * answer quickly and never reveal what the rated person may not see (e.g. a complainant's identity).
 */
@ConsumerType
public interface AppraisalInputProvider {

    /** Inputs about {@code nip} (member of {@code unitCode}) for {@code period}; empty when there are none. */
    List<AppraisalInput> inputsFor(String nip, String unitCode, Period period);
}
