package id.kinerja.inovasi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.inovasi.api.Note;
import id.kinerja.inovasi.api.NoteService;
import id.kinerja.inovasi.api.NoteTotals;
import id.kinerja.inovasi.internal.model.NoteEntity;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.time.CityTime;

/** The notes, kept in the module's own table through its persistence unit kinerja-inovasi. */
@Component(service = NoteService.class)
public class NoteServiceImpl implements NoteService {

    private final JpaTemplate jpa;
    private final CityTime city;

    @Activate
    public NoteServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-inovasi)") JpaTemplate jpa, @Reference CityTime city,
            @Reference ModuleSchema schema) {
        this.jpa = jpa;
        this.city = city;
    }

    @Override
    public Note record(String nip, LocalDate date, String description, Integer minutes) {
        NoteEntity note = new NoteEntity();
        note.nip = nip;
        note.noteDate = NoteRules.date(date, city.today());
        note.description = NoteRules.description(description);
        note.minutes = NoteRules.minutes(minutes);
        note.createdAt = Timestamp.from(Clock.systemUTC().instant());
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(note);
            em.flush();
            return note.toNote();
        });
    }

    @Override
    public Page<Note> list(String nip, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<NoteEntity> query = em.createQuery(
                    "SELECT n FROM NoteEntity n WHERE n.nip = :nip ORDER BY n.noteDate DESC, n.id DESC", NoteEntity.class)
                    .setParameter("nip", nip).setFirstResult(page.offset()).setMaxResults(page.limit());
            List<Note> items = query.getResultList().stream().map(NoteEntity::toNote).toList();
            long total = em.createQuery("SELECT COUNT(n) FROM NoteEntity n WHERE n.nip = :nip", Long.class)
                    .setParameter("nip", nip).getSingleResult();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    @Override
    public NoteTotals totals(String nip, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Object[] row = em.createQuery("SELECT COUNT(n), SUM(n.minutes) FROM NoteEntity n"
                    + " WHERE n.nip = :nip AND n.noteDate BETWEEN :from AND :to", Object[].class)
                    .setParameter("nip", nip).setParameter("from", from).setParameter("to", to).getSingleResult();
            return new NoteTotals(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
        });
    }
}
