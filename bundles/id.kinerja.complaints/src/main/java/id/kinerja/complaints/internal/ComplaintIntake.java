package id.kinerja.complaints.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.complaints.internal.model.AttachmentEntity;
import id.kinerja.complaints.internal.model.CategoryEntity;
import id.kinerja.complaints.internal.model.ComplaintEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.rest.ClientRateLimits;
import id.kinerja.core.api.staff.OrgUnitService;

/**
 * The citizen's side: filing a complaint without an account (a tracking code and a secret to follow
 * it), following it, adding photos or a PDF, rating the answer and reopening it, within each
 * address's hourly allowance.
 */
@Component(service = ComplaintIntake.class)
public class ComplaintIntake {

    private final JpaTemplate jpa;
    private final ComplaintRecords records;
    private final OrgUnitService units;
    private final ClientRateLimits limits;

    @Activate
    public ComplaintIntake(@Reference(target = "(osgi.unit.name=kinerja-complaints)") JpaTemplate jpa, @Reference ComplaintRecords records,
            @Reference OrgUnitService units, @Reference ClientRateLimits limits) {
        this.jpa = jpa;
        this.records = records;
        this.units = units;
        this.limits = limits;
    }

    /**
     * Takes one new complaint of a client's hourly allowance, or refuses it (429 with the seconds to
     * wait). The client is the address the REST layer saw the request come from (behind the city's
     * trusted proxies, the one they forwarded: {@code RestResource.CLIENT_ADDRESS_ATTRIBUTE}).
     */
    public void admit(String client) {
        takeHourly("complaints.intake", client, records.config().intakePerHour(), "pengaduan", "complaints");
    }

    /** Takes one lookup (tracking code, Open311 request) of a client's hourly allowance, or refuses it (429). */
    public void admitLookup(String client) {
        takeHourly("complaints.lookup", client, records.config().lookupsPerHour(), "permintaan", "requests");
    }

    private void takeHourly(String purpose, String client, int perHour, String whatId, String whatEn) {
        long wait = limits.acquire(purpose, client, Math.max(1, perHour), Duration.ofHours(1));
        if (wait > 0) {
            throw KinerjaException.tooManyRequests("TOO_MANY_REQUESTS", wait,
                    "Terlalu banyak " + whatId + " dari alamat ini; coba lagi dalam " + wait + " detik",
                    "Too many " + whatEn + " from this address; try again in " + wait + " seconds");
        }
    }

