package id.kinerja.complaints.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.annotation.JsonFormat;

import id.kinerja.complaints.internal.model.AttachmentEntity;
import id.kinerja.complaints.internal.model.CategoryEntity;
import id.kinerja.complaints.internal.model.ComplaintEntity;
import id.kinerja.complaints.internal.model.MessageEntity;
import id.kinerja.complaints.internal.model.ResponsibleEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.rest.ClientRateLimits;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

/**
 * Complaints: filed by citizens without an account (a tracking code and a secret to follow them),
 * handled by the city's staff through their states with deadlines in working days, rated by the
 * citizen. The reporter's identity never leaves this class towards staff.
 */
@Component(service = ComplaintService.class, configurationPid = "id.kinerja.complaints")
@Designate(ocd = ComplaintsConfig.class)
public class ComplaintService {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_TEXT = 4000;
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    /** A complaint as a citizen files it. */
    public record NewComplaint(String categoryCode, String unitCode, String description, String location, BigDecimal latitude,
            BigDecimal longitude, String contactName, String contactEmail, String contactPhone, Boolean anonymous, Boolean confidential) {
    }

    /** What the citizen keeps: the code and the secret (shown once). */
    public record Receipt(String trackingCode, String secret, LocalDate verifyDue) {
    }

    /** What the citizen sees with the code and the secret: never names of staff, never notes. */
    public record PublicView(String trackingCode, String category, ComplaintStatus status, Instant receivedAt, LocalDate verifyDue,
            LocalDate answerDue, List<Message> history, Integer rating, LocalDate reopenUntil, boolean canRate) {
    }

    /** What the staff see: everything but the reporter's identity. */
    public record StaffView(long id, String trackingCode, String categoryCode, String categoryName, String reportedUnitCode, String unitCode,
            List<String> responsible, String description, String location, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal latitude,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal longitude, boolean anonymous, boolean confidential, ComplaintStatus status,
            Instant receivedAt, LocalDate verifyDue, Instant verifiedAt, LocalDate answerDue, Instant answeredAt, Instant closedAt,
            Deadline deadline, String escalateTo, String rejectReason, int reopenCount, Integer rating, String ratingComment, List<Attachment> attachments,
            List<Message> history) {
    }

    /** Where a complaint stands against its deadline, in working days of the city's calendar and time zone. */
    public record Deadline(LocalDate due, int workingDaysLeft, boolean warning, boolean overdue) {
    }

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final OrgUnitService units;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile ComplaintsConfig config;
    private volatile WorkingDays workingDays;
    private final ClientRateLimits limits;

    @Activate
    public ComplaintService(@Reference(target = "(osgi.unit.name=kinerja-complaints)") JpaTemplate jpa, @Reference StaffService staff, @Reference CityTime city,
            @Reference OrgUnitService units, @Reference ClientRateLimits limits, @Reference ComplaintsSchema schema, ComplaintsConfig config) {
        this.jpa = jpa;
        this.limits = limits;
        this.staff = staff;
        this.units = units;
        this.clock = city.clock();
        modified(config);
    }

    /** The city's time zone, as its clock reads it now. */
    private ZoneId zone() {
        return clock.getZone();
    }

    @Modified
    void modified(ComplaintsConfig changed) {
        this.workingDays = new WorkingDays(holidays(changed.holidays()));
        this.config = changed;
    }

    /**
     * Takes one new complaint of a client's hourly allowance, or refuses it (429 with the seconds to
     * wait). The client is the address the REST layer saw the request come from (behind the city's
     * trusted proxies, the one they forwarded: {@code RestResource.CLIENT_ADDRESS_ATTRIBUTE}).
     */
    public void admit(String client) {
        takeHourly("complaints.intake", client, config.intakePerHour(), "pengaduan", "complaints");
    }

    /** Takes one lookup (tracking code, Open311 request) of a client's hourly allowance, or refuses it (429). */
    public void admitLookup(String client) {
        takeHourly("complaints.lookup", client, config.lookupsPerHour(), "permintaan", "requests");
    }

