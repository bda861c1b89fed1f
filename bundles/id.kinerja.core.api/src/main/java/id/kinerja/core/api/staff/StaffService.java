package id.kinerja.core.api.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;

/**
 * The staff registry. Every method validates its input and throws {@link KinerjaException} when a
 * rule is broken; nothing is saved then.
 */
@ProviderType
public interface StaffService {

    /** Registers a new staff member. Status defaults to ACTIVE, counts to 0. */
    StaffMember create(StaffMember staff);

    Optional<StaffMember> find(String nip);

    /** The staff member, or a NOT_FOUND {@link KinerjaException}. */
    StaffMember get(String nip);

    /**
     * A page of the staff this query finds, in the order of the index that serves it (by name; by NIP for
     * the start of a NIP; by the word or pair of words searched, then by name). A page with more after it
     * carries {@link Page#next()}, and {@link PageRequest#after()} reads the page after such a page.
     */
    Page<StaffMember> list(StaffQuery query, PageRequest page);

    /**
     * Every staff member {@link #list} gives for {@code query}, in the same order, handed to
     * {@code action} one by one, read a thousand at a time after the last one read (never counting
     * past rows again): for exports of a whole list, however long.
     *
     * @since 1.3
     */
    void forEachListed(StaffQuery query, Consumer<StaffMember> action);

    /**
     * Changes a staff member. Changes of rank, position, unit, supervisor and status are kept in the
     * history with {@code effectiveDate} (today when {@code null}; for a rank change the new
     * {@code rankSince}).
     */
    StaffMember update(String nip, StaffMember changed, LocalDate effectiveDate);

    /** Ends employment ({@code RETIRED} or {@code DISMISSED}); the record is kept. */
    StaffMember deactivate(String nip, StaffStatus status, LocalDate effectiveDate);

    /** Staff whose direct supervisor is {@code nip}. */
    Page<StaffMember> subordinates(String nip, PageRequest page);

    /** The supervisor chain above {@code nip}, nearest first. */
    List<StaffMember> supervisorChain(String nip);

    /**
     * Every staff member as the registry stood at the end of {@code date}: rank, position, unit,
     * supervisor and status with the changes dated after that day undone (values recorded when a
     * person was registered count as having held before; a rank taken back has no known
     * {@code rankSince}). Handed to {@code action} one by one in NIP order, outside any transaction
     * of the registry, read a thousand at a time with one query each: for month-end jobs over the
     * whole registry, never a query per person. Staff registered after {@code date} are included
     * (the registry does not know when they joined).
     */
    void forEachOn(LocalDate date, Consumer<StaffMember> action);

    /** The history of changes of a staff member, oldest first. */
    List<StaffHistoryEntry> history(String nip);
}
