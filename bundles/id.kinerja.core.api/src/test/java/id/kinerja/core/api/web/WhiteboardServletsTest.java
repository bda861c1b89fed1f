package id.kinerja.core.api.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

class WhiteboardServletsTest {

    /** One registerService call as the framework saw it, and whether it was unregistered since. */
    static final class Registered {
        final long id;
        final String owner;
        final String type;
        final Object service;
        final Dictionary<String, ?> properties;
        volatile boolean unregistered;

        Registered(long id, String owner, String type, Object service, Dictionary<String, ?> properties) {
            this.id = id;
            this.owner = owner;
            this.type = type;
            this.service = service;
            this.properties = properties;
        }
    }

    /** What happened, in order: "register <type>" and "unregister <type>". */
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final List<Registered> registered = Collections.synchronizedList(new ArrayList<>());
    /** Whether the fake web server's runtime lists the contexts registered so far, and whether there is a runtime. */
    volatile boolean contextsServed;
    volatile boolean runtimePresent = true;
    volatile int runtimeReads;

    final HttpServiceRuntime runtime = (HttpServiceRuntime) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] { HttpServiceRuntime.class }, (proxy, method, args) -> {
                if (!method.getName().equals("getRuntimeDTO")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                runtimeReads++;
                RuntimeDTO dto = new RuntimeDTO();
                List<ServletContextDTO> contexts = new ArrayList<>();
                ServletContextDTO webServers = new ServletContextDTO();
                webServers.name = "default";
                webServers.serviceId = 0;
                contexts.add(webServers);
                if (contextsServed) {
                    synchronized (registered) {
                        for (Registered r : registered) {
                            if (r.type.equals(ServletContextHelper.class.getName()) && !r.unregistered) {
                                ServletContextDTO served = new ServletContextDTO();
                                served.name = (String) r.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME);
                                served.serviceId = r.id;
                                contexts.add(served);
                            }
                        }
                    }
                }
                dto.servletContextDTOs = contexts.toArray(new ServletContextDTO[0]);
                return dto;
            });

    final ServiceReference<?> runtimeReference = (ServiceReference<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] { ServiceReference.class }, (proxy, method, args) -> null);

    /** The servlet's bundle's context, and the system bundle's (the one owner that never restarts). */
    final BundleContext context = bundleContext("servlet's bundle");
    final BundleContext systemContext = bundleContext("system bundle");
    final Bundle systemBundle = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Bundle.class },
            (proxy, method, args) -> {
                if (method.getName().equals("getBundleContext")) {
                    return systemContext;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    BundleContext bundleContext(String owner) {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { BundleContext.class },
                (proxy, method, args) -> {
                    switch (method.getName()) {
                    case "registerService":
                        @SuppressWarnings("unchecked")
                        Registered entry = new Registered(100 + registered.size(), owner, ((Class<?>) args[0]).getName(), args[1],
                                (Dictionary<String, ?>) args[2]);
                        registered.add(entry);
                        events.add("register " + entry.type);
                        return registration(entry);
                    case "getBundle":
                        if (args != null && args.length == 1 && Long.valueOf(Constants.SYSTEM_BUNDLE_ID).equals(args[0])) {
                            return systemBundle;
                        }
                        return null;
                    case "getServiceReference":
                        return runtimePresent && args[0] == HttpServiceRuntime.class ? runtimeReference : null;
                    case "getService":
                        return runtime;
                    case "ungetService":
                        return true;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    ServiceRegistration<?> registration(Registered entry) {
        ServiceReference<?> reference = (ServiceReference<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ServiceReference.class }, (p, m, a) -> {
                    if (m.getName().equals("getProperty") && Constants.SERVICE_ID.equals(a[0])) {
                        return entry.id;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return (ServiceRegistration<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { ServiceRegistration.class }, (p, m, a) -> {
            switch (m.getName()) {
            case "unregister":
                if (entry.unregistered) {
                    throw new IllegalStateException("already unregistered");
                }
                entry.unregistered = true;
                events.add("unregister " + entry.type);
                return null;
            case "getReference":
                return reference;
            default:
                throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    static final Servlet SERVLET = new HttpServlet() {
        private static final long serialVersionUID = 1L;
    };

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    List<Registered> of(Class<?> type) {
        synchronized (registered) {
            return registered.stream().filter(r -> r.type.equals(type.getName())).toList();
        }
    }

    static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void theServletComesOnlyOnceTheWebServerListsItsOwnContext() throws InterruptedException {
        WhiteboardServlets.Registration registration = WhiteboardServlets.register(context, SERVLET, "kinerja-health", "/health");

        List<Registered> contexts = of(ServletContextHelper.class);
        assertEquals(1, contexts.size(), "the context at once, from the caller's thread");
        Dictionary<String, ?> context = contexts.get(0).properties;
        assertEquals("kinerja-health.context", context.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME));
        assertEquals("/", context.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH));
        assertEquals(Integer.MIN_VALUE, context.get(Constants.SERVICE_RANKING), "never the context the web server serves / with");
        assertEquals("system bundle", contexts.get(0).owner, "owned by a bundle the whiteboard never forgets");

        int reads = runtimeReads;
        await("the runtime read again while the context is not listed", () -> runtimeReads > reads + 2);
        assertTrue(of(Servlet.class).isEmpty(), "no servlet while the web server does not list its context");
        assertFalse(registration.servletRegistered());

        contextsServed = true;
        await("the servlet registered", registration::servletRegistered);
        List<Registered> servlets = of(Servlet.class);
        assertEquals(1, servlets.size());
        Registered servlet = servlets.get(0);
        assertTrue(servlet.service == SERVLET);
        assertEquals("servlet's bundle", servlet.owner, "served with the web server of the servlet's own bundle");
        assertEquals("kinerja-health", servlet.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME));
        assertArrayEquals(new String[] { "/health" }, (String[]) servlet.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN));
        assertEquals("(osgi.http.whiteboard.context.name=kinerja-health.context)",
                servlet.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT), "its own context, not the default one");
        await("the waiting thread gone", () -> !threadAlive("kinerja-servlet-kinerja-health"));

        registration.unregister();
        assertEquals(List.of("register " + ServletContextHelper.class.getName(), "register " + Servlet.class.getName(),
                "unregister " + Servlet.class.getName(), "unregister " + ServletContextHelper.class.getName()), events,
                "the servlet goes before its context (a context going first would leave the servlet unmapped, then match it nowhere)");
        registration.unregister();
        assertEquals(4, events.size(), "a second unregister does nothing");
    }

    @Test
    void noWebServerRuntimeYetMeansTheServletWaits() throws InterruptedException {
        runtimePresent = false;
        contextsServed = true;
        WhiteboardServlets.Registration registration = WhiteboardServlets.register(context, SERVLET, "kinerja-app", "/app/*");
        Thread.sleep(50);
        assertFalse(registration.servletRegistered());

        runtimePresent = true;
        await("the servlet registered once the runtime is there", registration::servletRegistered);
        registration.unregister();
    }

    @Test
    void unregisteredWhileWaitingItNeverComes() throws InterruptedException {
        WhiteboardServlets.Registration registration = WhiteboardServlets.register(context, SERVLET, "kinerja-api", "/api/*");
        registration.unregister();
        assertTrue(of(ServletContextHelper.class).get(0).unregistered);
        await("the waiting thread ends", () -> !threadAlive("kinerja-servlet-kinerja-api"));

        contextsServed = true;
        Thread.sleep(50);
        assertTrue(of(Servlet.class).isEmpty(), "no servlet after its registration was taken back");
        assertFalse(registration.servletRegistered());
    }

    @Test
    void severalPatternsKeptAsGiven() throws InterruptedException {
        contextsServed = true;
        String[] patterns = { "/aduan", "/aduan/*" };
        WhiteboardServlets.Registration registration = WhiteboardServlets.register(context, SERVLET, "kinerja-aduan", patterns);
        patterns[0] = "/changed";
        await("the servlet registered", registration::servletRegistered);
        assertArrayEquals(new String[] { "/aduan", "/aduan/*" }, (String[]) of(Servlet.class).get(0).properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN));
        registration.unregister();
    }

    @Test
    void aNameTheWhiteboardCannotTakeOrNoAddressRegistersNothing() {
        assertThrows(IllegalArgumentException.class, () -> WhiteboardServlets.register(context, SERVLET, "kinerja health", "/x"));
        assertThrows(IllegalArgumentException.class, () -> WhiteboardServlets.register(context, SERVLET, null, "/x"));
        assertThrows(IllegalArgumentException.class, () -> WhiteboardServlets.register(context, SERVLET, "kinerja-x"));
        assertTrue(registered.isEmpty());
    }
}
