package id.kinerja.pay.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.SchemaMigrator;

/** The pay tables, brought up to date before any component of this bundle uses them; never dropped on removal. */
@Component(service = PaySchema.class, immediate = true)
public class PaySchema {

    @Activate
    public PaySchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate("pay", context.getBundle(), "db/pay");
    }
}
