package id.kinerja.appraisal.internal;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.AuditEntry;
import id.kinerja.appraisal.api.AuditService;
import id.kinerja.appraisal.internal.model.AuditEntity;

@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {

    private final JpaTemplate jpa;

    @Activate
    public AuditServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa, @Reference AppraisalSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public List<AuditEntry> trail(String entityType, long entityId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT a FROM AuditEntity a WHERE a.entityType = :t AND a.entityId = :id ORDER BY a.id",
                AuditEntity.class).setParameter("t", entityType).setParameter("id", entityId).getResultList().stream()
                .map(a -> new AuditEntry(a.id, a.recordedAt.toInstant(), a.actorNip, a.action, a.entityType, a.entityId, a.before, a.after))
                .toList());
    }
}
