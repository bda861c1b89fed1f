package id.kinerja.complaints.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import id.kinerja.complaints.internal.model.AttachmentEntity;
import id.kinerja.complaints.internal.model.CategoryEntity;
import id.kinerja.complaints.internal.model.ComplaintEntity;
import id.kinerja.complaints.internal.model.ResponsibleEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.notification.NotificationEvents;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageCursor;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.jpa.CachedRows;

/**
 * The staff's side: the list of complaints paged in the database, verifying, rejecting, assigning
 * to a unit and its responsible staff, the public answer, closing, internal notes, attachments, and
 * the deadline watch's warnings and escalations. The person acting is the caller.
 */
@Component(service = ComplaintHandling.class)
public class ComplaintHandling {

    private final JpaTemplate jpa;
    private final ComplaintRecords records;
    private final StaffService staff;
    private final OrgUnitService units;

    /** A day as people write it, in a notification: 23 Feb 2027. */
    private static final DateTimeFormatter DAY_ID = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Tells the staff assigned and the citizen answered (the notifications' topic); none in unit tests. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public ComplaintHandling(@Reference(target = "(osgi.unit.name=kinerja-complaints)") JpaTemplate jpa, @Reference ComplaintRecords records,
            @Reference StaffService staff, @Reference OrgUnitService units) {
        this.jpa = jpa;
        this.records = records;
        this.staff = staff;
        this.units = units;
    }

    /**
     * Complaints, the latest first, paged in the database: of a state, of some units (the unit it is
     * assigned to, else the one the citizen named), of one responsible staff member, or only those past
     * their deadline (verification or answer) today.
     *
     * @param unitCodes {@code null} for every unit
     * @param responsibleNip {@code null} for anybody's
     */
    public Page<StaffView> list(ComplaintStatus status, Collection<String> unitCodes, String responsibleNip, boolean overdueOnly, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("c.status = :status");
        }
        if (unitCodes != null) {
            conditions.add("COALESCE(c.unitCode, c.reportedUnitCode) IN :units");
        }
        if (responsibleNip != null) {
            conditions.add("EXISTS (SELECT r FROM ResponsibleEntity r WHERE r.complaintId = c.id AND r.nip = :nip)");
        }
        if (overdueOnly) {
            conditions.add("((c.status = :received AND c.verifyDue < :today) OR (c.status IN :working AND c.answerDue < :today))");
        }
        if (page.after() != null) {
            // after the cursor's complaint in the list's order; "<>" rather than "<" in the second condition, the same
            // complaints, as one the index cannot serve, so that PostgreSQL plans the statement without weighing an
            // index for each side of the OR (a third of the time it planned it in, measured)
            conditions.add("c.receivedAt <= :afterAt AND (c.receivedAt <> :afterAt OR c.id < :afterId)");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        LocalDate today = records.today();
        return jpa.txExpr(TransactionType.Supports, em -> {
            // the keys in the list's order (an index holds it: newest first, per status too), read to the page and on, so
            // counted only so far ("more than ..." rather than a count of every complaint of the city), from the cursor
            // when the page follows one (the complaints after it in that order); then the page's rows
            // (only the numbers: a time read back costs more than a number, and only the page's last one is needed, for its cursor)
            TypedQuery<Long> keys = em.createQuery("SELECT c.id FROM ComplaintEntity c" + where
                    + " ORDER BY c.receivedAt DESC, c.id DESC", Long.class);
            if (page.after() != null) {
                page.after().valuesFor(2);
                keys.setParameter("afterAt", page.after().value(0, at -> Timestamp.from(Instant.parse(at))))
                        .setParameter("afterId", page.after().value(1, Long::valueOf));
            }
            if (status != null) {
                keys.setParameter("status", status);
            }
            if (unitCodes != null) {
                keys.setParameter("units", List.copyOf(unitCodes));
            }
            if (responsibleNip != null) {
                keys.setParameter("nip", responsibleNip);
            }
            if (overdueOnly) {
                keys.setParameter("received", ComplaintStatus.RECEIVED).setParameter("today", today)
                        .setParameter("working", List.of(ComplaintStatus.VERIFIED, ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS));
            }
            Page.KeyReader<Long> ids = (first, max) -> keys.setFirstResult(first).setMaxResults(max).getResultList();
            Map<Long, Timestamp> received = new HashMap<>();
            Page<ComplaintEntity> rows = Page.ofKeys(ids, page, shown -> {
                List<ComplaintEntity> read = CachedRows.of(em, ComplaintEntity.class, "id", shown, c -> c.id);
                read.forEach(c -> received.put(c.id, c.receivedAt));
                return read;
            }, c -> c.id, id -> received.containsKey(id) ? PageCursor.of(received.get(id).toInstant(), id) : null);
            Map<Long, List<String>> responsible = ComplaintRecords.responsible(em, rows.items());
            return rows.map(c -> records.staffView(em, c, responsible.getOrDefault(c.id, List.of()), false));
        });
    }

