package id.kinerja.openapi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 description of every endpoint the platform serves at
 * this moment, read from the REST resources the installed modules register (a module installed
 * appears in it, one removed leaves it), each operation tagged with its bundle.
 */
@Component(service = RestResource.class)
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource implements RestResource {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final List<PermissionProvider> providers = new CopyOnWriteArrayList<>();
    /** The class of each resource service: classes only, never the services themselves, dropped when a service goes. */
    private final Map<ServiceReference<RestResource>, Class<?>> resources = new ConcurrentHashMap<>();
    private final String version;
    private ServiceTracker<RestResource, Class<?>> tracker;

    @Activate
    public OpenApiResource(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
        // a tracker rather than a reference: this component is one of the resources it describes
        tracker = new ServiceTracker<>(context, RestResource.class, null) {
            @Override
            public Class<?> addingService(ServiceReference<RestResource> reference) {
                if (reference.getBundle() == context.getBundle()) {
                    // this very component, being activated: getting it now would be a circle
                    resources.put(reference, OpenApiResource.class);
                    return OpenApiResource.class;
                }
                RestResource resource = context.getService(reference);
                if (resource == null) {
                    return null;
                }
                try {
                    resources.put(reference, resource.getClass());
                    return resource.getClass();
                } finally {
                    context.ungetService(reference);
                }
            }

            @Override
            public void removedService(ServiceReference<RestResource> reference, Class<?> type) {
                resources.remove(reference);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        resources.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(PermissionProvider provider) {
        providers.add(provider);
    }

    void removeProvider(PermissionProvider provider) {
        providers.remove(provider);
    }

    @GET
    @RequiresPermission(OpenApiPermissions.DESCRIBE)
    public ObjectNode describe() {
        Map<String, Permission> permissions = new ConcurrentHashMap<>();
        for (PermissionProvider provider : providers) {
            provider.permissions().forEach(p -> permissions.put(p.code(), p));
        }
        return OpenApiDocument.describe(new ArrayList<>(resources.values()), permissions, OpenApiResource::moduleOf, mapper, version);
    }

    /** The bundle a resource comes from (e.g. {@code id.kinerja.staff}, {@code kinerja-inovasi}). */
    static String moduleOf(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? type.getPackageName() : bundle.getSymbolicName();
    }
}
