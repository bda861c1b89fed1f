package id.kinerja.core.api.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

class WhiteboardServletsTest {

    /** One registerService call as the framework saw it, and whether it was unregistered since. */
    static final class Registered {
        final String type;
        final Object service;
        final Dictionary<String, ?> properties;
        boolean unregistered;

        Registered(String type, Object service, Dictionary<String, ?> properties) {
            this.type = type;
            this.service = service;
            this.properties = properties;
        }
    }

    final List<Registered> registered = new ArrayList<>();
    final Bundle bundle = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Bundle.class },
            (proxy, method, args) -> method.getName().equals("toString") ? "module" : null);
    final BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { BundleContext.class },
            (proxy, method, args) -> {
                switch (method.getName()) {
                case "getBundle":
                    return bundle;
                case "registerService":
                    @SuppressWarnings("unchecked")
                    Registered entry = new Registered(((Class<?>) args[0]).getName(), args[1], (Dictionary<String, ?>) args[2]);
                    registered.add(entry);
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { ServiceRegistration.class }, (p, m, a) -> {
                        if (m.getName().equals("unregister")) {
                            entry.unregistered = true;
                        }
                        return null;
                    });
                default:
                    throw new UnsupportedOperationException(method.getName());
                }
            });

    @Test
    void theServletThenAContextOfItsOwnTakenAwayAtOnce() {
        Servlet servlet = new HttpServlet() {
            private static final long serialVersionUID = 1L;
        };
        ServiceRegistration<Servlet> registration = WhiteboardServlets.register(context, servlet, "kinerja-health", "/health");

        assertEquals(2, registered.size(), "the servlet, then the context");
        Registered first = registered.get(0);
        assertEquals(Servlet.class.getName(), first.type);
        assertTrue(first.service == servlet);
        assertEquals("kinerja-health", first.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME));
        assertArrayEquals(new String[] { "/health" }, (String[]) first.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN));
        assertEquals(null, first.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT), "the whiteboard's default context");
        assertFalse(first.unregistered, "the servlet stays");

        Registered second = registered.get(1);
        assertEquals(ServletContextHelper.class.getName(), second.type);
        assertTrue(second.service instanceof ServletContextHelper);
        assertEquals("kinerja-health.match", second.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME));
        assertEquals("/", second.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH));
        assertEquals(Integer.MIN_VALUE, second.properties.get(Constants.SERVICE_RANKING), "never the context the web server serves / with");
        assertTrue(second.unregistered, "the context is gone as soon as the whiteboard took it");

        registration.unregister();
        assertTrue(first.unregistered);
    }

    @Test
    void severalPatternsKeptAsGiven() {
        String[] patterns = { "/aduan", "/aduan/*" };
        WhiteboardServlets.register(context, new HttpServlet() {
            private static final long serialVersionUID = 1L;
        }, "kinerja-aduan", patterns);
        patterns[0] = "/changed";
        assertArrayEquals(new String[] { "/aduan", "/aduan/*" }, (String[]) registered.get(0).properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN));
    }

    @Test
    void aNameTheWhiteboardCannotTakeOrNoAddressRegistersNothing() {
        Servlet servlet = new HttpServlet() {
            private static final long serialVersionUID = 1L;
        };
        assertThrows(IllegalArgumentException.class, () -> WhiteboardServlets.register(context, servlet, "kinerja health", "/x"));
        assertThrows(IllegalArgumentException.class, () -> WhiteboardServlets.register(context, servlet, null, "/x"));
        assertThrows(IllegalArgumentException.class, () -> WhiteboardServlets.register(context, servlet, "kinerja-x"));
        assertTrue(registered.isEmpty());
    }
}
