package id.kinerja.core.api.web;

import java.util.Map;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a servlet at its addresses through the HTTP whiteboard (Pax Web): the one way every servlet of
 * the platform is registered, the modules' alike, so that the web server maps it every time.
 * <p>
 * The servlet gets a whiteboard context of its own at {@code /} (named {@code <servlet name>.context},
 * ranked lowest, so the web server's own context at {@code /} keeps serving {@code /} and the context
 * coming or going never restarts it), and is registered only once the web server's runtime lists that
 * context, which takes a few milliseconds and happens on a thread of the registration's own, never
 * the caller's. Why: Pax Web 8.0.33's whiteboard takes a new servlet in two steps, each under its
 * lock (it finds the servlet's contexts, then records the servlet), while the web server comes to it
 * on a thread of its own (at a start, or when its configuration changed) and registers the contexts
 * and servlets it knows, then matches the servlets again. A servlet of the default context looked at
 * just before the web server came and recorded just after that matching was kept with no context and
 * never mapped ({@code docs/modules.md}, "The platform's own servlets"). A context that the runtime
 * already lists is one the whiteboard has registered under its lock, so a servlet registered after
 * that finds it in its first step, whatever the web server is doing.
 * <p>
 * The context is registered on behalf of the framework's system bundle, which never restarts, not of the
 * servlet's bundle: the whiteboard hears of a bundle's stop late, on the framework's asynchronous events
 * and then on a thread of its own, and then forgets everything it knew of that bundle. After a quick
 * {@code bundle:restart} (a busy machine) that would forget the bundle's new context too, and a servlet
 * registered after that would find no context and never be mapped. Its registration is taken back with
 * the servlet's.
 * <p>
 * Called from the component's own bundle context (the whiteboard serves a servlet with the web server
 * of the bundle that registered it), by a component that holds that bundle's {@code WebContainer}
 * while the servlet is registered. The caller keeps the returned {@link Registration} and calls
 * {@link Registration#unregister()} when the servlet goes (its component's deactivation).
 */
public final class WhiteboardServlets {

    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardServlets.class);

    /** The servlet's context's name is the servlet's with this after it. */
    public static final String CONTEXT_SUFFIX = ".context";
    /** How long a servlet waits for its context before the log says so (it keeps waiting). */
    static final long PATIENCE_MILLIS = 30_000;
    static final long FIRST_LOOK_MILLIS = 2;
    static final long LONGEST_LOOK_MILLIS = 250;

    private WhiteboardServlets() {
    }

    /**
     * Registers {@code servlet} as {@code name} at {@code patterns} (whiteboard patterns, e.g. {@code "/health"}
     * or {@code "/api/*"}) in a whiteboard context of its own at {@code /}: the context at once, the servlet as
     * soon as the web server's runtime lists the context.
     *
     * @param name the servlet's name: letters, digits, '-', '_' or '.', unique on the platform (e.g. {@code "kinerja-health"})
     */
    public static Registration register(BundleContext context, Servlet servlet, String name, String... patterns) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("A servlet's name is letters, digits, '-', '_' or '.': " + name);
        }
        if (patterns.length == 0) {
            throw new IllegalArgumentException("A servlet needs at least one address pattern: " + name);
        }
        String contextName = name + CONTEXT_SUFFIX;
        BundleContext owner = context.getBundle(Constants.SYSTEM_BUNDLE_ID).getBundleContext();
        ServiceRegistration<ServletContextHelper> helper = owner.registerService(ServletContextHelper.class,
                new ServletContextHelper(context.getBundle()) {
                }, FrameworkUtil.asDictionary(Map.of(
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME, contextName,
                        HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH, "/",
                        Constants.SERVICE_RANKING, Integer.MIN_VALUE)));
        Registration registration = new Registration(context, servlet, name, patterns.clone(), contextName, helper);
        Thread waiting = new Thread(registration::registerOnceTheContextIsServed, "kinerja-servlet-" + name);
        waiting.setDaemon(true);
        registration.waiting = waiting;
        waiting.start();
        return registration;
    }

    /** A servlet on its way to its addresses or at them, with its context. */
    public static final class Registration {

        private final BundleContext context;
        private final Servlet servlet;
        private final String name;
        private final String[] patterns;
        private final String contextName;
        private final ServiceRegistration<ServletContextHelper> helper;
        private final long helperId;
        private volatile Thread waiting;
        /** Guarded by this. */
        private ServiceRegistration<Servlet> registered;
        /** Guarded by this. */
        private boolean unregistered;

        Registration(BundleContext context, Servlet servlet, String name, String[] patterns, String contextName,
                ServiceRegistration<ServletContextHelper> helper) {
            this.context = context;
            this.servlet = servlet;
            this.name = name;
            this.patterns = patterns;
            this.contextName = contextName;
            this.helper = helper;
            this.helperId = (Long) helper.getReference().getProperty(Constants.SERVICE_ID);
        }

        /** Whether the servlet itself is registered (its context is served): it is then the whiteboard's to map. */
        public synchronized boolean servletRegistered() {
            return registered != null;
        }

        /** Takes the servlet away, then its context; a servlet still waiting for its context is never registered. */
        public void unregister() {
            ServiceRegistration<Servlet> servletRegistration;
            synchronized (this) {
                if (unregistered) {
                    return;
                }
                unregistered = true;
                servletRegistration = registered;
                registered = null;
            }
            Thread thread = waiting;
            if (thread != null) {
                thread.interrupt();
            }
            if (servletRegistration != null) {
                quietly(servletRegistration::unregister);
            }
            quietly(helper::unregister);
        }

        void registerOnceTheContextIsServed() {
            long started = System.nanoTime();
            long pause = FIRST_LOOK_MILLIS;
            boolean told = false;
            try {
                while (!contextServed()) {
                    synchronized (this) {
                        if (unregistered) {
                            return;
                        }
                    }
                    if (!told && (System.nanoTime() - started) / 1_000_000 > PATIENCE_MILLIS) {
                        told = true;
                        LOG.warn("The web server has not taken the context of servlet {} in {} s; the servlet waits for it", name, PATIENCE_MILLIS / 1000);
                    }
                    Thread.sleep(pause);
                    pause = Math.min(pause * 2, LONGEST_LOOK_MILLIS);
                }
                synchronized (this) {
                    if (!unregistered) {
                        registered = context.registerService(Servlet.class, servlet, FrameworkUtil.asDictionary(Map.of(
                                HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, name,
                                HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, patterns,
                                HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT,
                                "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + contextName + ")")));
                    }
                }
                if (told) {
                    LOG.info("Servlet {} registered: the web server took its context", name);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IllegalStateException e) {
                // the bundle stopped meanwhile: nothing to register any more
                LOG.debug("Servlet {} not registered: its bundle stopped", name, e);
            } finally {
                waiting = null;
            }
        }

        /** Whether the web server's runtime lists the servlet's context (the whiteboard registered it). */
        private boolean contextServed() {
            ServiceReference<HttpServiceRuntime> reference = context.getServiceReference(HttpServiceRuntime.class);
            if (reference == null) {
                return false;
            }
            HttpServiceRuntime runtime = context.getService(reference);
            if (runtime == null) {
                return false;
            }
            try {
                RuntimeDTO dto;
                try {
                    dto = runtime.getRuntimeDTO();
                } catch (IllegalStateException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // the web server is going or coming: look again later
                    LOG.debug("The web server's runtime could not be read for servlet {}", name, e);
                    return false;
                }
                if (dto.servletContextDTOs != null) {
                    for (ServletContextDTO served : dto.servletContextDTOs) {
                        if (served.serviceId == helperId) {
                            return true;
                        }
                    }
                }
                return false;
            } finally {
                context.ungetService(reference);
            }
        }

        private static void quietly(Runnable unregistration) {
            try {
                unregistration.run();
            } catch (IllegalStateException alreadyGone) {
                // the framework took it away with its bundle
            }
        }
    }
}
