package id.kinerja.core.api.web;

import java.util.Map;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Puts a servlet at its addresses through the HTTP whiteboard (Pax Web), in the whiteboard's default
 * context: the one way every servlet of the platform is registered, so that what the platform learns
 * about Pax Web's whiteboard is done in one place for the platform's servlets and the modules' alike.
 * <p>
 * Registered from the component's own bundle context (the whiteboard serves a servlet with the web
 * server of the bundle that registered it), by a component that holds that bundle's {@code WebContainer}
 * while the servlet is registered ({@code docs/modules.md}, "The platform's own servlets"). The caller
 * keeps the returned registration and unregisters it when the servlet goes (its component's
 * deactivation).
 * <p>
 * Known and not cured here: Pax Web 8.0.33's whiteboard takes a new servlet in two steps (finds its
 * contexts, then records it), while the web server comes to it at a start on a thread of its own (marks
 * its default context, then matches the servlets recorded so far); a servlet looked at just before the
 * mark and recorded just after that matching stays unmapped until some context comes or goes. Having a
 * context come and go after each servlet would match it again, but in the other order (the mark between
 * the servlet's two steps, the context before the whiteboard records its servlets in the web server) the
 * whiteboard then puts the same servlet into the web server twice ({@code docs/modules.md}).
 */
public final class WhiteboardServlets {

    private WhiteboardServlets() {
    }

    /**
     * Registers {@code servlet} as {@code name} at {@code patterns} (whiteboard patterns, e.g. {@code "/health"}
     * or {@code "/api/*"}) in the whiteboard's default context.
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
        return context.registerService(Servlet.class, servlet, FrameworkUtil.asDictionary(Map.of(
                HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, name,
                HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, patterns.clone())));
    }
}
