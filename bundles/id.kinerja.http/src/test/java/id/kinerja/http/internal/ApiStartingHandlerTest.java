package id.kinerja.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.xml.XmlConfiguration;
import org.eclipse.jetty.util.resource.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server as this fragment's jetty.xml configures it, in front of a context like Pax Web's. */
class ApiStartingHandlerTest {

    private Server server;
    private LocalConnector connector;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        connector = new LocalConnector(server);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(null, "/");
        // Pax Web's default servlet: what no servlet serves is "not found"
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }), "/");
        // a servlet of the web application, and the API's own 404 (a JSON body it writes)
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setStatus(404);
                response.setContentType("application/json");
                response.getWriter().write("{\"error\":\"NOT_FOUND\"}");
            }
        }), "/api/v1/units/*");
        server.setHandler(context);
        Server configured = (Server) new XmlConfiguration(Resource.newClassPathResource("/jetty.xml")).configure(server);
        assertTrue(configured == server, "the jetty.xml configures the server it is given");
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private HttpTester.Response get(String path) throws Exception {
        return HttpTester.parseResponse(connector.getResponse("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void anApiAddressNoServletServesIsStartingInTheApisJson() throws Exception {
        HttpTester.Response response = get("/api/v1/staff?limit=5");
        assertEquals(503, response.getStatus());
        assertEquals("2", response.get("Retry-After"));
        assertEquals("application/json;charset=UTF-8", response.get("Content-Type"));
        assertEquals("nosniff", response.get("X-Content-Type-Options"));
        assertEquals(JsonErrorHandler.STARTING, response.getContent());
    }

    @Test
    void theApisOwnNotFoundPassesUntouched() throws Exception {
        HttpTester.Response response = get("/api/v1/units/NOPE");
        assertEquals(404, response.getStatus());
        assertEquals("{\"error\":\"NOT_FOUND\"}", response.getContent());
    }

    @Test
    void theWebApplicationNoServletServesIsAPageThatReloads() throws Exception {
        HttpTester.Response response = get("/app/");
        assertEquals(503, response.getStatus());
        assertEquals("2", response.get("Retry-After"));
        assertEquals("text/html;charset=UTF-8", response.get("Content-Type"));
        assertTrue(response.getContent().contains("Layanan sedang dimulai"), response.getContent());
        assertTrue(response.getContent().contains("http-equiv=\"refresh\""), response.getContent());
    }

    @Test
    void theHealthCheckNoServletServesIsStartingForTheLoadBalancer() throws Exception {
        assertEquals(503, get("/health").getStatus());
    }

    @Test
    void otherAddressesKeepTheirNotFound() throws Exception {
        assertEquals(404, get("/apix").getStatus());
        assertEquals(404, get("/application").getStatus());
        assertEquals(404, get("/favicon.ico").getStatus());
    }

    @Test
    void whatJettyRefusesBeforeAnyServletIsAnsweredInJson() throws Exception {
        HttpTester.Response response = HttpTester.parseResponse(connector.getResponse(
                "GET /api/v1/staff HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(9000) + "\r\nConnection: close\r\n\r\n"));
        assertEquals(431, response.getStatus());
        assertTrue(response.getContent().contains("\"HEADERS_TOO_LARGE\""), response.getContent());
    }
}
