package id.kinerja.notifications.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.SchemaMigrator;

/** The bundle's table, brought up to date before any component of this bundle uses it. */
@Component(service = NotificationSchema.class, immediate = true)
public class NotificationSchema {

    @Activate
    public NotificationSchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate("notifications", context.getBundle(), "db/notifications");
    }
}
