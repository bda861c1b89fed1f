package id.kinerja.rest.internal;

import java.util.UUID;

import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault of ours: logged with a reference; the caller gets the reference, never a stack trace.
 * A request that was still running in a module while the module was being stopped (updated or
 * removed at runtime) gets 503 instead: it may be retried once the module is back.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public Response toResponse(Throwable e) {
        Bundle module = moduleOfResource();
        if (module != null && module.getState() != Bundle.ACTIVE) {
            LOG.info("Request failed while module {} was stopping: {}", module.getSymbolicName(), e.toString());
            return ErrorResponses.of(503, "MODULE_UNAVAILABLE", null,
                    "Modul sedang dihentikan atau diperbarui, coba lagi sebentar",
                    "The module is being stopped or updated, try again shortly");
        }
        return internalError(e);
    }

    private Bundle moduleOfResource() {
        try {
            Class<?> resource = resourceInfo == null ? null : resourceInfo.getResourceClass();
            return resource == null ? null : FrameworkUtil.getBundle(resource);
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    static Response internalError(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, reference {}", reference, e);
        return ErrorResponses.of(500, "INTERNAL_ERROR", null,
                "Terjadi kesalahan pada server (referensi " + reference + ")",
                "The server failed (reference " + reference + ")");
    }
}
