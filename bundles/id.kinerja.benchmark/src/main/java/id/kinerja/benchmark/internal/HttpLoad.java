package id.kinerja.benchmark.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Concurrent clients asking the platform's own HTTP endpoint: requests per second, p50 and p99. */
final class HttpLoad {

    private final int port;
    private final String token;
    private final int clients;

    HttpLoad(int port, String token, int clients) {
        this.port = port;
        this.token = token;
        this.clients = clients;
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
