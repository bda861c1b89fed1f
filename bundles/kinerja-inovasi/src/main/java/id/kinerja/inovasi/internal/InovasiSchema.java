package id.kinerja.inovasi.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.SchemaMigrator;

/** The module's tables, brought up to date before any component of this bundle uses them; never dropped on removal. */
@Component(service = InovasiSchema.class, immediate = true)
public class InovasiSchema {

    @Activate
    public InovasiSchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate("inovasi", context.getBundle(), "db/inovasi");
    }
}
