package id.kinerja.complaints.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import id.kinerja.complaints.internal.model.CategoryEntity;
import id.kinerja.complaints.internal.model.ComplaintEntity;
import id.kinerja.complaints.internal.model.MessageEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Texts;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.time.CityTime;

/**
 * What the complaints' services share: the city's policy ({@code etc/id.kinerja.complaints.cfg}) and
 * calendar, a complaint's state machine and history, its deadlines in working days, the citizen's
 * and the staff's views of it (the reporter's identity never reaches the staff's), and the checks of
 * texts and secrets.
 */
@Component(service = ComplaintRecords.class, configurationPid = "id.kinerja.complaints")
@Designate(ocd = ComplaintsConfig.class)
public class ComplaintRecords {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_TEXT = 4000;
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final OrgUnitService units;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile ComplaintsConfig config;
    private volatile WorkingDays workingDays;

    @Activate
    public ComplaintRecords(@Reference OrgUnitService units, @Reference CityTime city, @Reference ComplaintsSchema schema, ComplaintsConfig config) {
        this.units = units;
        this.clock = city.clock();
        modified(config);
    }

    @Modified
    void modified(ComplaintsConfig changed) {
        this.workingDays = new WorkingDays(holidays(changed.holidays()));
        this.config = changed;
    }

    ComplaintsConfig config() {
        return config;
    }

    WorkingDays workingDays() {
        return workingDays;
    }

    Clock clock() {
        return clock;
    }

