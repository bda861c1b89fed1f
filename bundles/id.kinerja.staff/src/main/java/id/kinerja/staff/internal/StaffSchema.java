package id.kinerja.staff.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.SchemaMigrator;

/**
 * The staff registry's tables, brought up to date before any other component of this bundle uses
 * them (they all reference this component).
 */
@Component(service = StaffSchema.class, immediate = true)
public class StaffSchema {

    static final String MODULE = "staff";

    @Activate
    public StaffSchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate(MODULE, context.getBundle(), "db/staff");
    }
}