    public StaffView get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> records.staffView(em, ComplaintRecords.find(em, id), true));
    }

    public StaffView verify(Caller caller, long id) {
        String actor = caller.actingNip();
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = ComplaintRecords.find(em, id);
            records.move(em, e, ComplaintStatus.VERIFIED, actor);
            CategoryEntity category = em.find(CategoryEntity.class, e.categoryCode);
            e.verifiedAt = Timestamp.from(records.clock().instant());
            e.answerDue = records.workingDays().plus(records.today(), category.handling.workingDays());
            return records.staffView(em, e, true);
        });
    }

    public StaffView reject(Caller caller, long id, String reason) {
        String actor = caller.actingNip();
        String why = ComplaintRecords.text(reason, "reason", 1000, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = ComplaintRecords.find(em, id);
            records.move(em, e, ComplaintStatus.REJECTED, actor);
            e.rejectReason = why;
            records.message(em, e, Message.Kind.PUBLIC_ANSWER, "Pengaduan ditolak: " + why, actor);
            return records.staffView(em, e, true);
        });
    }

    /** Assigns (or reassigns) to a unit and, optionally, to responsible staff of it. */
    public StaffView assign(Caller caller, long id, String unitCode, List<String> responsible) {
        String actor = caller.actingNip();
        if (unitCode == null || units.find(unitCode.strip()).isEmpty()) {
            throw KinerjaException.unprocessable("UNIT_NOT_FOUND", "unitCode", "Unit kerja tidak dikenal: " + unitCode, "Unknown unit: " + unitCode);
        }
        List<String> nips = responsible == null ? List.of() : responsible.stream().map(String::strip).distinct().toList();
        for (String nip : nips) {
            if (staff.find(nip).filter(m -> m.status().isEmployed()).isEmpty()) {
                throw KinerjaException.unprocessable("STAFF_NOT_FOUND", "responsible", "Pegawai " + nip + " tidak terdaftar atau tidak aktif",
                        "No employed staff member " + nip);
            }
        }
        StaffView assigned = jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = ComplaintRecords.find(em, id);
            records.move(em, e, ComplaintStatus.ASSIGNED, actor);
            e.unitCode = unitCode.strip();
            e.assignedAt = Timestamp.from(records.clock().instant());
            em.createQuery("DELETE FROM ResponsibleEntity r WHERE r.complaintId = :c").setParameter("c", e.id).executeUpdate();
            for (String nip : nips) {
                ResponsibleEntity r = new ResponsibleEntity();
                r.complaintId = e.id;
                r.nip = nip;
                em.persist(r);
            }
            e.responsibleNips = ComplaintRecords.keptResponsible(nips);
            em.flush();
            return records.staffView(em, e, true);
        });
        if (!nips.isEmpty()) {
            String due = assigned.answerDue() == null ? "" : " paling lambat " + DAY_ID.format(assigned.answerDue());
            String dueEn = assigned.answerDue() == null ? "" : " by " + DAY_EN.format(assigned.answerDue());
            post(NotificationEvents.of("kinerja-complaints", nips, "Pengaduan " + assigned.trackingCode() + " ditugaskan kepada Anda",
                    "Complaint " + assigned.trackingCode() + " is assigned to you", assigned.categoryName() + ": tindak lanjuti dan jawab pelapor" + due + ".",
                    assigned.categoryName() + ": follow it up and answer the reporter" + dueEn + ".", "pengaduan-saya/" + assigned.id()));
        }
        return assigned;
    }

    /** Posts a notification (after the change is committed); nobody listening changes nothing. */
    private void post(Map<String, Object> notification) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(NotificationEvents.TOPIC, notification));
        }
    }

    public StaffView start(Caller caller, long id) {
        String actor = caller.actingNip();
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = ComplaintRecords.find(em, id);
            records.move(em, e, ComplaintStatus.IN_PROGRESS, actor);
            return records.staffView(em, e, true);
        });
    }

    /** The public answer: the citizen sees it with their code. */
    public StaffView answer(Caller caller, long id, String answer) {
        String actor = caller.actingNip();
        String text = ComplaintRecords.text(answer, "answer", ComplaintRecords.MAX_TEXT, true);
        String[] citizen = new String[1];
        StaffView answered = jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = ComplaintRecords.find(em, id);
            records.move(em, e, ComplaintStatus.ANSWERED, actor);
            e.answeredAt = Timestamp.from(records.clock().instant());
            records.message(em, e, Message.Kind.PUBLIC_ANSWER, text, actor);
            citizen[0] = e.anonymous == 1 ? null : e.contactEmail;
            return records.staffView(em, e, true);
        });
        if (citizen[0] != null) {
            // the citizen who left an address reads the public answer, as on the tracking page: no staff name, no note
            Map<String, Object> mail = new HashMap<>();
            mail.put(NotificationEvents.SOURCE, "kinerja-complaints");
            mail.put(NotificationEvents.EMAILS, new String[] { citizen[0] });
            mail.put(NotificationEvents.TITLE, "Jawaban atas pengaduan " + answered.trackingCode());
            mail.put(NotificationEvents.TITLE_EN, "The answer to complaint " + answered.trackingCode());
            mail.put(NotificationEvents.TEXT, text + "\n\nLacak, nilai atau buka kembali pengaduan Anda dengan kode " + answered.trackingCode()
                    + " dan kata rahasianya.");
            mail.put(NotificationEvents.TEXT_EN, text + "\n\nFollow, rate or reopen your complaint with the code " + answered.trackingCode()
                    + " and its secret.");
            mail.put(NotificationEvents.LINK, "aduan/lacak");
            post(mail);
        }
        return answered;
    }

    public StaffView close(Caller caller, long id) {
        String actor = caller.actingNip();
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = ComplaintRecords.find(em, id);
            records.move(em, e, ComplaintStatus.CLOSED, actor);
            e.closedAt = Timestamp.from(records.clock().instant());
            return records.staffView(em, e, true);
        });
    }

    /** A note between the staff, never shown to the citizen. */
    public StaffView note(Caller caller, long id, String note) {
        String actor = caller.actingNip();
        String text = ComplaintRecords.text(note, "note", ComplaintRecords.MAX_TEXT, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = ComplaintRecords.find(em, id);
            records.message(em, e, Message.Kind.INTERNAL_NOTE, text, actor);
            return records.staffView(em, e, true);
        });
    }

    public List<Attachment> attachments(long complaintId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ComplaintRecords.find(em, complaintId);
            return ComplaintRecords.attachments(em, complaintId);
        });
    }

    public AttachmentContent attachment(long complaintId, long attachmentId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
            if (a == null || a.complaintId != complaintId) {
                throw KinerjaException.notFound("ATTACHMENT_NOT_FOUND", null, "Lampiran tidak ditemukan", "Attachment not found");
            }
            return new AttachmentContent(a.fileName, a.contentType, a.content);
        });
    }

    /** How many complaints one transaction of the deadline check handles (see {@link #checkDeadlines}). */
    static final int DEADLINE_BATCH = 100;

    /**
     * Gives each open complaint, once per deadline, a warning when its deadline is near and an
     * escalation to the head of its unit when it passed (kept in its history, staff only); returns
     * the escalations made, for the module to announce.
     * <p>
     * Only the complaints that may need one are read: open, due before the end of the warning period,
     * not escalated for that deadline yet. They are handled {@value #DEADLINE_BATCH} at a time, each
     * batch its own short transaction, in the order of their numbers: the desk's lists never wait
     * for the whole check (one transaction over every open complaint of a city held the table's locks
     * for minutes and made the lists fail), and a check stopped midway keeps what it did.
     */
    public List<Escalation> checkDeadlines() {
        LocalDate today = records.today();
        // a deadline warns from the day its working days left are the warning period's: due before this day
        LocalDate warnBefore = records.workingDays().plus(today, Math.max(0, records.config().warningWorkingDays()) + 1);
        Map<String, String> heads = new HashMap<>();
        List<Escalation> made = new ArrayList<>();
        long after = Long.MIN_VALUE;
        while (true) {
            List<Map<String, Object>> notices = new ArrayList<>();
            long from = after;
            List<ComplaintEntity> batch = new ArrayList<>();
            made.addAll(jpa.txExpr(TransactionType.Required, em -> {
                batch.addAll(em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.id > :after AND ("
                        + "(c.status = :received AND c.verifyDue < :warnBefore AND (c.escalatedDue IS NULL OR c.escalatedDue <> c.verifyDue))"
                        + " OR (c.status IN :working AND c.answerDue < :warnBefore AND (c.escalatedDue IS NULL OR c.escalatedDue <> c.answerDue)))"
                        + " ORDER BY c.id", ComplaintEntity.class)
                        .setParameter("after", from).setParameter("received", ComplaintStatus.RECEIVED).setParameter("warnBefore", warnBefore)
                        .setParameter("working", List.of(ComplaintStatus.VERIFIED, ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS))
                        // each as the database holds it now, not as the shared cache kept it
                        .setHint("eclipselink.refresh", "true").setMaxResults(DEADLINE_BATCH).getResultList());
                List<Escalation> escalated = new ArrayList<>();
                // whom a warning goes to: one query for the batch, not one per warning
                Map<Long, List<String>> responsible = ComplaintRecords.responsible(em, batch);
                for (ComplaintEntity e : batch) {
                    checkDeadline(em, e, today, heads, responsible.getOrDefault(e.id, List.of()), escalated, notices);
                }
                return escalated;
            }));
            notices.forEach(this::post);
            if (batch.size() < DEADLINE_BATCH) {
                return made;
            }
            after = batch.get(batch.size() - 1).id;
        }
    }

    /** A warning or an escalation for one complaint, if its deadline calls for one not given yet. */
    private void checkDeadline(EntityManager em, ComplaintEntity e, LocalDate today, Map<String, String> heads, List<String> responsible,
            List<Escalation> escalated, List<Map<String, Object>> notices) {
        Deadline d = records.deadline(e, today);
        if (d == null) {
            return;
        }
        LocalDate due = d.due();
        if (d.overdue() && !due.equals(e.escalatedDue)) {
            String head = e.unitCode == null ? null : heads.computeIfAbsent(e.unitCode, records::headOf);
            e.escalatedDue = due;
            records.message(em, e, Message.Kind.ESCALATION, "Lewat tenggat " + d.due() + (head == null ? "; unit belum ditetapkan atau tanpa kepala"
                    : "; diteruskan ke kepala unit " + e.unitCode + " (" + head + ")"), null);
            escalated.add(new Escalation(e.id, e.trackingCode, e.unitCode, head, d.due()));
            if (head != null) {
                notices.add(NotificationEvents.of("kinerja-complaints", List.of(head), "Pengaduan " + e.trackingCode + " lewat tenggat",
                        "Complaint " + e.trackingCode + " is past its deadline", "Tenggat " + DAY_ID.format(due) + " terlewati; pengaduan unit "
                                + e.unitCode + " ini diteruskan kepada Anda sebagai kepala unit.", "The deadline " + DAY_EN.format(due)
                                + " passed; this complaint of unit " + e.unitCode + " is escalated to you as its head.", "pengaduan/" + e.id));
            }
        } else if (d.warning() && !due.equals(e.warnedDue)) {
            e.warnedDue = due;
            records.message(em, e, Message.Kind.WARNING, "Tenggat " + d.due() + ": tinggal " + d.workingDaysLeft() + " hari kerja", null);
            if (!responsible.isEmpty()) {
                notices.add(NotificationEvents.of("kinerja-complaints", responsible, "Tenggat pengaduan " + e.trackingCode + " sudah dekat",
                        "The deadline of complaint " + e.trackingCode + " is near", "Tinggal " + d.workingDaysLeft() + " hari kerja sampai "
                                + DAY_ID.format(due) + ".", d.workingDaysLeft() + " working days left until " + DAY_EN.format(due) + ".",
                        "pengaduan-saya/" + e.id));
            }
        }
    }
}
