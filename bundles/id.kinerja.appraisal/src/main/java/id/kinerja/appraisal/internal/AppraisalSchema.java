package id.kinerja.appraisal.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.SchemaMigrator;

/** The appraisal tables, brought up to date before any component of this bundle uses them. */
@Component(service = AppraisalSchema.class, immediate = true)
public class AppraisalSchema {

    @Activate
    public AppraisalSchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate("appraisal", context.getBundle(), "db/appraisal");
    }
}
