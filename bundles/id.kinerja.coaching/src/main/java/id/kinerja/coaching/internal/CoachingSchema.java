package id.kinerja.coaching.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.SchemaMigrator;

/** The coaching tables, brought up to date before any component of this bundle uses them; never dropped on removal. */
@Component(service = CoachingSchema.class, immediate = true)
public class CoachingSchema {

    @Activate
    public CoachingSchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate("coaching", context.getBundle(), "db/coaching");
    }
}
