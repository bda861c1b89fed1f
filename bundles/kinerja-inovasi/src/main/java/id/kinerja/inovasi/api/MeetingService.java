package id.kinerja.inovasi.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;

/** Feedback meetings (rapat umpan balik) and their follow-ups. */
@ProviderType
public interface MeetingService {

    /**
     * The caller records a meeting they led with people they lead (their subordinates, the staff of
     * the units they head), with the follow-ups agreed, each owned by a participant or the leader.
     */
    Meeting record(Caller caller, NewMeeting meeting);

    Meeting get(long id);

    /** The meetings {@code nip} led or attended, newest first. */
    Page<Meeting> meetingsOf(String nip, PageRequest page);

    /** The follow-ups {@code nip} owns, open ones first (earliest due first), then done ones; only those of {@code status} if given. */
    Page<FollowUp> followUpsOf(String nip, FollowUpStatus status, PageRequest page);

    FollowUp followUp(long id);

    /** The owner reports a follow-up done, with what came of it. */
    FollowUp complete(Caller caller, long followUpId, String note);

    /** The follow-ups {@code nip} completed from {@code from} to {@code to} (both included), the latest first. */
    List<FollowUp> completedBy(String nip, LocalDate from, LocalDate to);
}