    public List<Category> categories() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM CategoryEntity c WHERE c.active = 1 ORDER BY c.code",
                CategoryEntity.class).getResultList().stream().map(CategoryEntity::toCategory).toList());
    }

    public Receipt file(NewComplaint c) {
        if (c == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Isi pengaduan wajib dikirim", "The complaint is required");
        }
        String description = ComplaintRecords.text(c.description(), "description", ComplaintRecords.MAX_DESCRIPTION, true);
        if (description.length() < 10) {
            throw KinerjaException.badRequest("TOO_SHORT", "description", "Uraikan pengaduan paling sedikit 10 karakter",
                    "Describe the complaint in at least 10 characters");
        }
        boolean anonymous = Boolean.TRUE.equals(c.anonymous());
        String email = ComplaintRecords.text(c.contactEmail(), "contactEmail", 200, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw KinerjaException.badRequest("INVALID_EMAIL", "contactEmail", "Alamat surel tidak valid", "Invalid e-mail address");
        }
        String phone = ComplaintRecords.text(c.contactPhone(), "contactPhone", 40, false);
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{6,20}")) {
            throw KinerjaException.badRequest("INVALID_PHONE", "contactPhone", "Nomor telepon tidak valid", "Invalid phone number");
        }
        if (c.latitude() != null && c.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                || c.longitude() != null && c.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0 || (c.latitude() == null) != (c.longitude() == null)) {
            throw KinerjaException.badRequest("INVALID_COORDINATES", "latitude", "Koordinat tidak valid (lintang -90..90, bujur -180..180, keduanya)",
                    "Invalid coordinates (latitude -90..90, longitude -180..180, both)");
        }
        String location = ComplaintRecords.text(c.location(), "location", 500, false);
        String name = ComplaintRecords.text(c.contactName(), "contactName", 200, false);
        String reportedUnit = ComplaintRecords.text(c.unitCode(), "unitCode", 40, false);
        if (reportedUnit != null && units.find(reportedUnit).isEmpty()) {
            throw KinerjaException.unprocessable("UNIT_NOT_FOUND", "unitCode", "Unit kerja " + reportedUnit + " tidak dikenal", "Unknown unit " + reportedUnit);
        }
        String secret = records.randomText(20);
        Instant now = records.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, records.zone());
        // a burst of complaints must never fail a citizen: a lock the database could not get in time is tried again
        return TransientFailures.retry(() -> jpa.txExpr(TransactionType.Required, em -> {
            CategoryEntity category = c.categoryCode() == null ? null : em.find(CategoryEntity.class, c.categoryCode().strip());
            if (category == null || category.active == 0) {
                throw KinerjaException.unprocessable("CATEGORY_NOT_FOUND", "categoryCode", "Kategori layanan tidak dikenal", "Unknown service category");
            }
            ComplaintEntity e = new ComplaintEntity();
            e.trackingCode = "ADU-" + records.randomText(8);
            e.secretHash = ComplaintRecords.sha256(secret);
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
            e.verifyDue = records.workingDays().plus(today, records.config().verificationWorkingDays());
            e.updatedAt = e.receivedAt;
            e.responsibleNips = ComplaintRecords.keptResponsible(List.of());
            em.persist(e);
            em.flush();
            records.message(em, e, Message.Kind.STATUS_CHANGE, null, null);
            return new Receipt(e.trackingCode, secret, e.verifyDue);
        }));
    }

    /** The citizen's view; unknown code and wrong secret answer the same 404. */
    public PublicView track(String code, String secret) {
        return jpa.txExpr(TransactionType.Supports, em -> records.publicView(em, records.own(em, code, secret)));
    }

    /** The citizen rates the answer (1..5 with a comment), once, after it was answered. */
    public PublicView rate(String code, String secret, Integer rating, String comment) {
        if (rating == null || rating < 1 || rating > 5) {
            throw KinerjaException.badRequest("INVALID_RATING", "rating", "Nilai 1 sampai 5", "A rating of 1 to 5");
        }
        String text = ComplaintRecords.text(comment, "comment", 1000, false);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = records.own(em, code, secret);
            if (e.status != ComplaintStatus.ANSWERED && e.status != ComplaintStatus.CLOSED) {
                throw KinerjaException.conflict("NOT_ANSWERED", "status", "Pengaduan belum dijawab", "The complaint is not answered yet");
            }
            if (e.rating != null) {
                throw KinerjaException.conflict("ALREADY_RATED", "rating", "Jawaban sudah dinilai", "The answer is rated already");
            }
            e.rating = rating;
            e.ratingComment = text;
            e.ratedAt = Timestamp.from(records.clock().instant());
            return records.publicView(em, e);
        });
    }

    /** The citizen reopens an answered (or closed) complaint within the window, saying why. */
    public PublicView reopen(String code, String secret, String reason) {
        String why = ComplaintRecords.text(reason, "reason", ComplaintRecords.MAX_TEXT, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = records.own(em, code, secret);
            LocalDate until = records.reopenUntil(e);
            if (until == null || records.today().isAfter(until)) {
                throw KinerjaException.conflict("REOPEN_NOT_POSSIBLE", "status", "Pengaduan hanya dapat dibuka kembali sampai " + records.config().reopenDays()
                        + " hari setelah dijawab", "A complaint can be reopened up to " + records.config().reopenDays() + " days after its answer");
            }
            records.move(em, e, ComplaintStatus.IN_PROGRESS, null);
            e.reopenCount++;
            e.rating = null;
            e.ratingComment = null;
            e.ratedAt = null;
            records.message(em, e, Message.Kind.CITIZEN_REPLY, why, null);
            return records.publicView(em, e);
        });
    }

    /** The citizen adds a photo or a PDF while the complaint is being handled (up to the limits of {@link Attachments}). */
    public PublicView attach(String code, String secret, String fileName, byte[] content) {
        if (content == null || content.length == 0 || content.length > Attachments.MAX_BYTES) {
            throw KinerjaException.badRequest("INVALID_SIZE", "file", "Berkas 1 byte sampai 5 MB", "A file of 1 byte to 5 MB");
        }
        String type = Attachments.typeOf(content).orElseThrow(() -> KinerjaException.unprocessable("INVALID_TYPE", "file",
                "Hanya foto JPEG/PNG atau dokumen PDF", "Only JPEG/PNG photos or PDF documents"));
        return jpa.txExpr(TransactionType.Required, em -> {
            ComplaintEntity e = records.own(em, code, secret);
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
            a.sha256 = ComplaintRecords.sha256(content);
            a.content = content;
            a.createdAt = Timestamp.from(records.clock().instant());
            em.persist(a);
            em.flush();
            return records.publicView(em, e);
        });
    }
}
