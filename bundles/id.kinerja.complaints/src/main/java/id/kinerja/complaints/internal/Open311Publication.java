package id.kinerja.complaints.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.complaints.internal.model.CategoryEntity;
import id.kinerja.complaints.internal.model.ComplaintEntity;
import id.kinerja.core.api.staff.OrgUnitService;

/** What Open311 publishes of the complaints: by tracking code always, the city's list only where it chooses to publish one. */
@Component(service = Open311Publication.class)
public class Open311Publication {

    private final JpaTemplate jpa;
    private final ComplaintRecords records;
    private final OrgUnitService units;

    @Activate
    public Open311Publication(@Reference(target = "(osgi.unit.name=kinerja-complaints)") JpaTemplate jpa, @Reference ComplaintRecords records,
            @Reference OrgUnitService units) {
        this.jpa = jpa;
        this.records = records;
        this.units = units;
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
        if ((codes == null || codes.isEmpty()) && !records.config().publishRequests()) {
            return List.of();
        }
        Instant end = to == null ? records.clock().instant() : to;
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
                    c.receivedAt.toInstant(), c.updatedAt.toInstant(), c.answerDue == null ? null : c.answerDue,
                    publicCoordinate(c.latitude), publicCoordinate(c.longitude))).toList();
        });
    }
}
