package id.kinerja.appraisal.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The audit trail of the appraisal core: every write, never changed. */
@ProviderType
public interface AuditService {

    /** The history of one record, oldest first, e.g. {@code ("EVALUATION", 12)}. */
    List<AuditEntry> trail(String entityType, long entityId);
}