    private void takeHourly(String purpose, String client, int perHour, String whatId, String whatEn) {
        long wait = limits.acquire(purpose, client, Math.max(1, perHour), Duration.ofHours(1));
        if (wait > 0) {
            throw KinerjaException.tooManyRequests("TOO_MANY_REQUESTS", wait,
                    "Terlalu banyak " + whatId + " dari alamat ini; coba lagi dalam " + wait + " detik",
                    "Too many " + whatEn + " from this address; try again in " + wait + " seconds");
        }
    }

    static Set<LocalDate> holidays(String text) {
        try {
            return text == null || text.isBlank() ? Set.of()
                    : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(LocalDate::parse).collect(Collectors.toSet());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("holidays: " + e.getParsedString() + " is not a date (YYYY-MM-DD)", e);
        }
    }

    // ---- categories

    public List<Category> categories() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM CategoryEntity c WHERE c.active = 1 ORDER BY c.code",
                CategoryEntity.class).getResultList().stream().map(CategoryEntity::toCategory).toList());
    }

    // ---- the citizen's side

    public Receipt file(NewComplaint c) {
        if (c == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Isi pengaduan wajib dikirim", "The complaint is required");
        }
        String description = text(c.description(), "description", MAX_DESCRIPTION, true);
        if (description.length() < 10) {
            throw KinerjaException.badRequest("TOO_SHORT", "description", "Uraikan pengaduan paling sedikit 10 karakter",
                    "Describe the complaint in at least 10 characters");
        }
        boolean anonymous = Boolean.TRUE.equals(c.anonymous());
        String email = text(c.contactEmail(), "contactEmail", 200, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw KinerjaException.badRequest("INVALID_EMAIL", "contactEmail", "Alamat surel tidak valid", "Invalid e-mail address");
        }
        String phone = text(c.contactPhone(), "contactPhone", 40, false);
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{6,20}")) {
            throw KinerjaException.badRequest("INVALID_PHONE", "contactPhone", "Nomor telepon tidak valid", "Invalid phone number");
        }
        if (c.latitude() != null && c.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                || c.longitude() != null && c.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0 || (c.latitude() == null) != (c.longitude() == null)) {
            throw KinerjaException.badRequest("INVALID_COORDINATES", "latitude", "Koordinat tidak valid (lintang -90..90, bujur -180..180, keduanya)",
                    "Invalid coordinates (latitude -90..90, longitude -180..180, both)");
        }
        String location = text(c.location(), "location", 500, false);
        String name = text(c.contactName(), "contactName", 200, false);
        String reportedUnit = text(c.unitCode(), "unitCode", 40, false);
        if (reportedUnit != null && units.find(reportedUnit).isEmpty()) {
            throw KinerjaException.unprocessable("UNIT_NOT_FOUND", "unitCode", "Unit kerja " + reportedUnit + " tidak dikenal", "Unknown unit " + reportedUnit);
        }
        String secret = randomText(20);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone());
        // a burst of complaints must never fail a citizen: a lock the database could not get in time is tried again
        return TransientFailures.retry(() -> jpa.txExpr(TransactionType.Required, em -> {
            CategoryEntity category = c.categoryCode() == null ? null : em.find(CategoryEntity.class, c.categoryCode().strip());
            if (category == null || category.active == 0) {
                throw KinerjaException.unprocessable("CATEGORY_NOT_FOUND", "categoryCode", "Kategori layanan tidak dikenal", "Unknown service category");
            }
            ComplaintEntity e = new ComplaintEntity();
            e.trackingCode = "ADU-" + randomText(8);
            e.secretHash = sha256(secret);
            e.categoryCode = category.code;
            e.reportedUnitCode = reportedUnit;
            e.description = description;
            e.location = location;
            e.latitude = c.latitude();
            e.longitude = c.longitude();
            e.anonymous = anonymous ? 1 : 0;
            e.confidential = Boolean.TRUE.equals(c.confidential()) ? 1 : 0;
            // an anonymous complaint keeps no contact at all
            e.contactName = anonymous ? null : name;
            e.contactEmail = anonymous ? null : email;
            e.contactPhone = anonymous ? null : phone;
            e.status = ComplaintStatus.RECEIVED;
            e.receivedAt = Timestamp.from(now);
            e.verifyDue = Date.valueOf(workingDays.plus(today, config.verificationWorkingDays()));
            e.updatedAt = e.receivedAt;
            em.persist(e);
            em.flush();
            message(em, e, Message.Kind.STATUS_CHANGE, null, null);
            return new Receipt(e.trackingCode, secret, e.verifyDue.toLocalDate());
        }));
    }

    /** The citizen's view; unknown code and wrong secret answer the same 404. */
    public PublicView track(String code, String secret) {
        return jpa.txExpr(TransactionType.Supports, em -> publicView(em, own(em, code, secret)));
    }

    /** The citizen rates the answer (1..5 with a comment), once, after it was answered. */
    public PublicView rate(String code, String secret, Integer rating, String comment) {
        if (rating == null || rating < 1 || rating > 5) {
            throw KinerjaException.badRequest("INVALID_RATING", "rating", "Nilai 1 sampai 5", "A rating of 1 to 5");
        }
        String text = text(comment, "comment", 1000, false);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = own(em, code, secret);
            if (e.status != ComplaintStatus.ANSWERED && e.status != ComplaintStatus.CLOSED) {
                throw KinerjaException.conflict("NOT_ANSWERED", "status", "Pengaduan belum dijawab", "The complaint is not answered yet");
            }
            if (e.rating != null) {
                throw KinerjaException.conflict("ALREADY_RATED", "rating", "Jawaban sudah dinilai", "The answer is rated already");
            }
            e.rating = rating;
            e.ratingComment = text;
            e.ratedAt = Timestamp.from(clock.instant());
            return publicView(em, e);
        });
    }

    /** The citizen reopens an answered (or closed) complaint within the window, saying why. */
    public PublicView reopen(String code, String secret, String reason) {
        String why = text(reason, "reason", MAX_TEXT, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = own(em, code, secret);
            LocalDate until = reopenUntil(e);
            if (until == null || LocalDate.now(clock).isAfter(until)) {
                throw KinerjaException.conflict("REOPEN_NOT_POSSIBLE", "status", "Pengaduan hanya dapat dibuka kembali sampai " + config.reopenDays()
                        + " hari setelah dijawab", "A complaint can be reopened up to " + config.reopenDays() + " days after its answer");
            }
            move(em, e, ComplaintStatus.IN_PROGRESS, null);
            e.reopenCount++;
            e.rating = null;
            e.ratingComment = null;
            e.ratedAt = null;
            message(em, e, Message.Kind.CITIZEN_REPLY, why, null);
            return publicView(em, e);
        });
    }

    /**
     * A complaint as Open311 publishes it: never a confidential one, never the reporter, never their
     * own words or address (either may name them), the location rounded to about 100 m.
     */
    public record Published(String trackingCode, String status, String statusNotes, String serviceCode, String serviceName,
            String unitName, Instant requestedAt, Instant updatedAt, LocalDate expected, BigDecimal latitude, BigDecimal longitude) {
    }

    /** Decimal places of a published coordinate: 3, about 110 m. */
    static final int PUBLIC_COORDINATE_SCALE = 3;

    static BigDecimal publicCoordinate(BigDecimal exact) {
        return exact == null ? null : exact.setScale(PUBLIC_COORDINATE_SCALE, java.math.RoundingMode.HALF_UP);
    }

    /**
     * Published complaints, the latest first: of the given tracking codes (whoever knows a code may
     * follow it), or, where the city publishes its complaints (setting {@code publishRequests}, off by
     * default), of a service, a state ({@code open}/{@code closed}) and a time range (by default the
     * last 90 days); at most 1000.
     */
    public List<Published> published(List<String> codes, String serviceCode, String open311Status, Instant from, Instant to) {
        if ((codes == null || codes.isEmpty()) && !config.publishRequests()) {
            return List.of();
        }
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(java.time.Duration.ofDays(90)) : from;
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ComplaintEntity> q;
            if (codes != null && !codes.isEmpty()) {
                q = em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.trackingCode IN :codes AND c.confidential = 0 ORDER BY c.receivedAt DESC",
                        ComplaintEntity.class).setParameter("codes", codes.stream().map(c -> c.strip().toUpperCase(java.util.Locale.ROOT)).toList());
            } else {
                q = em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.confidential = 0 AND c.receivedAt >= :start AND c.receivedAt <= :end"
                        + (serviceCode == null ? "" : " AND c.categoryCode = :service") + (open311Status == null ? "" : " AND c.status IN :states")
                        + " ORDER BY c.receivedAt DESC", ComplaintEntity.class)
                        .setParameter("start", Timestamp.from(start)).setParameter("end", Timestamp.from(end));
                if (serviceCode != null) {
                    q.setParameter("service", serviceCode);
                }
                if (open311Status != null) {
                    q.setParameter("states", Arrays.stream(ComplaintStatus.values()).filter(st -> st.open311().equals(open311Status)).toList());
                }
            }
            List<ComplaintEntity> list = q.setMaxResults(1000).getResultList().stream()
                    .filter(c -> open311Status == null || open311Status.equals(c.status.open311())).toList();
            // the latest public answer of each, in one query
            Map<Long, String> latestAnswer = new HashMap<>();
            if (!list.isEmpty()) {
                em.createQuery("SELECT m.complaintId, m.text FROM MessageEntity m WHERE m.kind = :answer AND m.complaintId IN :ids"
                        + " ORDER BY m.createdAt, m.id", Object[].class).setParameter("answer", Message.Kind.PUBLIC_ANSWER)
                        .setParameter("ids", list.stream().map(c -> c.id).toList()).getResultList()
                        .forEach(row -> latestAnswer.put((Long) row[0], (String) row[1]));
            }
            Map<String, String> unitNames = new HashMap<>();
            return list.stream().map(c -> new Published(c.trackingCode, c.status.open311(), latestAnswer.get(c.id), c.categoryCode,
                    em.find(CategoryEntity.class, c.categoryCode).name,
                    c.unitCode == null ? null : unitNames.computeIfAbsent(c.unitCode, code -> units.find(code).map(u -> u.name()).orElse(code)),
                    c.receivedAt.toInstant(), c.updatedAt.toInstant(), c.answerDue == null ? null : c.answerDue.toLocalDate(),
                    publicCoordinate(c.latitude), publicCoordinate(c.longitude))).toList();
        });
    }

    /** An attachment as listed (its content is fetched on its own). */
    public record Attachment(long id, String fileName, String contentType, int size, String sha256, Instant addedAt) {
    }

    /** A downloaded attachment. */
    public record AttachmentContent(String fileName, String contentType, byte[] content) {
    }

    /** The citizen adds a photo or a PDF while the complaint is being handled (up to the limits of {@link Attachments}). */
    public PublicView attach(String code, String secret, String fileName, byte[] content) {
        if (content == null || content.length == 0 || content.length > Attachments.MAX_BYTES) {
            throw KinerjaException.badRequest("INVALID_SIZE", "file", "Berkas 1 byte sampai 5 MB", "A file of 1 byte to 5 MB");
        }
        String type = Attachments.typeOf(content).orElseThrow(() -> KinerjaException.unprocessable("INVALID_TYPE", "file",
                "Hanya foto JPEG/PNG atau dokumen PDF", "Only JPEG/PNG photos or PDF documents"));
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = own(em, code, secret);
            if (!e.status.isOpen()) {
                throw KinerjaException.conflict("COMPLAINT_DONE", "status", "Pengaduan sudah dijawab atau ditutup", "The complaint is answered or closed");
            }
            long count = em.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.complaintId = :c", Long.class).setParameter("c", e.id)
                    .getSingleResult();
            if (count >= Attachments.MAX_PER_COMPLAINT) {
                throw KinerjaException.unprocessable("TOO_MANY_FILES", "file", "Paling banyak " + Attachments.MAX_PER_COMPLAINT + " lampiran",
                        "At most " + Attachments.MAX_PER_COMPLAINT + " attachments");
            }
            AttachmentEntity a = new AttachmentEntity();
            a.complaintId = e.id;
            a.fileName = Attachments.safeName(fileName, type);
            a.contentType = type;
            a.size = content.length;
            a.sha256 = sha256(content);
            a.content = content;
            a.createdAt = Timestamp.from(clock.instant());
            em.persist(a);
            em.flush();
            return publicView(em, e);
        });
    }

    public List<Attachment> attachments(long complaintId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, complaintId);
            return attachments(em, complaintId);
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

    private static List<Attachment> attachments(EntityManager em, long complaintId) {
        return em.createQuery("SELECT a.id, a.fileName, a.contentType, a.size, a.sha256, a.createdAt FROM AttachmentEntity a"
                + " WHERE a.complaintId = :c ORDER BY a.id", Object[].class).setParameter("c", complaintId).getResultList().stream()
                .map(r -> new Attachment((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3], (String) r[4], ((Timestamp) r[5]).toInstant()))
                .toList();
    }

    /**
     * Gives each open complaint, once per deadline, a warning when its deadline is near and an
     * escalation to the head of its unit when it passed (kept in its history, staff only); returns
     * the escalations made, for the module to announce.
     */
    public List<Escalation> checkDeadlines() {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> heads = new HashMap<>();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Escalation> escalated = new ArrayList<>();
            for (ComplaintEntity e : em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.status IN :open", ComplaintEntity.class)
                    .setParameter("open", List.of(ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED, ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS))
                    .getResultList()) {
                Deadline d = deadline(e, today);
                if (d == null) {
                    continue;
                }
                Date due = Date.valueOf(d.due());
                if (d.overdue() && !due.equals(e.escalatedDue)) {
                    String head = e.unitCode == null ? null : heads.computeIfAbsent(e.unitCode, this::headOf);
                    e.escalatedDue = due;
                    message(em, e, Message.Kind.ESCALATION, "Lewat tenggat " + d.due() + (head == null ? "; unit belum ditetapkan atau tanpa kepala"
                            : "; diteruskan ke kepala unit " + e.unitCode + " (" + head + ")"), null);
                    escalated.add(new Escalation(e.id, e.trackingCode, e.unitCode, head, d.due()));
                } else if (d.warning() && !due.equals(e.warnedDue)) {
                    e.warnedDue = due;
                    message(em, e, Message.Kind.WARNING, "Tenggat " + d.due() + ": tinggal " + d.workingDaysLeft() + " hari kerja", null);
                }
            }
            return escalated;
        });
    }

    /** A complaint that passed its deadline, escalated to the head of its unit. */
    public record Escalation(long complaintId, String trackingCode, String unitCode, String headNip, LocalDate due) {
    }

    // ---- the staff's side

    /**
     * Complaints, the latest first, paged in the database: of a state, of a unit, or only those past
     * their deadline (verification or answer) today.
     */
    public Page<StaffView> list(ComplaintStatus status, String unitCode, boolean overdueOnly, PageRequest page) {
        String where = " WHERE 1 = 1" + (status == null ? "" : " AND c.status = :status") + (unitCode == null ? "" : " AND c.unitCode = :unit")
                + (overdueOnly ? " AND ((c.status = :received AND c.verifyDue < :today) OR (c.status IN :working AND c.answerDue < :today))" : "");
        Date today = Date.valueOf(LocalDate.now(clock));
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ComplaintEntity> select = em.createQuery("SELECT c FROM ComplaintEntity c" + where + " ORDER BY c.receivedAt DESC, c.id DESC",
                    ComplaintEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM ComplaintEntity c" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (unitCode != null) {
                    q.setParameter("unit", unitCode);
                }
                if (overdueOnly) {
                    q.setParameter("received", ComplaintStatus.RECEIVED).setParameter("today", today)
                            .setParameter("working", List.of(ComplaintStatus.VERIFIED, ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS));
                }
            }
            List<ComplaintEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            Map<Long, List<String>> responsible = responsible(em, rows.stream().map(c -> c.id).toList());
            List<StaffView> items = rows.stream().map(c -> staffView(em, c, responsible.getOrDefault(c.id, List.of()), false)).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    public StaffView get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> staffView(em, find(em, id), true));
    }

    public StaffView verify(String actorNip, long id) {
        String actor = Actors.require(staff, actorNip);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = find(em, id);
            move(em, e, ComplaintStatus.VERIFIED, actor);
            CategoryEntity category = em.find(CategoryEntity.class, e.categoryCode);
            e.verifiedAt = Timestamp.from(clock.instant());
            e.answerDue = Date.valueOf(workingDays.plus(LocalDate.now(clock), category.handling.workingDays()));
            return staffView(em, e, true);
        });
    }

    public StaffView reject(String actorNip, long id, String reason) {
        String actor = Actors.require(staff, actorNip);
        String why = text(reason, "reason", 1000, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = find(em, id);
            move(em, e, ComplaintStatus.REJECTED, actor);
            e.rejectReason = why;
            message(em, e, Message.Kind.PUBLIC_ANSWER, "Pengaduan ditolak: " + why, actor);
            return staffView(em, e, true);
        });
    }

    /** Assigns (or reassigns) to a unit and, optionally, to responsible staff of it. */
    public StaffView assign(String actorNip, long id, String unitCode, List<String> responsible) {
        String actor = Actors.require(staff, actorNip);
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
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = find(em, id);
            move(em, e, ComplaintStatus.ASSIGNED, actor);
            e.unitCode = unitCode.strip();
            e.assignedAt = Timestamp.from(clock.instant());
            em.createQuery("DELETE FROM ResponsibleEntity r WHERE r.complaintId = :c").setParameter("c", e.id).executeUpdate();
            for (String nip : nips) {
                ResponsibleEntity r = new ResponsibleEntity();
                r.complaintId = e.id;
                r.nip = nip;
                em.persist(r);
            }
            em.flush();
            return staffView(em, e, true);
        });
    }

    public StaffView start(String actorNip, long id) {
        String actor = Actors.require(staff, actorNip);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = find(em, id);
            move(em, e, ComplaintStatus.IN_PROGRESS, actor);
            return staffView(em, e, true);
        });
    }

    /** The public answer: the citizen sees it with their code. */
    public StaffView answer(String actorNip, long id, String answer) {
        String actor = Actors.require(staff, actorNip);
        String text = text(answer, "answer", MAX_TEXT, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = find(em, id);
            move(em, e, ComplaintStatus.ANSWERED, actor);
            e.answeredAt = Timestamp.from(clock.instant());
            message(em, e, Message.Kind.PUBLIC_ANSWER, text, actor);
            return staffView(em, e, true);
        });
    }

    public StaffView close(String actorNip, long id) {
        String actor = Actors.require(staff, actorNip);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = find(em, id);
            move(em, e, ComplaintStatus.CLOSED, actor);
            e.closedAt = Timestamp.from(clock.instant());
            return staffView(em, e, true);
        });
    }

    /** A note between the staff, never shown to the citizen. */
    public StaffView note(String actorNip, long id, String note) {
        String actor = Actors.require(staff, actorNip);
        String text = text(note, "note", MAX_TEXT, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = find(em, id);
            message(em, e, Message.Kind.INTERNAL_NOTE, text, actor);
            return staffView(em, e, true);
        });
    }

    /** Figures of the complaints received in a period, of a unit or of a responsible staff member. */
    public record Figures(long received, long answered, long answeredInTime, long open, long overdue, long rated, BigDecimal satisfaction) {
    }

    Figures figures(String unitCode, String responsibleNip, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<ComplaintEntity> list;
            Timestamp start = Timestamp.from(from.atStartOfDay(zone()).toInstant());
            Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone()).toInstant());
            if (responsibleNip != null) {
                list = em.createQuery("SELECT c FROM ComplaintEntity c, ResponsibleEntity r WHERE r.complaintId = c.id AND r.nip = :nip"
                        + " AND c.receivedAt >= :start AND c.receivedAt < :end", ComplaintEntity.class).setParameter("nip", responsibleNip)
                        .setParameter("start", start).setParameter("end", end).getResultList();
            } else {
                list = em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.unitCode = :unit AND c.receivedAt >= :start AND c.receivedAt < :end",
                        ComplaintEntity.class).setParameter("unit", unitCode).setParameter("start", start).setParameter("end", end).getResultList();
            }
            LocalDate today = LocalDate.now(clock);
            long answered = list.stream().filter(c -> c.answeredAt != null).count();
            long inTime = list.stream().filter(c -> c.answeredAt != null && c.answerDue != null
                    && !LocalDate.ofInstant(c.answeredAt.toInstant(), zone()).isAfter(c.answerDue.toLocalDate())).count();
            long open = list.stream().filter(c -> c.status.isOpen()).count();
            long overdue = list.stream().filter(c -> c.status.isOpen() && deadline(c, today) != null && deadline(c, today).overdue()).count();
            List<Integer> ratings = list.stream().map(c -> c.rating).filter(java.util.Objects::nonNull).toList();
            BigDecimal satisfaction = ratings.isEmpty() ? null : BigDecimal.valueOf(ratings.stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(ratings.size()), 2, java.math.RoundingMode.HALF_UP);
            return new Figures(list.size(), answered, inTime, open, overdue, ratings.size(), satisfaction);
        });
    }

    /** The dashboard as CSV with a header row in Bahasa Indonesia. */
    public void dashboardCsv(java.time.YearMonth from, java.time.YearMonth to, Appendable out) throws java.io.IOException {
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader("bulan", "unitKerja", "diterima", "dijawab", "medianJamMenjawab", "persenTepatWaktu", "dinilai", "kepuasan").build())) {
            for (ComplaintStats.Row r : dashboard(from, to)) {
                csv.printRecord(r.month(), id.kinerja.core.api.Texts.csvCell(r.unitCode()), r.received(), r.answered(), plain(r.medianHoursToAnswer()), plain(r.answeredInTimePercent()),
                        r.rated(), plain(r.satisfaction()));
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** The dashboard of the months {@code from}..{@code to} (at most 36). */
    public List<ComplaintStats.Row> dashboard(java.time.YearMonth from, java.time.YearMonth to) {
        if (to.isBefore(from) || from.plusMonths(36).isBefore(to)) {
            throw KinerjaException.badRequest("INVALID_RANGE", "to", "Rentang bulan tidak valid (paling panjang 36 bulan)",
                    "Invalid range of months (at most 36)");
        }
        Timestamp start = Timestamp.from(from.atDay(1).atStartOfDay(zone()).toInstant());
        Timestamp end = Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant());
        List<ComplaintStats.Item> items = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM ComplaintEntity c"
                + " WHERE c.receivedAt >= :start AND c.receivedAt < :end", ComplaintEntity.class).setParameter("start", start).setParameter("end", end)
                .getResultList().stream().map(c -> new ComplaintStats.Item(c.unitCode, c.receivedAt.toInstant(),
                        c.answeredAt == null ? null : c.answeredAt.toInstant(), c.answerDue == null ? null : c.answerDue.toLocalDate(), c.rating))
                .toList());
        return ComplaintStats.rows(items, zone());
    }

    // ---- helpers

    /** Where a complaint stands: against verification while received, against the answer after. */
    Deadline deadline(ComplaintEntity c, LocalDate today) {
        LocalDate due = c.status == ComplaintStatus.RECEIVED ? c.verifyDue.toLocalDate() : c.answerDue == null ? null : c.answerDue.toLocalDate();
        return due == null || !c.status.isOpen() ? null : deadlineOf(due, today, workingDays, config.warningWorkingDays());
    }

    /** Working days left until {@code due}; a warning from {@code warningDays} before, overdue the day after. */
    static Deadline deadlineOf(LocalDate due, LocalDate today, WorkingDays workingDays, int warningDays) {
        int left = workingDays.between(today, due);
        boolean overdue = today.isAfter(due);
        return new Deadline(due, left, !overdue && left <= warningDays, overdue);
    }

    private void move(EntityManager em, ComplaintEntity e, ComplaintStatus to, String actor) {
        if (!e.status.canGoTo(to)) {
            throw KinerjaException.conflict("INVALID_TRANSITION", "status", "Pengaduan berstatus " + e.status + " tidak dapat menjadi " + to,
                    "A complaint in " + e.status + " cannot become " + to);
        }
        e.status = to;
        e.updatedAt = Timestamp.from(clock.instant());
        message(em, e, Message.Kind.STATUS_CHANGE, null, actor);
    }

    private void message(EntityManager em, ComplaintEntity e, Message.Kind kind, String text, String author) {
        MessageEntity m = new MessageEntity();
        m.complaintId = e.id;
        m.kind = kind;
        m.status = e.status;
        m.text = text;
        m.authorNip = author;
        m.createdAt = Timestamp.from(clock.instant());
        em.persist(m);
    }

    private ComplaintEntity own(EntityManager em, String code, String secret) {
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

    private static ComplaintEntity find(EntityManager em, long id) {
        ComplaintEntity e = em.find(ComplaintEntity.class, id);
        if (e == null) {
            throw KinerjaException.notFound("COMPLAINT_NOT_FOUND", null, "Pengaduan " + id + " tidak ditemukan", "Complaint " + id + " not found");
        }
        return e;
    }

    private LocalDate reopenUntil(ComplaintEntity e) {
        if ((e.status != ComplaintStatus.ANSWERED && e.status != ComplaintStatus.CLOSED) || e.answeredAt == null) {
            return null;
        }
        return LocalDate.ofInstant(e.answeredAt.toInstant(), zone()).plusDays(config.reopenDays());
    }

    private PublicView publicView(EntityManager em, ComplaintEntity e) {
        List<Message> history = messages(em, e.id).stream().filter(m -> m.kind().isPublic())
                .map(m -> new Message(m.kind(), m.status(), m.text(), null, m.at())).toList();
        CategoryEntity category = em.find(CategoryEntity.class, e.categoryCode);
        LocalDate until = reopenUntil(e);
        return new PublicView(e.trackingCode, category.name, e.status, e.receivedAt.toInstant(), e.verifyDue.toLocalDate(),
                e.answerDue == null ? null : e.answerDue.toLocalDate(), history, e.rating, until,
                e.rating == null && (e.status == ComplaintStatus.ANSWERED || e.status == ComplaintStatus.CLOSED));
    }

    private StaffView staffView(EntityManager em, ComplaintEntity e, boolean full) {
        return staffView(em, e, responsible(em, List.of(e.id)).getOrDefault(e.id, List.of()), full);
    }

    /** The responsible staff of complaints, in one query. */
    private static Map<Long, List<String>> responsible(EntityManager em, List<Long> complaintIds) {
        Map<Long, List<String>> byComplaint = new HashMap<>();
        if (!complaintIds.isEmpty()) {
            em.createQuery("SELECT r.complaintId, r.nip FROM ResponsibleEntity r WHERE r.complaintId IN :ids ORDER BY r.nip", Object[].class)
                    .setParameter("ids", complaintIds).getResultList()
                    .forEach(row -> byComplaint.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        }
        return byComplaint;
    }

    private StaffView staffView(EntityManager em, ComplaintEntity e, List<String> responsible, boolean full) {
        CategoryEntity category = em.find(CategoryEntity.class, e.categoryCode);
        Deadline deadline = deadline(e, LocalDate.now(clock));
        String escalateTo = full && deadline != null && deadline.overdue() && e.unitCode != null ? headOf(e.unitCode) : null;
        return new StaffView(e.id, e.trackingCode, e.categoryCode, category.name, e.reportedUnitCode, e.unitCode, responsible, e.description, e.location,
                e.latitude, e.longitude, e.anonymous == 1, e.confidential == 1, e.status, e.receivedAt.toInstant(), e.verifyDue.toLocalDate(),
                e.verifiedAt == null ? null : e.verifiedAt.toInstant(), e.answerDue == null ? null : e.answerDue.toLocalDate(),
                e.answeredAt == null ? null : e.answeredAt.toInstant(), e.closedAt == null ? null : e.closedAt.toInstant(), deadline, escalateTo,
                e.rejectReason, e.reopenCount, e.rating, e.ratingComment, full ? attachments(em, e.id) : List.of(), full ? messages(em, e.id) : List.of());
    }

    /** Who answers for a unit: its recorded head, else the head of the nearest unit above it (the registry's record). */
    private String headOf(String unitCode) {
        return units.headOf(unitCode).orElse(null);
    }

    private static List<Message> messages(EntityManager em, long complaintId) {
        return em.createQuery("SELECT m FROM MessageEntity m WHERE m.complaintId = :c ORDER BY m.createdAt, m.id", MessageEntity.class)
                .setParameter("c", complaintId).getResultList().stream().map(MessageEntity::toMessage).toList();
    }

    private String randomText(int length) {
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

    private static String text(String value, String field, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw KinerjaException.badRequest("REQUIRED", field, field + " wajib diisi", field + " is required");
            }
            return null;
        }
        if (v.length() > max) {
            throw KinerjaException.badRequest("TOO_LONG", field, field + " paling panjang " + max + " karakter", field + " is at most " + max + " characters");
        }
        return v;
    }
}
