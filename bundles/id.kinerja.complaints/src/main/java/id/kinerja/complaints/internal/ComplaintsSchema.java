package id.kinerja.complaints.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.SchemaMigrator;

/** The complaint tables, brought up to date before any component of this bundle uses them; never dropped on removal. */
@Component(service = ComplaintsSchema.class, immediate = true)
public class ComplaintsSchema {

    @Activate
    public ComplaintsSchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate("complaints", context.getBundle(), "db/complaints");
    }
}
