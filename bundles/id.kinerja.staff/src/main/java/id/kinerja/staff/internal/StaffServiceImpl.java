package id.kinerja.staff.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageCursor;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffHistoryEntry;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffQuery;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.staff.StaffStatus;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.jpa.CachedRows;
import id.kinerja.staff.internal.model.StaffEntity;
import id.kinerja.staff.internal.model.StaffHistoryEntity;

@Component(service = StaffService.class)
public class StaffServiceImpl implements StaffService {

    /** Dates of the registry are those of Indonesia's western time zone, where the seed cities are. */
    static final int SNAPSHOT_BATCH = 1000;
    /** EclipseLink's hint for rows that are only read: no change tracking copies. */
    private static final String READ_ONLY = "eclipselink.read-only";

    private final JpaTemplate jpa;
    private final OrgUnitService units;
    private final Clock clock;
    /** What a list reads, and in which order; set at start (it asks the database for the names' trigrams). */
    private volatile StaffListings listings;

    @Activate
    public StaffServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-staff)") JpaTemplate jpa,
            @Reference OrgUnitService units, @Reference StaffSchema schema, @Reference CityTime city) {
        this(jpa, units, city.clock());
        indexNameWordsOfEarlierRows();
        listings = StaffListings.asking(jpa, units);
    }

    /**
     * The name words of staff registered before the registry kept them (schema version 3): written
     * once, a thousand rows per transaction in NIP order, when the registry first starts with that
     * schema; cut short (the platform stopped meanwhile), it goes on at the next start from the
     * highest NIP that has words. Every start asks only whether a row above that NIP has none.
     */
    void indexNameWordsOfEarlierRows() {
        String after = jpa.txExpr(TransactionType.Required, em -> {
            String highest = em.createQuery("SELECT MAX(w.nip) FROM StaffNameWordEntity w", String.class).getSingleResult();
            String from = highest == null ? "" : highest;
            boolean missing = !em.createQuery("SELECT s.nip FROM StaffEntity s WHERE s.nip > :from AND NOT EXISTS"
                    + " (SELECT w.nip FROM StaffNameWordEntity w WHERE w.nip = s.nip)", String.class)
                    .setParameter("from", from).setMaxResults(1).getResultList().isEmpty();
            return missing ? from : null;
        });
        while (after != null) {
            String from = after;
            after = jpa.txExpr(TransactionType.Required, em -> {
                List<StaffEntity> batch = em.createQuery("SELECT s FROM StaffEntity s WHERE s.nip > :after ORDER BY s.nip", StaffEntity.class)
                        .setParameter("after", from).setMaxResults(SNAPSHOT_BATCH).getResultList();
                batch.forEach(StaffEntity::indexNameWords);
                return batch.isEmpty() ? null : batch.get(batch.size() - 1).getNip();
            });
        }
    }

    StaffServiceImpl(JpaTemplate jpa, OrgUnitService units, Clock clock) {
        this.jpa = jpa;
        this.units = units;
        this.clock = clock;
        this.listings = new StaffListings(units, false);
    }

    @Override
    public StaffMember create(StaffMember staff) {
        LocalDate today = LocalDate.now(clock);
        StaffValidator.Result valid = StaffValidator.validate(staff, today).orThrow();
        StaffMember member = valid.staff();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(StaffEntity.class, member.nip()) != null) {
                throw KinerjaException.conflict("STAFF_EXISTS", "nip",
                        "Pegawai dengan NIP " + member.nip() + " sudah terdaftar",
                        "A staff member with NIP " + member.nip() + " is registered already");
            }
            checkReferences(em, member);
            return new StaffWriter(em, now()).create(member, valid.nip(), today).toMember();
        });
    }

    @Override
    public Optional<StaffMember> find(String nip) {
        if (nip == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(StaffEntity.class, nip)).map(StaffEntity::toMember));
    }

    @Override
    public StaffMember get(String nip) {
        return find(nip).orElseThrow(() -> notFound(nip));
    }

    @Override
    public Page<StaffMember> list(StaffQuery query, PageRequest page) {
        StaffListings.Listing listing = listings.of(query);
        return jpa.txExpr(TransactionType.Supports, em -> {
            // the order's columns read in the list's order, from the page on (counted only so far: a screen
            // needs "more than 220", not a scan of a million rows), or, after a cursor, from there (the rows
            // before it not read at all); then the page's rows
            Map<String, Object> params = new HashMap<>(listing.params());
            String where = listing.where() + (page.after() == null ? ""
                    : listing.after(page.after().valuesFor(listing.order().size()).toArray(), params));
            if (listing.alias().equals("s")) {
                // a listing of the registry's rows has each NIP once: the database skips the rows before a page
                // asked by its offset (Page.ofKeys)
                Map<String, Object[]> order = new HashMap<>();
                Page.KeyReader<String> nips = (first, max) -> orderKeys(em, listing, where, params, first, max).stream().map(k -> {
                    order.put((String) k[k.length - 1], k);
                    return (String) k[k.length - 1];
                }).toList();
                return Page.ofKeys(nips, page, shown -> rows(em, shown), StaffMember::nip, nip -> PageCursor.of(order.get(nip)));
            }
            // through words or pairs a NIP may come twice, so the rows before the page are read, and those past it
            // as far as it is counted
            int skipped = page.after() == null ? page.offset() : 0;
            int limit = Page.countLimit(page) - page.offset() + skipped;
            List<Object[]> read = orderKeys(em, listing, where, params, limit);
            // a name with two words that start as typed (two words' rows, or two pairs of the same key: "dew lubis" of
            // Dewi Dewanti Lubis, next to each other) is listed and counted once, where it first comes
            Set<String> seen = new HashSet<>();
            List<Object[]> keys = read.stream().filter(k -> seen.add((String) k[k.length - 1])).toList();
            boolean capped = read.size() >= limit;
            List<Object[]> shown = keys.subList(Math.min(skipped, keys.size()), Math.min(skipped + page.limit(), keys.size()));
            List<String> nips = shown.stream().map(k -> (String) k[k.length - 1]).toList();
            Page<StaffMember> counted = Page.counted(rows(em, nips), capped ? Page.countLimit(page) : keys.size() - skipped + page.offset(), page);
            boolean more = !shown.isEmpty() && (capped || keys.size() > skipped + page.limit());
            return more ? counted.withNext(PageCursor.of(shown.get(shown.size() - 1))) : counted;
        });
    }

    @Override
    public void forEachListed(StaffQuery query, Consumer<StaffMember> action) {
        StaffListings.Listing listing = listings.of(query);
        Object[] after = null;
        // a name read through its words or pairs may come more than once: handed on once
        Set<String> handed = listing.alias().equals("s") ? null : new HashSet<>();
        while (true) {
            Object[] from = after;
            Batch batch = jpa.txExpr(TransactionType.Supports, em -> {
                Map<String, Object> params = new HashMap<>(listing.params());
                String where = listing.where() + (from == null ? "" : listing.after(from, params));
                List<Object[]> keys = orderKeys(em, listing, where, params, LISTED_BATCH);
                List<String> nips = keys.stream().map(k -> (String) k[k.length - 1]).filter(n -> handed == null || handed.add(n)).toList();
                return new Batch(rows(em, nips), keys.isEmpty() ? null : keys.get(keys.size() - 1));
            });
            batch.members().forEach(action);
            if (batch.last() == null) {
                return;
            }
            after = batch.last();
        }
    }

    /** The values of the listing's order columns (the NIP last) of at most {@code limit} rows, in its order. */
    private static List<Object[]> orderKeys(EntityManager em, StaffListings.Listing listing, String where, Map<String, Object> params,
            int limit) {
        return orderKeys(em, listing, where, params, 0, limit);
    }

    /** As {@link #orderKeys(EntityManager, StaffListings.Listing, String, Map, int)}, from the {@code first} row of the listing. */
    private static List<Object[]> orderKeys(EntityManager em, StaffListings.Listing listing, String where, Map<String, Object> params,
            int first, int limit) {
        String select = "SELECT " + String.join(", ", listing.order()) + listing.from() + where + listing.orderBy();
        if (listing.order().size() == 1) {
            // one column is read as its value, not as an array of one
            TypedQuery<String> keys = em.createQuery(select, String.class);
            params.forEach(keys::setParameter);
            return keys.setFirstResult(first).setMaxResults(limit).getResultList().stream().map(k -> new Object[] {k}).toList();
        }
        TypedQuery<Object[]> keys = em.createQuery(select, Object[].class);
        params.forEach(keys::setParameter);
        return keys.setFirstResult(first).setMaxResults(limit).getResultList();
    }

    /** Staff read by {@link #forEachListed} per query. */
    static final int LISTED_BATCH = 1000;

    private record Batch(List<StaffMember> members, Object[] last) {
    }

    /** The rows of these NIPs, in the same order (through the shared cache, as a point read finds them). */
    private static List<StaffMember> rows(EntityManager em, List<String> nips) {
        return CachedRows.of(em, StaffEntity.class, "nip", nips, StaffEntity::getNip).stream().map(StaffEntity::toMember).toList();
    }

    @Override
    public StaffMember update(String nip, StaffMember changed, LocalDate effectiveDate) {
        LocalDate today = LocalDate.now(clock);
        if (changed != null && changed.nip() != null && !changed.nip().trim().equals(nip)) {
            throw KinerjaException.badRequest("NIP_IMMUTABLE", "nip",
                    "NIP tidak dapat diubah", "The NIP cannot be changed");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            StaffEntity entity = existing(em, nip);
            StaffMember withNip = changed == null ? null : withNip(changed, nip, entity);
            StaffValidator.Result valid = StaffValidator.validate(withNip, today).orThrow();
            checkReferences(em, valid.staff());
            new StaffWriter(em, now()).update(entity, valid.staff(), effectiveDate, today);
            return entity.toMember();
        });
    }

    private static StaffMember withNip(StaffMember s, String nip, StaffEntity current) {
        return new StaffMember(nip, s.fullName(), s.employmentType() == null ? current.getEmploymentType() : s.employmentType(),
                s.rank(), s.rankSince(), s.positionName(), s.positionKind(), s.positionClass(), s.unitCode(),
                s.supervisorNip(), s.status() == null ? current.getStatus() : s.status(), s.spouseCount(),
                s.childCount(), s.email(), s.phone());
    }

    @Override
    public StaffMember deactivate(String nip, StaffStatus status, LocalDate effectiveDate) {
        StaffStatus target = status == null ? StaffStatus.DISMISSED : status;
        if (target.isEmployed()) {
            throw KinerjaException.badRequest("INVALID_STATUS", "status",
                    "Status penonaktifan harus RETIRED atau DISMISSED", "Deactivation status must be RETIRED or DISMISSED");
        }
        LocalDate today = LocalDate.now(clock);
        return jpa.txExpr(TransactionType.Required, em -> {
            StaffEntity entity = existing(em, nip);
            StaffMember current = entity.toMember();
            StaffMember ended = new StaffMember(current.nip(), current.fullName(), current.employmentType(),
                    current.rank(), current.rankSince(), current.positionName(), current.positionKind(),
                    current.positionClass(), current.unitCode(), current.supervisorNip(), target,
                    current.spouseCount(), current.childCount(), current.email(), current.phone());
            new StaffWriter(em, now()).update(entity, ended, effectiveDate, today);
            return entity.toMember();
        });
    }

    @Override
    public Page<StaffMember> subordinates(String nip, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            existing(em, nip);
            long total = em.createQuery("SELECT COUNT(s) FROM StaffEntity s WHERE s.supervisorNip = :nip", Long.class)
                    .setParameter("nip", nip).getSingleResult();
            List<StaffMember> items = em.createQuery(
                    "SELECT s FROM StaffEntity s WHERE s.supervisorNip = :nip ORDER BY s.fullName, s.nip", StaffEntity.class)
                    .setParameter("nip", nip).setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(StaffEntity::toMember).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    @Override
    public List<StaffMember> supervisorChain(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StaffEntity entity = existing(em, nip);
            List<StaffMember> chain = new ArrayList<>();
            String next = entity.getSupervisorNip();
            while (next != null && chain.size() < 100) {
                StaffEntity supervisor = em.find(StaffEntity.class, next);
                if (supervisor == null) {
                    break;
                }
                chain.add(supervisor.toMember());
                next = supervisor.getSupervisorNip();
            }
            return chain;
        });
    }

    @Override
    public void forEachOn(LocalDate date, Consumer<StaffMember> action) {
        Objects.requireNonNull(date, "date");
        String after = "";
        while (true) {
            String from = after;
            List<StaffMember> batch = jpa.txExpr(TransactionType.Supports, em -> readOn(em, date, from));
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            after = batch.get(batch.size() - 1).nip();
        }
    }

    /** The next thousand staff after {@code after} in NIP order, as on {@code date}: two queries. */
    private static List<StaffMember> readOn(EntityManager em, LocalDate date, String after) {
        List<StaffEntity> rows = em.createQuery("SELECT s FROM StaffEntity s WHERE s.nip > :after ORDER BY s.nip", StaffEntity.class)
                .setParameter("after", after).setHint(READ_ONLY, true).setMaxResults(SNAPSHOT_BATCH).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<StaffHistoryEntry>> later = new HashMap<>();
        em.createQuery("SELECT h FROM StaffHistoryEntity h, StaffEntity s WHERE s.nip = h.nip AND h.nip > :after AND h.nip <= :last"
                + " AND h.effectiveDate > :date AND h.recordedAt > s.createdAt ORDER BY h.nip, h.recordedAt DESC, h.id DESC",
                StaffHistoryEntity.class).setParameter("after", after).setParameter("last", rows.get(rows.size() - 1).getNip())
                .setParameter("date", date).getResultList()
                .forEach(h -> later.computeIfAbsent(h.getNip(), k -> new ArrayList<>()).add(h.toEntry()));
        List<StaffMember> members = new ArrayList<>(rows.size());
        for (StaffEntity row : rows) {
            StaffMember today = row.toMember();
            List<StaffHistoryEntry> changes = later.get(row.getNip());
            members.add(changes == null ? today : RegistryOnDate.undo(today, changes));
        }
        return members;
    }

    @Override
    public List<StaffHistoryEntry> history(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            existing(em, nip);
            return em.createQuery("SELECT h FROM StaffHistoryEntity h WHERE h.nip = :nip ORDER BY h.id", StaffHistoryEntity.class)
                    .setParameter("nip", nip).getResultList().stream().map(StaffHistoryEntity::toEntry).toList();
        });
    }

    /** The unit exists; the supervisor exists, is employed and is not below the staff member. */
    private static void checkReferences(EntityManager em, StaffMember staff) {
        OrgUnitServiceImpl.requireUnit(em, staff.unitCode(), "unitCode");
        if (staff.supervisorNip() == null) {
            return;
        }
        StaffEntity supervisor = em.find(StaffEntity.class, staff.supervisorNip());
        if (supervisor == null) {
            throw KinerjaException.unprocessable("SUPERVISOR_NOT_FOUND", "supervisorNip",
                    "Atasan langsung dengan NIP " + staff.supervisorNip() + " tidak terdaftar",
                    "No staff member with the supervisor's NIP " + staff.supervisorNip());
        }
        if (!supervisor.getStatus().isEmployed()) {
            throw KinerjaException.unprocessable("SUPERVISOR_INACTIVE", "supervisorNip",
                    "Atasan langsung sudah tidak aktif", "The supervisor is no longer employed");
        }
        SupervisorChains.checkNoCycle(staff.nip(), staff.supervisorNip(), nip -> {
            StaffEntity above = em.find(StaffEntity.class, nip);
            return above == null ? null : above.getSupervisorNip();
        });
    }

    /** The staff member's row, or a 404 {@code STAFF_NOT_FOUND}. */
    private static StaffEntity existing(EntityManager em, String nip) {
        StaffEntity entity = em.find(StaffEntity.class, nip);
        if (entity == null) {
            throw notFound(nip);
        }
        return entity;
    }

    static KinerjaException notFound(String nip) {
        return KinerjaException.notFound("STAFF_NOT_FOUND", "nip",
                "Pegawai dengan NIP " + nip + " tidak ditemukan", "No staff member with NIP " + nip);
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
