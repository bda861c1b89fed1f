package id.kinerja.core.api.web;

import java.util.Map;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Puts a servlet at its addresses through the HTTP whiteboard (Pax Web), in the whiteboard's default
 * context, so that the web server maps it whenever it is registered.
 * <p>
 * Why not a plain {@code registerService}: Pax Web's whiteboard (8.0.33, and its newer lines alike)
 * takes a new servlet in two steps, each under its lock: it finds the servlet's contexts, then records
 * the servlet. When the web server comes to the whiteboard (a start, or the web server's configuration
 * changed), it does so on a thread of its own: marks its default context there, records it in the web
 * server, then matches every servlet recorded so far to its contexts again. A servlet whose contexts
 * were looked for just before the default context was marked, and which was recorded just after that
 * matching, is kept with no context: nothing maps it until a context comes or goes (the likeliest
 * cause of a CI run in which {@code /health} answered 503 for 30 s after the API was served). Seen
 * plainly when Pax Web's whiteboard bundle itself restarts and takes the servlets already there: one of
 * ours lost in 40 restarts, the log saying "No matching target context(s)" for it and nothing after
 * (no module can help that one: the whiteboard's own restart is not a module's registration).
 * <p>
 * What the whiteboard does in one step, under its lock, is a context's arrival: it records the context
 * and matches every servlet to its contexts again. So after the servlet, this registers a context of its
 * own and takes it away at once: whatever happened between the servlet's two steps, the servlet is
 * matched again after it was recorded (if the default context was not marked yet, the whiteboard's own
 * matching after it is still to come, after the servlet was recorded). The context is at {@code /} with
 * the lowest ranking, so the whiteboard's default context stays the one the web server serves
 * {@code /} with (no restart of that context, nothing served by it), and no servlet selects it.
 * <p>
 * The caller keeps the returned registration and unregisters it when the servlet goes (its component's
 * deactivation). Registered from the component's own bundle context, as the whiteboard serves a servlet
 * with the web server of the bundle that registered it.
 */
public final class WhiteboardServlets {

    /** The ranking of the context registered after each servlet: below the whiteboard's default context's (0). */
    static final int MATCHING_CONTEXT_RANKING = Integer.MIN_VALUE;
    /** Ends the name of the context registered after the servlet of the same name. */
    static final String MATCHING_CONTEXT_SUFFIX = ".match";

    private WhiteboardServlets() {
    }

    /**
     * Registers {@code servlet} as {@code name} at {@code patterns} (whiteboard patterns, e.g. {@code "/health"}
     * or {@code "/api/*"}) in the whiteboard's default context, then has the whiteboard match its servlets to
     * their contexts again (see the class).
     *
     * @param name the servlet's name: letters, digits, '-', '_' or '.', unique on the platform (e.g. {@code "kinerja-health"})
     */
    public static ServiceRegistration<Servlet> register(BundleContext context, Servlet servlet, String name, String... patterns) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("A servlet's name is letters, digits, '-', '_' or '.': " + name);
        }
        if (patterns.length == 0) {
            throw new IllegalArgumentException("A servlet needs at least one address pattern: " + name);
        }
        ServiceRegistration<Servlet> registration = context.registerService(Servlet.class, servlet, FrameworkUtil.asDictionary(Map.of(
                HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, name,
                HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, patterns.clone())));
        context.registerService(ServletContextHelper.class, new ServletContextHelper(context.getBundle()) {
        }, FrameworkUtil.asDictionary(Map.of(
                HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME, name + MATCHING_CONTEXT_SUFFIX,
                HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH, "/",
                Constants.SERVICE_RANKING, MATCHING_CONTEXT_RANKING))).unregister();
        return registration;
    }
}
