package id.kinerja.inovasi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.inovasi.api.FollowUp;
import id.kinerja.inovasi.api.FollowUpStatus;
import id.kinerja.inovasi.api.Meeting;
import id.kinerja.inovasi.api.MeetingService;
import id.kinerja.inovasi.api.NewFollowUp;
import id.kinerja.inovasi.api.NewMeeting;
import id.kinerja.inovasi.internal.model.FollowUpEntity;
import id.kinerja.inovasi.internal.model.MeetingEntity;

/** Feedback meetings and their follow-ups, in the module's tables (persistence unit kinerja-inovasi). */
@Component(service = MeetingService.class)
public class MeetingServiceImpl implements MeetingService {

    static final int MAX_PARTICIPANTS = 200;
    static final int MAX_FOLLOW_UPS = 50;

    private final JpaTemplate jpa;
    private final Inputs inputs;
    private final Clock clock;

    @Activate
    public MeetingServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-inovasi)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference CityTime city, @Reference InovasiSchema schema) {
        this.jpa = jpa;
        this.inputs = new Inputs(staff);
        this.clock = city.clock();
    }

    @Override
    public Meeting record(Caller caller, NewMeeting meeting) {
        StaffMember leader = inputs.employed(caller.actingNip(), "leaderNip");
        Inputs.required(meeting, "meeting");
        LocalDate date = Inputs.date(meeting.date(), "date");
        if (date.isAfter(LocalDate.now(clock))) {
            throw Inputs.rule("FUTURE_DATE", "date", "Rapat dicatat setelah berlangsung", "A meeting is recorded after it took place");
        }
        String title = Inputs.text(meeting.title(), "title", 200);
        String points = Inputs.text(meeting.points(), "points", 4000);
        List<String> participants = inputs.employed(meeting.participants(), "participants");
        participants.remove(leader.nip());
        if (participants.isEmpty() || participants.size() > MAX_PARTICIPANTS) {
            throw KinerjaException.badRequest("PARTICIPANTS_REQUIRED", "participants", "Sebutkan 1 sampai " + MAX_PARTICIPANTS + " peserta selain pemimpin rapat",
                    "Name 1 to " + MAX_PARTICIPANTS + " participants besides the leader");
        }
        for (String nip : participants) {
            if (!caller.mayRead(nip, InovasiPermissions.MEETINGS_ALL)) {
                throw KinerjaException.forbidden("NOT_LED_BY_CALLER", "participants", "Pegawai " + nip + " bukan bawahan atau staf unit yang Anda pimpin",
                        "Staff member " + nip + " is neither your subordinate nor in a unit you head");
            }
        }
        List<FollowUpEntity> followUps = followUps(meeting.followUps(), leader.nip(), participants, date);
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity m = new MeetingEntity();
            m.leaderNip = leader.nip();
            m.unitCode = leader.unitCode();
            m.meetingDate = date;
            m.title = title;
            m.points = points;
            m.participants = new ArrayList<>(participants);
            m.recordedAt = Timestamp.from(clock.instant());
            em.persist(m);
            em.flush();
            for (FollowUpEntity f : followUps) {
                f.meetingId = m.id;
                em.persist(f);
            }
            em.flush();
            return Views.meeting(m, followUps.stream().map(Views::followUp).toList());
        });
    }

    private static List<FollowUpEntity> followUps(List<NewFollowUp> agreed, String leader, List<String> participants, LocalDate date) {
        List<FollowUpEntity> followUps = new ArrayList<>();
        if (agreed == null) {
            return followUps;
        }
        if (agreed.size() > MAX_FOLLOW_UPS) {
            throw KinerjaException.badRequest("TOO_MANY_FOLLOW_UPS", "followUps", "Paling banyak " + MAX_FOLLOW_UPS + " tindak lanjut",
                    "At most " + MAX_FOLLOW_UPS + " follow-ups");
        }
        for (int i = 0; i < agreed.size(); i++) {
            NewFollowUp given = Inputs.required(agreed.get(i), "followUps[" + i + "]");
            FollowUpEntity f = new FollowUpEntity();
            f.description = Inputs.text(given.description(), "followUps[" + i + "].description", 1000);
            f.ownerNip = Inputs.text(given.ownerNip(), "followUps[" + i + "].ownerNip", 18);
            if (!f.ownerNip.equals(leader) && !participants.contains(f.ownerNip)) {
                throw Inputs.rule("OWNER_NOT_PRESENT", "followUps[" + i + "].ownerNip", "Penanggung jawab tindak lanjut harus peserta rapat",
                        "The owner of a follow-up must be at the meeting");
            }
            f.dueDate = Inputs.date(given.dueDate(), "followUps[" + i + "].dueDate");
            if (f.dueDate.isBefore(date)) {
                throw Inputs.rule("DUE_BEFORE_MEETING", "followUps[" + i + "].dueDate", "Tenggat tidak boleh sebelum tanggal rapat",
                        "The due date cannot be before the meeting");
            }
            f.status = FollowUpStatus.OPEN;
            followUps.add(f);
        }
        return followUps;
    }

    @Override
    public Meeting get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            MeetingEntity m = meeting(em, id);
            return Views.meeting(m, followUpsOf(em, List.of(m.id)).getOrDefault(m.id, List.of()));
        });
    }

    @Override
    public Page<Meeting> meetingsOf(String nip, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = " FROM MeetingEntity m WHERE m.leaderNip = :nip OR :nip MEMBER OF m.participants";
            List<MeetingEntity> rows = em.createQuery("SELECT m" + where + " ORDER BY m.meetingDate DESC, m.id DESC", MeetingEntity.class)
                    .setParameter("nip", nip).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            long total = em.createQuery("SELECT COUNT(m)" + where, Long.class).setParameter("nip", nip).getSingleResult();
            Map<Long, List<FollowUp>> followUps = followUpsOf(em, rows.stream().map(m -> m.id).toList());
            return new Page<>(rows.stream().map(m -> Views.meeting(m, followUps.getOrDefault(m.id, List.of()))).toList(), total, page.offset(),
                    page.limit());
        });
    }

    @Override
    public Page<FollowUp> followUpsOf(String nip, FollowUpStatus status, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = " FROM FollowUpEntity f WHERE f.ownerNip = :nip" + (status == null ? "" : " AND f.status = :status");
            var rows = em.createQuery("SELECT f" + where + " ORDER BY f.status DESC, f.dueDate, f.id", FollowUpEntity.class).setParameter("nip", nip);
            var count = em.createQuery("SELECT COUNT(f)" + where, Long.class).setParameter("nip", nip);
            if (status != null) {
                rows.setParameter("status", status);
                count.setParameter("status", status);
            }
            List<FollowUp> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream().map(Views::followUp).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    @Override
    public FollowUp followUp(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Views.followUp(followUpEntity(em, id)));
    }

    @Override
    public FollowUp complete(Caller caller, long followUpId, String note) {
        String actor = inputs.employed(caller.actingNip(), "ownerNip").nip();
        String text = Inputs.text(note, "note", 1000);
        return jpa.txExpr(TransactionType.Required, em -> {
            FollowUpEntity f = followUpEntity(em, followUpId);
            if (!f.ownerNip.equals(actor)) {
                throw KinerjaException.forbidden("NOT_THE_OWNER", null, "Hanya penanggung jawabnya yang melaporkan tindak lanjut selesai",
                        "Only its owner reports a follow-up done");
            }
            if (f.status == FollowUpStatus.DONE) {
                throw KinerjaException.conflict("ALREADY_DONE", null, "Tindak lanjut ini sudah selesai", "This follow-up is done already");
            }
            f.status = FollowUpStatus.DONE;
            f.doneOn = LocalDate.now(clock);
            f.doneNote = text;
            em.flush();
            return Views.followUp(f);
        });
    }

    @Override
    public List<FollowUp> completedBy(String nip, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT f FROM FollowUpEntity f WHERE f.ownerNip = :nip"
                + " AND f.status = :done AND f.doneOn BETWEEN :from AND :to ORDER BY f.doneOn DESC, f.id DESC", FollowUpEntity.class)
                .setParameter("nip", nip).setParameter("done", FollowUpStatus.DONE).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(Views::followUp).toList());
    }

    private static MeetingEntity meeting(EntityManager em, long id) {
        MeetingEntity m = em.find(MeetingEntity.class, id);
        if (m == null) {
            throw KinerjaException.notFound("MEETING_NOT_FOUND", "id", "Rapat " + id + " tidak ditemukan", "Meeting " + id + " not found");
        }
        return m;
    }

    private static FollowUpEntity followUpEntity(EntityManager em, long id) {
        FollowUpEntity f = em.find(FollowUpEntity.class, id);
        if (f == null) {
            throw KinerjaException.notFound("FOLLOW_UP_NOT_FOUND", "id", "Tindak lanjut " + id + " tidak ditemukan", "Follow-up " + id + " not found");
        }
        return f;
    }

    private static Map<Long, List<FollowUp>> followUpsOf(EntityManager em, List<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT f FROM FollowUpEntity f WHERE f.meetingId IN :ids ORDER BY f.id", FollowUpEntity.class)
                .setParameter("ids", meetingIds).getResultList().stream()
                .collect(Collectors.groupingBy(f -> f.meetingId, Collectors.mapping(Views::followUp, Collectors.toList())));
    }
}