    /** The city's time zone, as its clock reads it now. */
    ZoneId zone() {
        return clock.getZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static Set<LocalDate> holidays(String text) {
        try {
            return text == null || text.isBlank() ? Set.of()
                    : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(LocalDate::parse).collect(Collectors.toSet());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("holidays: " + e.getParsedString() + " is not a date (YYYY-MM-DD)", e);
        }
    }

    /** Where a complaint stands: against verification while received, against the answer after. */
    Deadline deadline(ComplaintEntity c, LocalDate today) {
        LocalDate due = c.status == ComplaintStatus.RECEIVED ? c.verifyDue : c.answerDue == null ? null : c.answerDue;
        return due == null || !c.status.isOpen() ? null : deadlineOf(due, today, workingDays, config.warningWorkingDays());
    }

    /** Working days left until {@code due}; a warning from {@code warningDays} before, overdue the day after. */
    static Deadline deadlineOf(LocalDate due, LocalDate today, WorkingDays workingDays, int warningDays) {
        int left = workingDays.between(today, due);
        boolean overdue = today.isAfter(due);
        return new Deadline(due, left, !overdue && left <= warningDays, overdue);
    }

    void move(EntityManager em, ComplaintEntity e, ComplaintStatus to, String actor) {
        if (!e.status.canGoTo(to)) {
            throw KinerjaException.conflict("INVALID_TRANSITION", "status", "Pengaduan berstatus " + e.status + " tidak dapat menjadi " + to,
                    "A complaint in " + e.status + " cannot become " + to);
        }
        e.status = to;
        e.updatedAt = Timestamp.from(clock.instant());
        message(em, e, Message.Kind.STATUS_CHANGE, null, actor);
    }

    void message(EntityManager em, ComplaintEntity e, Message.Kind kind, String text, String author) {
        MessageEntity m = new MessageEntity();
        m.complaintId = e.id;
        m.kind = kind;
        m.status = e.status;
        m.text = text;
        m.authorNip = author;
        m.createdAt = Timestamp.from(clock.instant());
        em.persist(m);
    }

    ComplaintEntity own(EntityManager em, String code, String secret) {
        ComplaintEntity e = code == null ? null : em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.trackingCode = :code", ComplaintEntity.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT)).getResultList().stream().findFirst().orElse(null);
        // the same answer, taking the same work, whether the code is unknown or the secret wrong
        String given = sha256(secret == null ? "" : secret.strip());
        boolean match = e != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), e.secretHash.getBytes(StandardCharsets.US_ASCII));
        if (!match) {
            throw KinerjaException.notFound("COMPLAINT_NOT_FOUND", null, "Kode pelacakan atau kata sandi pengaduan tidak cocok",
                    "The tracking code or the complaint's secret does not match");
        }
        return e;
    }

    static ComplaintEntity find(EntityManager em, long id) {
        ComplaintEntity e = em.find(ComplaintEntity.class, id);
        if (e == null) {
            throw KinerjaException.notFound("COMPLAINT_NOT_FOUND", null, "Pengaduan " + id + " tidak ditemukan", "Complaint " + id + " not found");
        }
        return e;
    }

    LocalDate reopenUntil(ComplaintEntity e) {
        if ((e.status != ComplaintStatus.ANSWERED && e.status != ComplaintStatus.CLOSED) || e.answeredAt == null) {
            return null;
        }
        return LocalDate.ofInstant(e.answeredAt.toInstant(), zone()).plusDays(config.reopenDays());
    }

    PublicView publicView(EntityManager em, ComplaintEntity e) {
        List<Message> history = messages(em, e.id).stream().filter(m -> m.kind().isPublic())
                .map(m -> new Message(m.kind(), m.status(), m.text(), null, m.at())).toList();
        CategoryEntity category = em.find(CategoryEntity.class, e.categoryCode);
        LocalDate until = reopenUntil(e);
        return new PublicView(e.trackingCode, category.name, e.status, e.receivedAt.toInstant(), e.verifyDue,
                e.answerDue == null ? null : e.answerDue, history, e.rating, until,
                e.rating == null && (e.status == ComplaintStatus.ANSWERED || e.status == ComplaintStatus.CLOSED));
    }

    StaffView staffView(EntityManager em, ComplaintEntity e, boolean full) {
        return staffView(em, e, responsible(em, List.of(e)).getOrDefault(e.id, List.of()), full);
    }

    /** The longest text of NIPs a complaint's row keeps ({@code COMPLAINT.RESPONSIBLE_NIPS}). */
    static final int KEPT_RESPONSIBLE_LENGTH = 2_000;

    /**
     * The text a complaint's row keeps of its responsible staff: their NIPs in order, comma-separated;
     * {@code null} (not kept: read from {@code COMPLAINT_STAFF}) when longer than the column.
     */
    static String keptResponsible(Collection<String> nips) {
        String kept = String.join(",", new TreeSet<>(nips));
        return kept.length() <= KEPT_RESPONSIBLE_LENGTH ? kept : null;
    }

    /**
     * The responsible staff of complaints, each in NIP order: as their rows keep them, and for the rows that
     * keep none (assigned before complaints V4) from {@code COMPLAINT_STAFF}, in one query.
     */
    static Map<Long, List<String>> responsible(EntityManager em, Collection<ComplaintEntity> complaints) {
        Map<Long, List<String>> byComplaint = new HashMap<>();
        List<Long> unkept = new ArrayList<>();
        for (ComplaintEntity c : complaints) {
            if (c.responsibleNips == null) {
                unkept.add(c.id);
            } else if (!c.responsibleNips.isEmpty()) {
                byComplaint.put(c.id, List.of(c.responsibleNips.split(",")));
            }
        }
        if (!unkept.isEmpty()) {
            em.createQuery("SELECT r.complaintId, r.nip FROM ResponsibleEntity r WHERE r.complaintId IN :ids ORDER BY r.nip", Object[].class)
                    .setParameter("ids", unkept).getResultList()
                    .forEach(row -> byComplaint.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        }
        return byComplaint;
    }

    StaffView staffView(EntityManager em, ComplaintEntity e, List<String> responsible, boolean full) {
        CategoryEntity category = em.find(CategoryEntity.class, e.categoryCode);
        Deadline deadline = deadline(e, today());
        String escalateTo = full && deadline != null && deadline.overdue() && e.unitCode != null ? headOf(e.unitCode) : null;
        return new StaffView(e.id, e.trackingCode, e.categoryCode, category.name, e.reportedUnitCode, e.unitCode, responsible, e.description, e.location,
                e.latitude, e.longitude, e.anonymous == 1, e.confidential == 1, e.status, e.receivedAt.toInstant(), e.verifyDue,
                e.verifiedAt == null ? null : e.verifiedAt.toInstant(), e.answerDue == null ? null : e.answerDue,
                e.answeredAt == null ? null : e.answeredAt.toInstant(), e.closedAt == null ? null : e.closedAt.toInstant(), deadline, escalateTo,
                e.rejectReason, e.reopenCount, e.rating, e.ratingComment, full ? attachments(em, e.id) : List.of(), full ? messages(em, e.id) : List.of());
    }

    static List<Attachment> attachments(EntityManager em, long complaintId) {
        return em.createQuery("SELECT a.id, a.fileName, a.contentType, a.size, a.sha256, a.createdAt FROM AttachmentEntity a"
                + " WHERE a.complaintId = :c ORDER BY a.id", Object[].class).setParameter("c", complaintId).getResultList().stream()
                .map(r -> new Attachment((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3], (String) r[4], ((Timestamp) r[5]).toInstant()))
                .toList();
    }

    /** Who answers for a unit: its recorded head, else the head of the nearest unit above it (the registry's record). */
    String headOf(String unitCode) {
        return units.headOf(unitCode).orElse(null);
    }

    static List<Message> messages(EntityManager em, long complaintId) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.complaintId = :c ORDER BY m.createdAt, m.id", MessageEntity.class)
                .setParameter("c", complaintId).getResultList().stream().map(MessageEntity::toMessage).toList();
    }

    String randomText(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(chars);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String text(String value, String field, int max, boolean required) {
        return required ? Texts.required(value, field, max) : Texts.optional(value, field, max);
    }
}
