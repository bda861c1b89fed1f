package id.kinerja.itests;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * While a module comes and goes: a client keeps calling core endpoints (each must answer 200), and
 * writing to the core when given a unit to rename, and a listener notes every other bundle that stops
 * (a refresh would). {@link #close()} ends both.
 */
final class CoreWatch implements AutoCloseable {

    final List<String> failures = new CopyOnWriteArrayList<>();
    final List<String> disturbed = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final BundleContext context;
    private final SynchronousBundleListener watcher;
    private final Thread client;

    /** Starts watching with a reading client; bundles named in {@code moduleBundles} may stop. */
    CoreWatch(BundleContext context, Set<String> moduleBundles, List<String> corePaths) {
        this(context, moduleBundles, corePaths, null);
    }

    /**
     * Starts watching with a client that reads {@code corePaths} and, unless {@code unitToRename} is
     * null, renames that (existing) unit after each round: a write that must succeed too.
     */
    CoreWatch(BundleContext context, Set<String> moduleBundles, List<String> corePaths, String unitToRename) {
        this.context = context;
        this.watcher = event -> {
            int type = event.getType();
            boolean stopped = type == BundleEvent.STOPPING || type == BundleEvent.STOPPED || type == BundleEvent.UNRESOLVED;
            if (stopped && !moduleBundles.contains(event.getBundle().getSymbolicName())) {
                disturbed.add(event.getBundle().getSymbolicName() + " " + type);
            }
        };
        this.client = new Thread(() -> {
            while (running.get()) {
                for (String path : corePaths) {
                    try {
                        java.net.http.HttpResponse<String> answer = KinerjaTestSupport.get(path);
                        calls.incrementAndGet();
                        if (answer.statusCode() != 200) {
                            failures.add(path + " -> " + answer.statusCode() + " " + abbreviated(answer.body()));
                        }
                    } catch (Exception e) {
                        failures.add(path + " -> " + e);
                    }
                }
                if (unitToRename != null) {
                    String path = "/units/" + unitToRename;
                    try {
                        java.net.http.HttpResponse<String> answer = KinerjaTestSupport.send("PUT", path, "application/json",
                                "{\"name\":\"Unit uji " + calls.incrementAndGet() + "\"}");
                        if (answer.statusCode() != 200) {
                            failures.add("PUT " + path + " -> " + answer.statusCode() + " " + abbreviated(answer.body()));
                        }
                    } catch (Exception e) {
                        failures.add("PUT " + path + " -> " + e);
                    }
                }
            }
        }, "core-client");
        context.addBundleListener(watcher);
        client.start();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        client.join(10_000);
        context.removeBundleListener(watcher);
    }

    /** The start of an answer's body (the error's code and message), for a failure's description. */
    static String abbreviated(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "..." : oneLine;
    }
}
