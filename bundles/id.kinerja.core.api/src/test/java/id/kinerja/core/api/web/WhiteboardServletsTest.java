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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
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
    final BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { BundleContext.class },
            (proxy, method, args) -> {
                switch (method.getName()) {
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
    void theServletInTheDefaultContext() {
        Servlet servlet = new HttpServlet() {
            private static final long serialVersionUID = 1L;
        };
        ServiceRegistration<Servlet> registration = WhiteboardServlets.register(context, servlet, "kinerja-health", "/health");

        assertEquals(1, registered.size());
        Registered only = registered.get(0);
        assertEquals(Servlet.class.getName(), only.type);
        assertTrue(only.service == servlet);
        assertEquals("kinerja-health", only.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME));
        assertArrayEquals(new String[] { "/health" }, (String[]) only.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN));
        assertEquals(null, only.properties.get(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT), "the whiteboard's default context");
        assertFalse(only.unregistered);

        registration.unregister();
        assertTrue(only.unregistered);
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
