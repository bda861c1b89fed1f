package id.kinerja.appraisal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.appraisal.api.CitableRecord;
import id.kinerja.appraisal.api.CitableRecordProvider;
import id.kinerja.appraisal.api.Citation;
import id.kinerja.appraisal.api.CitationService;
import id.kinerja.appraisal.internal.model.ActivityEntity;
import id.kinerja.appraisal.internal.model.CitationEntity;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

/** Records of other modules cited as evidence of an activity, through the providers the installed modules register. */
@Component(service = CitationService.class)
public class CitationServiceImpl implements CitationService {

    private static final Logger LOG = LoggerFactory.getLogger(CitationServiceImpl.class);

    private final JpaTemplate jpa;
    private final People people;
    private final Clock clock;
    private final List<CitableRecordProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public CitationServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference CityTime city, @Reference AppraisalSchema schema) {
        this(jpa, new People(staff), city.clock());
    }

    CitationServiceImpl(JpaTemplate jpa, People people, Clock clock) {
        this.jpa = jpa;
        this.people = people;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(CitableRecordProvider provider) {
        providers.add(provider);
    }

    void removeProvider(CitableRecordProvider provider) {
        providers.remove(provider);
    }

    @Override
    public Citation cite(Caller caller, long activityId, String source, String reference) {
        String actor = people.inService(caller.actingNip(), "actorNip").nip();
        String from = Errors.text(source, "source", 64);
        String ref = Errors.text(reference, "reference", 64);
        jpa.txExpr(TransactionType.Supports, em -> owned(em, activityId, actor));
        CitableRecordProvider provider = providers.stream().filter(p -> p.source().equals(from)).findFirst()
                .orElseThrow(() -> Errors.rule("SOURCE_UNAVAILABLE", "source", "Modul " + from + " tidak terpasang",
                        "The module " + from + " is not installed"));
        CitableRecord record = provider.find(actor, ref).orElseThrow(() -> Errors.rule("NOT_CITABLE", "reference",
                ref + " tidak ada di " + from + " atau bukan milik Anda", ref + " does not exist in " + from + " or is not yours"));
        return jpa.txExpr(TransactionType.Required, em -> {
            owned(em, activityId, actor);
            long existing = em.createQuery("SELECT COUNT(c) FROM CitationEntity c WHERE c.activityId = :a AND c.source = :s AND c.reference = :r",
                    Long.class).setParameter("a", activityId).setParameter("s", from).setParameter("r", ref).getSingleResult();
            if (existing > 0) {
                throw Errors.conflict("ALREADY_CITED", "Kegiatan ini sudah mengutip " + ref, "This activity cites " + ref + " already");
            }
            CitationEntity c = new CitationEntity();
            c.activityId = activityId;
            c.source = from;
            c.reference = ref;
            c.title = Errors.text(record.title(), "title", 300);
            c.summary = record.summary() == null ? null : record.summary().substring(0, Math.min(1000, record.summary().length()));
            c.citedAt = Timestamp.from(clock.instant());
            em.persist(c);
            em.flush();
            Citation cited = view(c);
            Audit.record(em, clock.instant(), actor, "EVIDENCE_CITED", ActivityServiceImpl.ACTIVITY, activityId, null, cited);
            return cited;
        });
    }

    @Override
    public List<Citation> citations(long activityId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Errors.existing(em, ActivityEntity.class, activityId, "Kegiatan", "Activity");
            return em.createQuery("SELECT c FROM CitationEntity c WHERE c.activityId = :a ORDER BY c.id", CitationEntity.class)
                    .setParameter("a", activityId).getResultList().stream().map(CitationServiceImpl::view).toList();
        });
    }

    @Override
    public List<CitableRecord> citable(Caller caller) {
        String actor = people.inService(caller.actingNip(), "actorNip").nip();
        List<CitableRecord> records = new ArrayList<>();
        for (CitableRecordProvider provider : providers) {
            try {
                records.addAll(provider.citableBy(actor));
            } catch (RuntimeException failure) {
                // one module's failure leaves the others' records offered
                LOG.warn("Citable record provider {} failed for {}", provider.source(), actor, failure);
            }
        }
        records.sort(Comparator.comparing(CitableRecord::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return records;
    }

    private static ActivityEntity owned(javax.persistence.EntityManager em, long activityId, String actor) {
        ActivityEntity a = Errors.existing(em, ActivityEntity.class, activityId, "Kegiatan", "Activity");
        if (!a.nip.equals(actor)) {
            throw Errors.forbidden("NOT_THE_OWNER", "Bukti dukung dikutip oleh pemilik kegiatan", "Only the owner of the activity cites evidence");
        }
        return a;
    }

    private static Citation view(CitationEntity c) {
        return new Citation(c.id, c.activityId, c.source, c.reference, c.title, c.summary, c.citedAt.toInstant());
    }
}
