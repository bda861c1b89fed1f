package id.kinerja.pay.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.pay.internal.model.DisciplineEventEntity;

/**
 * Discipline events (late, early leave, absence...) as the city's attendance system reports them:
 * recorded or imported all or none, replaced per person, day and kind, frozen once a month's slip
 * is past draft.
 */
@Component(service = DisciplineService.class)
public class DisciplineService {

    static final int MAX_EVENTS_PER_REQUEST = 200_000;
    static final int FLUSH_EVERY = 500;
    static final int LOOKUPS_ONE_BY_ONE = 20;

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final Clock clock;

    @Activate
    public DisciplineService(@Reference(target = "(osgi.unit.name=kinerja-pay)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference CityTime city, @Reference PaySchema schema) {
        this.jpa = jpa;
        this.staff = staff;
        this.clock = city.clock();
    }

    /** Records (or replaces, same person, day and kind) discipline events; all or none. */
    public int record(Caller caller, List<DisciplineEvent> events) {
        caller.actingNip();
        if (events == null || events.isEmpty() || events.size() > MAX_EVENTS_PER_REQUEST) {
            throw KinerjaException.badRequest("EVENTS_REQUIRED", "events", "Kirim 1 sampai " + MAX_EVENTS_PER_REQUEST + " kejadian",
                    "Send 1 to " + MAX_EVENTS_PER_REQUEST + " events");
        }
        Set<String> registered = registeredAmong(events);
        for (int i = 0; i < events.size(); i++) {
            DisciplineEvent e = events.get(i);
            String field = "events[" + i + "]";
            if (e == null || e.nip() == null || e.date() == null || e.kind() == null) {
                throw KinerjaException.badRequest("REQUIRED", field, "nip, date dan kind wajib diisi", "nip, date and kind are required");
            }
            boolean timed = e.kind() == DisciplineEvent.Kind.LATE || e.kind() == DisciplineEvent.Kind.EARLY_LEAVE;
            if (timed ? e.minutes() < 1 || e.minutes() > 24 * 60 : e.minutes() != 0) {
                throw KinerjaException.badRequest("INVALID_MINUTES", field + ".minutes",
                        "Menit 1..1440 untuk LATE/EARLY_LEAVE, 0 untuk yang lain", "Minutes 1..1440 for LATE/EARLY_LEAVE, 0 otherwise");
            }
            if (e.date().isAfter(LocalDate.now(clock))) {
                throw KinerjaException.unprocessable("DATE_IN_FUTURE", field + ".date", "Tanggal di masa depan", "The date is in the future");
            }
            if (!registered.contains(e.nip())) {
                throw KinerjaException.unprocessable("STAFF_NOT_FOUND", field + ".nip", "Pegawai " + e.nip() + " tidak terdaftar",
                        "No staff member " + e.nip());
            }
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            em.setFlushMode(FlushModeType.COMMIT);
            // the last event of a person, day and kind in the request counts
            Map<EventKey, DisciplineEvent> wanted = new LinkedHashMap<>();
            Map<YearMonth, Set<String>> frozenByMonth = new HashMap<>();
            for (int i = 0; i < events.size(); i++) {
                DisciplineEvent e = events.get(i);
                YearMonth month = YearMonth.from(e.date());
                if (frozenByMonth.computeIfAbsent(month, m -> frozen(em, m)).contains(e.nip())) {
                    throw KinerjaException.unprocessable("MONTH_CLOSED", "events[" + i + "].date", "Slip TPP " + e.nip() + " bulan " + month
                            + " sudah diperiksa atau ditutup; kejadian tidak dapat diubah", "The TPP slip of " + e.nip() + " for " + month
                            + " is past draft");
                }
                wanted.put(new EventKey(e.nip(), e.date(), e.kind()), e);
            }
            // the same person, day and kind recorded before is replaced: found with a query per month
            List<Long> replaced = new ArrayList<>();
            for (YearMonth month : frozenByMonth.keySet()) {
                em.createQuery("SELECT d.id, d.nip, d.date, d.kind FROM DisciplineEventEntity d WHERE d.month = :month", Object[].class)
                        .setParameter("month", month.toString()).getResultList().forEach(row -> {
                            if (wanted.containsKey(new EventKey((String) row[1], (LocalDate) row[2], (DisciplineEvent.Kind) row[3]))) {
                                replaced.add((Long) row[0]);
                            }
                        });
            }
            for (int from = 0; from < replaced.size(); from += FLUSH_EVERY) {
                em.createQuery("DELETE FROM DisciplineEventEntity d WHERE d.id IN :ids")
                        .setParameter("ids", replaced.subList(from, Math.min(replaced.size(), from + FLUSH_EVERY))).executeUpdate();
            }
            Timestamp now = Timestamp.from(clock.instant());
            int count = 0;
            for (DisciplineEvent e : wanted.values()) {
                DisciplineEventEntity entity = new DisciplineEventEntity();
                entity.nip = e.nip();
                entity.date = e.date();
                entity.month = YearMonth.from(e.date()).toString();
                entity.kind = e.kind();
                entity.minutes = e.minutes();
                entity.note = e.note() == null || e.note().isBlank() ? null : e.note().strip();
                entity.recordedAt = now;
                em.persist(entity);
                if (++count % FLUSH_EVERY == 0) {
                    em.flush();
                    em.clear();
                }
            }
            return count;
        });
    }

    /** What makes an event unique: a person, a day and a kind. */
    private record EventKey(String nip, LocalDate date, DisciplineEvent.Kind kind) {
    }

    /** The staff whose slip of a month is in a run past draft: their events of the month are frozen. */
    private static Set<String> frozen(EntityManager em, YearMonth month) {
        return new HashSet<>(em.createQuery("SELECT s.nip FROM SlipEntity s, PayRunEntity r WHERE r.id = s.runId AND s.generation = r.generation"
                + " AND s.month = :month AND r.status <> :draft", String.class).setParameter("month", month.toString()).setParameter("draft", PayRun.Status.DRAFT)
                .getResultList());
    }

    /** Records the events of a CSV file (see {@link DisciplineCsv}); all or none. */
    public int importCsv(Caller caller, String csv) {
        caller.actingNip();
        return record(caller, DisciplineCsv.parse(csv));
    }

    /**
     * The NIPs of the events that are registered staff: one lookup each for a handful, the registry
     * read a thousand at a time for a month's import instead of a query per person.
     */
    private Set<String> registeredAmong(List<DisciplineEvent> events) {
        Set<String> wanted = new HashSet<>();
        events.stream().filter(e -> e != null && e.nip() != null).forEach(e -> wanted.add(e.nip()));
        Set<String> registered = new HashSet<>();
        if (wanted.size() <= LOOKUPS_ONE_BY_ONE) {
            wanted.stream().filter(nip -> staff.find(nip).isPresent()).forEach(registered::add);
        } else {
            staff.forEachOn(LocalDate.now(clock), m -> {
                if (wanted.contains(m.nip())) {
                    registered.add(m.nip());
                }
            });
        }
        return registered;
    }

    public List<DisciplineEvent> events(String nip, YearMonth month) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT d FROM DisciplineEventEntity d WHERE d.nip = :nip"
                + " AND d.month = :month ORDER BY d.date", DisciplineEventEntity.class).setParameter("nip", nip)
                .setParameter("month", month.toString()).getResultList().stream().map(DisciplineEventEntity::toEvent).toList());
    }
}
