package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.ws.rs.BeanParam;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.core.api.module.ModuleService;

/**
 * What a hostile or careless client sends, to every endpoint the platform serves with every module
 * installed (found by reading the served resources), without a token and as the personnel officer
 * (who passes most permission checks, so the input reaches the code behind them): path values and
 * query parameters that are not what they should be (dates far outside any database's range, a bare
 * {@code %}, NUL, huge numbers), every field of every JSON body with such values, CSV with an
 * unbalanced quote or in Latin-1, a wildcard, missing or unparsable {@code Content-Type}. No answer
 * may be a server error, and every error must be the API's JSON (Open311's error list under
 * Open311) with the security headers.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HostileInputIT extends KinerjaTestSupport {

    static final String PERSON = "198503152010011002";
    static final List<String> PATH_VALUES = List.of("%25", "%00", "-999999999-01-01", "+999999999-12", "99999999999999999999", "..%3B", "%27%22");
    static final List<String> QUERY_VALUES = List.of("-999999999-01-01T00:00:00Z", "+999999999-12", "-999999999-01-01", "%00", "-1",
            "99999999999999999999", "%27%22%3C");
    static final List<String> DATE_VALUES = List.of("-2147483649", "\"+999999999-12-31\"", "\"-999999999-01-01T00:00:00Z\"", "\"+999999999-12\"");
    static final List<String> TEXT_VALUES = List.of("\"\\u0000\\u001b[31m'\\\"<x>\"", "\"" + "x".repeat(20_000) + "\"", "12");
    static final List<String> NUMBER_VALUES = List.of("2147483648", "-1", "1e400", "\"x\"");

    @Inject
    ModuleService modules;

    @Inject
    BundleContext context;

    /** One request of the test, and what came back. */
    record Sent(String who, String method, String path, String contentType, String body, HttpResponse<String> response) {
        @Override
        public String toString() {
            String shown = body == null ? "" : " [" + (body.length() > 80 ? body.substring(0, 80) + "…" : body) + "]";
            String answer = response.body().length() > 200 ? response.body().substring(0, 200) + "…" : response.body();
            return who + ": " + method + " " + path + " (" + contentType + ")" + shown + " -> " + response.statusCode() + " " + answer;
        }
    }

    @Test
    public void noHostileInputCausesAServerErrorOrAnErrorOutsideTheApisShape() throws Exception {
        awaitApi("/staff");
        installEveryModule(modules);
        expect(201, postJson("/units", "{\"code\":\"HX\",\"name\":\"Dinas Uji\"}"));
        expect(201, postJson("/staff", "{\"nip\":\"" + PERSON + "\",\"fullName\":\"Budi Santoso\",\"employmentType\":\"PNS\",\"rank\":\"III/c\","
                + "\"positionName\":\"Analis\",\"positionKind\":\"FUNGSIONAL\",\"positionClass\":9,\"unitCode\":\"HX\"}"));

        List<Endpoint> endpoints = discover(context);
        assertTrue("far more endpoints than " + endpoints.size(), endpoints.size() > 120);
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            for (String who : new String[] { null, OFFICER }) {
                for (Sent request : hostileRequests(endpoint, who)) {
                    sent++;
                    String problem = problemWith(request);
                    if (problem != null) {
                        problems.add(problem + ": " + request);
                    }
                }
            }
        }
        // the requests the probe found at the edges of the API: Open311's own servlet, and bodies in the wrong type
        String open311 = api("").replace("/api/v1", "/open311");
        for (Sent request : List.of(raw("GET", open311 + "/%25", null, null), raw("GET", open311 + "/v2/%00.json", null, null),
                raw("GET", open311 + "/v2/requests.json?start_date=-999999999-01-01T00:00:00Z", null, null),
                raw("POST", open311 + "/v2/requests.json", "*/*", "service_code=JALAN&description=x"),
                raw("POST", open311 + "/v2/requests.json", null, "service_code=JALAN&description=x"),
                raw("POST", api("/public/complaints"), "application/json; charset=\"", "{}"))) {
            sent++;
            String problem = problemWith(request);
            if (problem != null) {
                problems.add(problem + ": " + request);
            }
        }
        // what only a raw connection sends: Jetty refuses it before any servlet, and must answer in the API's shape all the same
        String close = "Host: localhost\r\nConnection: close\r\n";
        for (String raw : List.of("GET /api/v1/staff/%00 HTTP/1.1\r\n" + close + "\r\n",
                "GET /api/v1/appraisal/plans/..;/x HTTP/1.1\r\n" + close + "\r\n",
                "GET /api/v1/staff HTTP/1.1\r\n" + close + "X-Probe: a\u0001\u001b[2Jb\r\n\r\n",
                "GET /api/v1/staff HTTP/1.1\r\n" + close + "X-Probe: " + "a".repeat(40_000) + "\r\n\r\n",
                "GET /api/v1/staff HTTP/1.1\r\n" + close + "Content-Type: application/json; charset=\"\r\n\r\n",
                "GET /open311/%25 HTTP/1.1\r\n" + close + "\r\n")) {
            sent++;
            RawAnswer answer = RawAnswer.of(raw);
            String problem = answer.status() >= 500 ? "server error" : !"nosniff".equalsIgnoreCase(answer.headers().get("x-content-type-options"))
                    ? "error without the security headers" : !answer.body().startsWith("{\"error\":") ? "an error that is not the API's JSON" : null;
            if (problem != null) {
                problems.add(problem + ": raw " + raw.substring(0, Math.min(raw.length(), 90)).replace("\r\n", " ") + " -> " + answer);
            }
        }
        // the log: a line for a refusal (at most so many a minute), never a stack trace for one, never a raw control character
        org.slf4j.LoggerFactory.getLogger("id.kinerja.itest").warn("Probe \u0000\u001b[2J\r\nFAKE | ERROR | a forged line");
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        String text = java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            problems.add("the log holds a raw control character");
        }
        if (!text.contains("Probe ??[2J\\r\\nFAKE | ERROR | a forged line")) {
            problems.add("the probe line is not in the log as expected");
        }
        if (text.contains("KinerjaException: ")) {
            problems.add("the log holds the stack trace of a refusal");
        }
        long refusals = text.lines().filter(l -> l.contains("| Refused ")).count();
        long minutes = text.lines().filter(l -> l.contains("| Refused ")).map(l -> l.substring(0, 16)).distinct().count();
        if (refusals == 0 || refusals > minutes * 60) {
            problems.add(refusals + " refusal lines in " + minutes + " minutes");
        }
        problems.sort(java.util.Comparator.comparing((String p) -> !p.startsWith("server error"))); // server errors first
        assertTrue(problems.size() + " of " + sent + " hostile requests were answered badly:\n" + String.join("\n",
                problems.subList(0, Math.min(problems.size(), 150))), problems.isEmpty());
    }

    @Test
    public void slowClientsCannotHoldTheServersThreads() throws Exception {
        // the web server's limits on slow clients do not touch the database, and the test waits out the idle
        // timeout (over 30 s): run on Derby only
        org.junit.Assume.assumeFalse("the web server's limits, not the database's", onPostgreSql());
        awaitApi("/staff");
        String port = System.getProperty("kinerja.itest.port");
        String upload = "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"nip\":\"";

        // a body trickling in at 4 bytes a second (the minimum is 2 KB/s after 3 s) is cut within seconds, in the API's shape
        long started = System.currentTimeMillis();
        String answer;
        try (java.net.Socket slow = new java.net.Socket("localhost", Integer.parseInt(port))) {
            slow.setSoTimeout(30_000);
            java.io.OutputStream out = slow.getOutputStream();
            out.write(upload.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                for (int i = 0; i < 100; i++) {
                    out.write('1');
                    out.flush();
                    Thread.sleep(250);
                }
            } catch (java.io.IOException cut) {
                // the server closed the connection
            }
            answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException reset) {
            answer = "";
        }
        long cutAfter = System.currentTimeMillis() - started;
        assertTrue("a body sent at 4 B/s is cut well before it ends (25 s): after " + cutAfter + " ms, " + answer, cutAfter < 20_000);
        assertTrue("the cut is told in the API's shape, or the connection simply closed: " + answer,
                answer.isEmpty() || answer.startsWith("HTTP/1.1 408") && answer.contains("{\"error\":\"REQUEST_TOO_SLOW\""));

        // a client that stops sending altogether is let go after the web server's idle timeout (30 s; containers
        // of this suite may be shared between test classes, so the test takes the shipped setting)
        long stalledAt = System.currentTimeMillis();
        try (java.net.Socket silent = new java.net.Socket("localhost", Integer.parseInt(port))) {
            silent.setSoTimeout(60_000);
            silent.getOutputStream().write(upload.getBytes(StandardCharsets.US_ASCII));
            silent.getOutputStream().flush();
            silent.getInputStream().readAllBytes();
        } catch (java.io.IOException reset) {
            // closed by the server
        }
        long heldFor = System.currentTimeMillis() - stalledAt;
        assertTrue("a silent client holds its thread for the idle timeout only: " + heldFor + " ms", heldFor < 45_000);

        // one client may have 4 uploads in flight; the 5th is refused at once, other requests go on
        List<java.net.Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                java.net.Socket socket = new java.net.Socket("localhost", Integer.parseInt(port));
                socket.getOutputStream().write(upload.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            Thread.sleep(500);
            HttpResponse<String> fifth = anonymous("POST", "/auth/login", "application/json", "{\"nip\":\"1\",\"password\":\"x\"}");
            assertEquals(fifth.body(), 429, fifth.statusCode());
            assertEquals("TOO_MANY_UPLOADS", JSON.readTree(fifth.body()).get("error").asText());
            assertEquals("a request without a body is served", 200, get("/units").statusCode());
        } finally {
            for (java.net.Socket socket : stalled) {
                socket.close();
            }
        }
        // the stalled ones ended (closed, or cut after the 3 s read timeout): uploads are admitted again
        HttpResponse<String> again = null;
        for (long until = System.currentTimeMillis() + 15_000; (again == null || again.statusCode() == 429) && System.currentTimeMillis() < until;) {
            Thread.sleep(250);
            again = postJson("/units", "{}");
        }
        assertEquals("an upload past the check again: " + again.body(), 400, again.statusCode());
        // a slow, silent or vanished client is its own doing: refused in a line of the log, never an unexpected error of ours
        String log = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertFalse(log.lines().filter(l -> l.contains("Unexpected error")).findFirst().orElse(""), log.contains("Unexpected error"));
    }

    /** What is wrong with an answer, or {@code null}. */
    static String problemWith(Sent request) {
        HttpResponse<String> response = request.response();
        if (response.statusCode() >= 500) {
            return "server error";
        }
        if (response.statusCode() < 400) {
            return null;
        }
        if (!"nosniff".equals(response.headers().firstValue("X-Content-Type-Options").orElse(null))) {
            return "error without the security headers";
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        try {
            if (type.startsWith("text/xml") && response.body().contains("<errors><error><code>")) {
                return null; // Open311's own error list, as its clients expect
            }
            JsonNode body = JSON.readTree(response.body());
            boolean apiError = body != null && body.isObject() && body.hasNonNull("error") && body.hasNonNull("message");
            boolean open311Error = body != null && body.isArray() && body.size() > 0 && body.get(0).has("code") && body.get(0).has("description");
            return apiError || open311Error ? null : "an error that is not the API's JSON";
        } catch (java.io.IOException notJson) {
            return "an error that is not JSON";
        }
    }

    /** The hostile variants of one endpoint, sent by {@code who} (a NIP, or {@code null} for nobody). */
    List<Sent> hostileRequests(Endpoint endpoint, String who) throws Exception {
        List<Sent> sent = new ArrayList<>();
        Method method = endpoint.javaMethod();
        List<String> pathNames = new ArrayList<>();
        List<String> queryNames = new ArrayList<>();
        List<String> formNames = new ArrayList<>();
        Type bodyType = null;
        for (Parameter parameter : method.getParameters()) {
            PathParam path = parameter.getAnnotation(PathParam.class);
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            FormParam form = parameter.getAnnotation(FormParam.class);
            if (path != null) {
                pathNames.add(path.value());
            } else if (query != null) {
                queryNames.add(query.value());
            } else if (form != null) {
                formNames.add(form.value());
            } else if (!annotatedForJaxRs(parameter)) {
                bodyType = parameter.getParameterizedType();
            }
        }
        String sanePath = sanePath(endpoint.path(), null, null);
        String saneBody = saneBody(endpoint.consumes(), bodyType);
        // path values
        for (String name : pathNames) {
            for (String value : PATH_VALUES) {
                sent.add(send(who, endpoint.method(), sanePath(endpoint.path(), name, value), endpoint.consumes(), saneBody));
            }
        }
        // query parameters
        for (String name : queryNames) {
            for (String value : QUERY_VALUES) {
                sent.add(send(who, endpoint.method(), sanePath + "?" + name + "=" + value, endpoint.consumes(), saneBody));
            }
        }
        // the body: every field of a JSON body, form fields, CSV
        String consumes = endpoint.consumes() == null ? "" : endpoint.consumes();
        if (consumes.startsWith("application/json") && bodyType != null) {
            for (String body : hostileJson(bodyType)) {
                sent.add(send(who, endpoint.method(), sanePath, "application/json", body));
            }
        } else if (consumes.startsWith("application/x-www-form-urlencoded")) {
            for (String name : formNames) {
                for (String value : QUERY_VALUES) {
                    sent.add(send(who, endpoint.method(), sanePath, consumes, name + "=" + value));
                }
            }
        } else if (consumes.startsWith("text/csv") || consumes.startsWith("text/plain")) {
            sent.add(send(who, endpoint.method(), sanePath, "text/csv", "nip,date,kind\n\"198503152010011002,2026-01-02,LATE\n"));
            sent.add(sendBytes(who, endpoint.method(), sanePath, "text/csv", "nip,fullName\n198503152010011002,Korbán\n"
                    .getBytes(StandardCharsets.ISO_8859_1)));
        } else if (consumes.startsWith("multipart/")) {
            sent.add(send(who, endpoint.method(), sanePath, "multipart/form-data; boundary=k", "--k\r\nContent-Disposition: form-data; "
                    + "name=\"file\"; filename=\"x.pdf\"\r\nContent-Type: */*\r\n\r\n%PDF-1.4\r\n--k--\r\n"));
            sent.add(send(who, endpoint.method(), sanePath, "multipart/form-data", "--k--\r\n"));
        }
        // content types: a wildcard, none, one that cannot be parsed
        if (!endpoint.method().equals("GET") && !endpoint.method().equals("DELETE")) {
            for (String type : new String[] { "*/*", null, "application/json; charset=\"" }) {
                sent.add(send(who, endpoint.method(), sanePath, type, saneBody == null ? "{}" : saneBody));
            }
        }
        return sent;
    }

    static boolean annotatedForJaxRs(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == Context.class || type == HeaderParam.class || type == BeanParam.class || type == CookieParam.class
                    || type == MatrixParam.class || type.getName().startsWith("org.glassfish.jersey.media.multipart")) {
                return true;
            }
        }
        return false;
    }

    /** The path with sane values, except {@code name}, which gets {@code value}. */
    static String sanePath(String template, String name, String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)\\}").matcher(template.replaceFirst("^/v1", ""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String param = m.group(1);
            String replacement = param.equals(name) ? value : switch (param) {
                case "nip" -> PERSON;
                case "year" -> "2026";
                case "month" -> "2026-01";
                case "period" -> "2026-Q1";
                case "format" -> "json";
                case "code" -> "HX";
                default -> "1";
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String saneBody(String consumes, Type bodyType) {
        if (consumes == null) {
            return null;
        }
        if (consumes.startsWith("application/json")) {
            return bodyType instanceof ParameterizedType ? "[]" : "{}";
        }
        return "";
    }

    /** JSON bodies that set one field at a time to a hostile value of its type (a list gets one such element). */
    static List<String> hostileJson(Type type) {
        boolean list = type instanceof ParameterizedType p && java.util.Collection.class.isAssignableFrom((Class<?>) p.getRawType());
        Class<?> element = list ? elementClass((ParameterizedType) type) : type instanceof Class<?> c ? c : null;
        List<String> bodies = new ArrayList<>();
        if (element == null || !element.isRecord()) {
            bodies.add(list ? "[{}]" : "[]");
            return bodies;
        }
        for (RecordComponent component : element.getRecordComponents()) {
            for (String value : hostileValues(component.getType())) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put(component.getName(), value);
                String object = "{" + fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                        .reduce((a, b) -> a + "," + b).orElse("") + "}";
                bodies.add(list ? "[" + object + "]" : object);
            }
        }
        return bodies;
    }

    static Class<?> elementClass(ParameterizedType type) {
        Type argument = type.getActualTypeArguments()[0];
        return argument instanceof Class<?> c ? c : null;
    }

    static List<String> hostileValues(Class<?> type) {
        if (Temporal.class.isAssignableFrom(type) || type == java.time.YearMonth.class) {
            return DATE_VALUES;
        }
        if (type == String.class) {
            return TEXT_VALUES;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() || type == BigDecimal.class) {
            return NUMBER_VALUES;
        }
        if (type.isEnum()) {
            return List.of("\"NO_SUCH_VALUE\"", "7");
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return List.of("[null]", "[{\"x\":1}]", "{}");
        }
        return List.of("[]", "\"x\"");
    }

    static Sent send(String who, String method, String path, String contentType, String body) throws Exception {
        return sendBytes(who, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    static Sent sendBytes(String who, String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (who != null) {
            request.header("Authorization", bearer(who));
        }
        HttpResponse<String> response = sendOnce(request.build());
        return new Sent(who == null ? "anonymous" : "officer", method, path, contentType, body == null ? null : new String(body, StandardCharsets.UTF_8),
                response);
    }

    static Sent raw(String method, String url, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return new Sent("anonymous", method, url, contentType, body, sendOnce(request.build()));
    }

    /**
     * Sends a request; sent again once if the client's pooled connection was closed under it (the
     * server closes a connection after refusing a malformed request, and the client may not know yet).
     */
    static HttpResponse<String> sendOnce(HttpRequest request) throws Exception {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** An answer read from a raw connection: status, headers (names in lower case), body. */
    record RawAnswer(int status, Map<String, String> headers, String body) {

        static RawAnswer of(String request) throws Exception {
            try (java.net.Socket socket = new java.net.Socket("localhost", Integer.parseInt(System.getProperty("kinerja.itest.port")))) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String statusLine = in.readLine();
                Map<String, String> headers = new LinkedHashMap<>();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    int colon = line.indexOf(':');
                    headers.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
                }
                StringBuilder body = new StringBuilder();
                if (headers.containsKey("content-length")) {
                    int length = Integer.parseInt(headers.get("content-length"));
                    for (int c; body.length() < length && (c = in.read()) >= 0;) {
                        body.append((char) c);
                    }
                } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                    for (int size = Integer.parseInt(in.readLine().strip(), 16); size > 0; size = Integer.parseInt(in.readLine().strip(), 16)) {
                        for (int i = 0; i < size; i++) {
                            body.append((char) in.read());
                        }
                        in.readLine();
                    }
                }
                return new RawAnswer(statusLine == null ? -1 : Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString());
            }
        }
    }
}
