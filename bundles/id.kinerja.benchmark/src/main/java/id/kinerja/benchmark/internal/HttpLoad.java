package id.kinerja.benchmark.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Concurrent clients asking the platform's own HTTP endpoint: requests per second, p50 and p99. Or,
 * with {@link #forWrk}, each kind written as a script for {@code wrk} (itests/wrk-kinds.sh), which asks
 * from outside the platform's JVM and spends far less of the processor on asking than these clients.
 */
final class HttpLoad {

    private final int port;
    private final String token;
    private final int clients;
    private final Path wrkFolder;

    HttpLoad(int port, String token, int clients) {
        this(port, token, clients, null);
    }

    private HttpLoad(int port, String token, int clients, Path wrkFolder) {
        this.port = port;
        this.token = token;
        this.clients = clients;
        this.wrkFolder = wrkFolder;
    }

    /**
     * This load, reporting by writing its kinds into {@code folder} (when not {@code null}) for
     * {@code wrk} instead of measuring them: {@code kinds.tsv} (a line per kind: its file, its name) and
     * a Lua script per kind that asks its requests in turn.
     */
    HttpLoad forWrk(String folder) {
        return folder == null ? this : new HttpLoad(port, token, clients, Path.of(folder));
    }

    /**
     * A kind of request: its path, asked with a person's token; or several such, asked in turn (each
     * client from its own place among them).
     */
    record Ask(List<String> tokens, List<String> paths) {

        Ask {
            if (tokens.size() != paths.size() || paths.isEmpty()) {
                throw new IllegalArgumentException("a token for each of one or more paths");
            }
            tokens = List.copyOf(tokens);
            paths = List.copyOf(paths);
        }

        Ask(String token, String path) {
            this(List.of(token), List.of(path));
        }
    }

    /** How this load asks, for the line before its report. */
    String how(int seconds) {
        return wrkFolder != null ? "the kinds asked by wrk from outside the platform (itests/wrk-kinds.sh)"
                : String.format("%d clients, %d s per kind (each kind warmed up %d s first, all before the first is measured)", clients, seconds, seconds);
    }

    /**
     * Measures each kind of request (name to path, with this load's token) for {@code seconds} and
     * prints a line each: requests/s, p50 and p99 in ms, and against the first kind. Every kind is
     * asked for as long first to warm up, all of them before the first is measured, so that no kind
     * is measured while the code of the ones after it is still being compiled.
     */
    void report(Map<String, String> kinds, int seconds) throws Exception {
        Map<String, Ask> asks = new java.util.LinkedHashMap<>();
        kinds.forEach((name, path) -> asks.put(name, new Ask(token, path)));
        reportAsked(asks, seconds);
    }

    /** {@link #report}, each kind asked with its own token. */
    void reportAsked(Map<String, Ask> kinds, int seconds) throws Exception {
        if (wrkFolder != null) {
            writeWrkScripts(kinds);
            return;
        }
        int width = Math.max(14, kinds.keySet().stream().mapToInt(String::length).max().orElse(0));
        System.out.printf("%-" + width + "s %10s %9s %9s %9s%n", "kind", "requests/s", "p50 ms", "p99 ms", "vs first");
        for (Ask ask : kinds.values()) {
            measure(ask, seconds);
        }
        double first = 0;
        for (Map.Entry<String, Ask> kind : kinds.entrySet()) {
            double[] result = measure(kind.getValue(), seconds);
            if (first == 0) {
                first = result[0];
            }
            System.out.printf("%-" + width + "s %10.0f %9.2f %9.2f %9.2f%n", kind.getKey(), result[0], result[1], result[2], result[0] / first);
        }
    }

    private void writeWrkScripts(Map<String, Ask> kinds) throws IOException {
        Files.createDirectories(wrkFolder);
        StringBuilder index = new StringBuilder();
        int number = 0;
        for (Map.Entry<String, Ask> kind : kinds.entrySet()) {
            String file = String.format("%02d.lua", ++number);
            index.append(file).append('\t').append(kind.getKey()).append('\n');
            Files.writeString(wrkFolder.resolve(file), wrkScript(kind.getKey(), kind.getValue()));
        }
        Files.writeString(wrkFolder.resolve("kinds.tsv"), index);
        System.out.printf("%d kinds written for wrk to %s%n", kinds.size(), wrkFolder);
    }

    /**
     * A wrk script asking the kind's requests in turn, each of wrk's threads from its own place among
     * them (as each client here does).
     */
    static String wrkScript(String name, Ask ask) {
        StringBuilder lua = new StringBuilder("-- ").append(name.replace('\n', ' ')).append('\n');
        lua.append("local asks = {\n");
        for (int i = 0; i < ask.paths().size(); i++) {
            lua.append("  {").append(luaString(ask.paths().get(i))).append(", ").append(luaString("Bearer " + ask.tokens().get(i))).append("},\n");
        }
        lua.append("}\n");
        lua.append("""
                local threads = 0
                function setup(thread)
                  thread:set("place", threads)
                  threads = threads + 1
                end
                local requests = {}
                local n = 0
                function init(args)
                  for i, ask in ipairs(asks) do
                    requests[i] = wrk.format("GET", ask[1], { ["Authorization"] = ask[2] })
                  end
                  n = (place or 0) * math.floor(#requests / 2)
                end
                function request()
                  n = n + 1
                  return requests[n % #requests + 1]
                end
                """);
        return lua.toString();
    }

    /** A Lua string literal of {@code text} (its UTF-8 bytes, all but printable ASCII escaped). */
    static String luaString(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                literal.append('\\').append((char) c);
            } else if (c < 0x20 || c > 0x7e) {
                literal.append(String.format("\\%03d", c));
            } else {
                literal.append((char) c);
            }
        }
        return literal.append('"').toString();
    }

    /** The lines of one answer of {@code path}, read as they come. */
    long lines(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<java.util.stream.Stream<String>> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofHours(1)).GET().build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        try (java.util.stream.Stream<String> lines = response.body()) {
            return lines.count();
        }
    }

    /** The cursor to the page after the page of {@code path} (its answer's "next"). */
    String next(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !next.find()) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " without a next page");
        }
        return next.group(1);
    }

    /** Requests per second, p50 and p99 in ms, of the clients asking {@code ask} for {@code duration} s. */
    double[] measure(Ask ask, int duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < ask.paths().size(); i++) {
            requests.add(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ask.paths().get(i)))
                    .header("Authorization", "Bearer " + ask.tokens().get(i)).timeout(Duration.ofSeconds(30)).GET().build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration * 1_000_000_000L;
        List<Future<long[]>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int start = c * requests.size() / clients;
            runs.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && n < latencies.length) {
                    HttpRequest request = requests.get((start + n) % requests.size());
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + new String(response.body()));
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> run : runs) {
            for (long latency : run.get()) {
                all.add(latency);
            }
        }
        pool.shutdown();
        all.sort(null);
        return new double[] { all.size() / (double) duration, all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6 };
    }
}
