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
 * removed at runtime), or on a generation of the API already replaced because a module's services
 * went or came (its services may be closed, e.g. an EntityManagerFactory), gets 503 instead: it may
 * be retried once the module is back.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private ResourceInfo resourceInfo;

    private final java.util.function.BooleanSupplier generationRetired;

    UnexpectedExceptionMapper(java.util.function.BooleanSupplier generationRetired) {
        this.generationRetired = generationRetired;
    }

    @Override
    public Response toResponse(Throwable e) {
        Response refused = bodyRefused(e);
        if (refused != null) {
            return refused;
        }
        if (databaseBusy(e)) {
            // another transaction held what this request needed for longer than the database waits (Derby's lock
            // timeout, 60 s by default), or the database chose this one to break a deadlock: nothing was kept, asking
            // again may succeed
            LOG.warn("Request gave up on a busy database: {}", rootMessage(e));
            return Response.fromResponse(ErrorResponses.of(503, "DATABASE_BUSY", null, "Basis data sedang sibuk, coba lagi sebentar",
                    "The database is busy, try again shortly")).header("Retry-After", "5").build();
        }
        Bundle module = moduleOfResource();
        if (module != null && module.getState() != Bundle.ACTIVE || generationRetired.getAsBoolean() || persistenceUnitClosed(e)) {
            LOG.info("Request failed while module {} was stopping or replaced: {}", module == null ? "?" : module.getSymbolicName(), e.toString());
            return ErrorResponses.of(503, "MODULE_UNAVAILABLE", null,
                    "Modul sedang dihentikan atau diperbarui, coba lagi sebentar",
                    "The module is being stopped or updated, try again shortly");
        }
        return internalError(e);
    }

    /**
     * Whether the request met its module's persistence unit closed: Aries JPA closes a unit's
     * EntityManagerFactory before it withdraws the services built on it (a bundle restarting, the
     * datasource replaced), so a request can come in between. The services come back with a new one.
     */
    static boolean persistenceUnitClosed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("closed EntityManagerFactory")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database gave up on the request's transaction because others held what it needed:
     * SQLSTATE class 40 (transaction rollback: Derby's lock timeout 40XL1 and deadlock 40001,
     * PostgreSQL's serialization failure 40001 and deadlock 40P01) or PostgreSQL's lock_not_available
     * (55P03). Such a request changed nothing and may be asked again.
     */
    static boolean databaseBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                for (java.sql.SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = String.valueOf(s.getSQLState());
                    if (state.startsWith("40") || state.equals("55P03")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    /** The answer to a request whose body was given up on while it was read ({@link #webServerRefusal}), or {@code null}. */
    static Response bodyRefused(Throwable e) {
        int status = webServerRefusal(e);
        if (status == 408) {
            return ErrorResponses.of(408, "REQUEST_TOO_SLOW", null, "Isi permintaan dikirim terlalu lambat",
                    "The request body was sent too slowly");
        }
        return status > 0 ? ErrorResponses.of(status, "BAD_REQUEST", null, "Permintaan HTTP tidak valid", "The HTTP request is not valid")
                : null;
    }

    /**
     * The 4xx status of a request given up on while its body was read: too slow ({@link SlowBodies})
     * or silent past the read timeout (408), gone in the middle ({@code EofException}), or malformed
     * as Jetty found it ({@code BadMessageException}, e.g. broken chunks); 0 if none. One line in the
     * log each (the refusal log), never a stack trace: it is the client's doing.
     */
    static int webServerRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SlowBodies.TooSlow
                    || t instanceof java.util.concurrent.TimeoutException && String.valueOf(t.getMessage()).startsWith("Idle timeout")) {
                return 408; // too slow, or silent for longer than the read timeout
            }
            if ("org.eclipse.jetty.io.EofException".equals(t.getClass().getName())) {
                return 400; // the client went away in the middle of its body: nobody to answer, nothing of ours failed
            }
            if ("org.eclipse.jetty.http.BadMessageException".equals(t.getClass().getName())) {
                try {
                    Object code = t.getClass().getMethod("getCode").invoke(t);
                    return code instanceof Integer status && status >= 400 && status < 500 ? status : 400;
                } catch (ReflectiveOperationException | RuntimeException unexpected) {
                    return 400;
                }
            }
        }
        return 0;
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
