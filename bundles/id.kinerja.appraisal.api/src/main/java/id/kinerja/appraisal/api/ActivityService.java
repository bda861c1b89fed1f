package id.kinerja.appraisal.api;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;

/**
 * Pelaksanaan: what the owner of an approved plan does during the year: activities with evidence and
 * the monthly realisation of each indicator.
 */
@ProviderType
public interface ActivityService {

    /** Largest evidence file accepted. */
    long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

    /** The owner logs an activity against a work result of their approved plan. */
    Activity log(Caller caller, long planId, NewActivity activity);

    /** Activities of a plan, newest first; only those dated in {@code period} when it is given. */
    Page<Activity> activities(long planId, Period period, PageRequest page);

    Activity get(long activityId);

    /**
     * The owner attaches a file (PDF, JPEG, PNG, or an Office/OpenDocument file, checked by content)
     * of at most {@link #MAX_EVIDENCE_BYTES}.
     */
    Evidence attach(Caller caller, long activityId, String fileName, InputStream content);

    Evidence evidence(long evidenceId);

    /** The stored content of an evidence file; the caller closes it. */
    InputStream content(long evidenceId);

    /** The owner reports (or corrects) the realisation of an indicator for a month of the plan's year. */
    Realisation realise(Caller caller, long planId, long indicatorId, Period month, java.math.BigDecimal value, String note);

    /** Every realisation of a plan, by indicator and month. */
    List<Realisation> realisations(long planId);
}
