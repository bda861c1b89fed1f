package id.kinerja.security.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.SchemaMigrator;

/** The account tables, brought up to date before any component of this bundle uses them. */
@Component(service = SecuritySchema.class, immediate = true)
public class SecuritySchema {

    @Activate
    public SecuritySchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate("security", context.getBundle(), "db/security");
    }
}
