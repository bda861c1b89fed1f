package id.kinerja.rest.internal;

import java.util.UUID;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A fault of ours: logged with a reference; the caller gets the reference, never a stack trace. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (isWiringNotReady(e)) {
            // e.g. right after a restart, EclipseLink may not see the JTA classes for a while
            LOG.warn("Request failed while bundles are still being wired ({}); answering 503", rootMessage(e));
            return Response.fromResponse(ErrorResponses.of(503, "STARTING", null,
                    "Layanan sedang dimulai, coba lagi sebentar", "The service is starting, try again shortly"))
                    .header("Retry-After", "5").build();
        }
        return internalError(e);
    }

    /** A class that cannot be loaded yet: the platform is still wiring its bundles. */
    static boolean isWiringNotReady(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }

    static Response internalError(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, reference {}", reference, e);
        return ErrorResponses.of(500, "INTERNAL_ERROR", null,
                "Terjadi kesalahan pada server (referensi " + reference + ")",
                "The server failed (reference " + reference + ")");
    }
}
