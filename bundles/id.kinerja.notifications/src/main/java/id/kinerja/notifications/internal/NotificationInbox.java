package id.kinerja.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageCursor;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.notification.NotificationEvents;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.jpa.CachedRows;
import id.kinerja.notifications.internal.model.NotificationEntity;

/**
 * Keeps every notification a module posts for each of its recipients (the bell) and hands it to the
 * mail outbox for those with an e-mail address; a person reads and marks their own.
 */
@Component(service = { NotificationInbox.class, EventHandler.class }, property = EventConstants.EVENT_TOPIC + "=" + NotificationEvents.TOPIC)
public class NotificationInbox implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationInbox.class);

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final MailOutbox mail;
    private final Clock clock;

    @Activate
    public NotificationInbox(@Reference(target = "(osgi.unit.name=kinerja-notifications)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference MailOutbox mail, @Reference CityTime city, @Reference NotificationSchema schema) {
        this.jpa = jpa;
        this.staff = staff;
        this.mail = mail;
        this.clock = city.clock();
    }

    @Override
    public void handleEvent(Event event) {
        Told told = Told.of(event);
        if (told == null) {
            LOG.warn("A notification without recipients or text was left out (topic {}, source {})", event.getTopic(),
                    event.getProperty(NotificationEvents.SOURCE));
            return;
        }
        try {
            keep(told);
        } catch (RuntimeException e) {
            LOG.warn("A notification of {} could not be kept: {}", told.source(), e.toString());
        }
        List<String> addresses = new ArrayList<>(told.emails());
        for (String nip : told.recipients()) {
            staff.find(nip).map(StaffMember::email).filter(e -> e != null && Told.EMAIL.matcher(e).matches()).ifPresent(addresses::add);
        }
        addresses.forEach(address -> mail.send(address, told));
    }

    void keep(Told told) {
        Timestamp now = Timestamp.from(clock.instant());
        jpa.tx(TransactionType.Required, em -> {
            for (String nip : told.recipients()) {
                NotificationEntity n = new NotificationEntity();
                n.nip = nip;
                n.source = told.source();
                n.title = told.title();
                n.titleEn = told.titleEn();
                n.text = told.text();
                n.textEn = told.textEn();
                n.link = told.link();
                n.createdAt = now;
                em.persist(n);
            }
        });
    }

    /**
     * A person's notifications, the newest first (only the unread ones if asked): their keys in that order
     * from the person's index (notifications V2), counted only so far, from the cursor when the page follows
     * one (the notifications older than its last); then the page's rows, from the shared cache where it has them.
     */
    public Page<Notification> list(String nip, boolean unreadOnly, PageRequest page) {
        String where = " WHERE n.nip = :nip" + (unreadOnly ? " AND n.readAt IS NULL" : "") + (page.after() == null ? "" : " AND n.id < :afterId");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<Long> keys = em.createQuery("SELECT n.id FROM NotificationEntity n" + where + " ORDER BY n.id DESC", Long.class)
                    .setParameter("nip", nip);
            if (page.after() != null) {
                page.after().valuesFor(1);
                keys.setParameter("afterId", page.after().value(0, Long::valueOf));
            }
            return Page.<Long, NotificationEntity>ofKeys((first, max) -> keys.setFirstResult(first).setMaxResults(max).getResultList(), page,
                    ids -> CachedRows.of(em, NotificationEntity.class, "id", ids, n -> n.id), n -> n.id, PageCursor::of).map(NotificationInbox::view);
        });
    }

    /**
     * The bell counts a person's unread notifications up to this many, then shows "99+": counting all of
     * a head's ten thousand unread ones on every page they open cost 5 ms (737 counts/s).
     */
    public static final int UNREAD_COUNTED = 100;

    /**
     * How many of a person's notifications are unread (the bell's number), counted up to
     * {@value #UNREAD_COUNTED}: that many means at least that many.
     */
    public long unread(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> (long) em.createQuery(
                "SELECT n.id FROM NotificationEntity n WHERE n.nip = :nip AND n.readAt IS NULL", Long.class).setParameter("nip", nip)
                .setMaxResults(UNREAD_COUNTED).getResultList().size());
    }

    /** Marks one of a person's notifications read; another person's is a 404, as one that does not exist. */
    public Notification markRead(String nip, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            NotificationEntity n = em.find(NotificationEntity.class, id);
            if (n == null || !n.nip.equals(nip)) {
                throw KinerjaException.notFound("NOTIFICATION_NOT_FOUND", "id", "Pemberitahuan tidak ditemukan", "No such notification");
            }
            if (n.readAt == null) {
                n.readAt = Timestamp.from(clock.instant());
            }
            return view(n);
        });
    }

    /** Marks all of a person's notifications read; how many were unread. */
    public int markAllRead(String nip) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "UPDATE NotificationEntity n SET n.readAt = :now WHERE n.nip = :nip AND n.readAt IS NULL")
                .setParameter("now", Timestamp.from(clock.instant())).setParameter("nip", nip).executeUpdate());
    }

    static Notification view(NotificationEntity n) {
        return new Notification(n.id, n.source, n.title, n.titleEn, n.text, n.textEn, n.link, n.createdAt.toInstant(),
                n.readAt == null ? null : n.readAt.toInstant());
    }
}
