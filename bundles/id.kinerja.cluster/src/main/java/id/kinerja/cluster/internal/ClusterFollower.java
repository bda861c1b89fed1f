package id.kinerja.cluster.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.cluster.internal.ClusterState.Entry;
import id.kinerja.cluster.internal.ClusterState.Kind;
import id.kinerja.core.api.db.Cluster;
import id.kinerja.core.api.db.SchemaMigrator;
import id.kinerja.core.api.module.ModuleInfo;
import id.kinerja.core.api.module.ModuleService;

/**
 * Keeps the modules and the settings of a cluster's nodes equal, through the database they share
 * (docs/cluster.md): every {@value #ROUND_SECONDS} seconds a node of a cluster writes what changed
 * on it since its last round (a module installed or removed by any route, a settings file
 * {@code etc/id.kinerja.*.cfg} written, edited or removed) and applies what other nodes changed. A
 * node that starts applies the cluster's state first: the database is the one source every node
 * follows. Alone (not a cluster), it does nothing.
 */
@Component(immediate = true)
public class ClusterFollower {

    static final long ROUND_SECONDS = 2;
    static final String INSTALLED = "installed";
    static final String REMOVED = "removed";

    private static final Logger LOG = LoggerFactory.getLogger(ClusterFollower.class);

    private final ModuleService modules;
    private final ClusterState state;
    private final SettingsFiles settings;
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kinerja-cluster-follower"));
    /** The SEQ of each row as this node last applied or wrote it. */
    private final Map<String, Long> seen = new HashMap<>();
    /** The modules installed here (by version) and the settings files, as the last round left them; null before the first round. */
    private Map<String, String> installed;
    private Map<String, String> files;
    /** Rows this node could not apply (e.g. a module its repositories do not offer), by the SEQ refused: said once. */
    private final Map<String, Long> refused = new HashMap<>();

    @Activate
    public ClusterFollower(@Reference Cluster cluster, @Reference(target = "(osgi.jndi.service.name=kinerja)") DataSource dataSource,
            @Reference SchemaMigrator migrator, @Reference ModuleService modules, BundleContext context) {
        this(modules, new ClusterState(migrated(migrator, context, dataSource), cluster.nodeId()),
                new SettingsFiles(Path.of(Objects.requireNonNullElse(context.getProperty("karaf.etc"), "etc"))));
        if (cluster.isCluster()) {
            rounds.scheduleWithFixedDelay(this::round, ROUND_SECONDS, ROUND_SECONDS, TimeUnit.SECONDS);
            LOG.info("Node {} of a cluster: follows the cluster's modules and settings (id.kinerja.*.cfg)", cluster.nodeId());
        }
    }

    /** A node's follower whose rounds are run by the caller ({@link #round}). */
    ClusterFollower(ModuleService modules, ClusterState state, SettingsFiles settings) {
        this.modules = modules;
        this.state = state;
        this.settings = settings;
    }

    private static DataSource migrated(SchemaMigrator migrator, BundleContext context, DataSource dataSource) {
        migrator.migrate("cluster", context.getBundle(), "db/cluster");
        return dataSource;
    }

    @Deactivate
    void stop() {
        rounds.shutdownNow();
    }

    /** One round: this node's changes written, the others' applied. */
    void round() {
        try {
            boolean first = installed == null;
            if (first) {
                installed = installedModules();
                files = settings.read();
            }
            Map<String, Entry> rows = state.all().stream().collect(Collectors.toMap(Entry::key, e -> e));
            share(rows, first);
            for (Entry row : state.all()) {
                if (row.seq() > seen.getOrDefault(row.key(), 0L)) {
                    if (apply(row)) {
                        seen.put(row.key(), row.seq());
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("The cluster's modules and settings not followed this round: {}", e.toString());
        }
    }

    /** Writes what changed here since the last round; at the first, what the cluster does not know yet. */
    private void share(Map<String, Entry> rows, boolean first) throws SQLException {
        Map<String, String> nowInstalled = installedModules();
        Set<String> names = new TreeSet<>(nowInstalled.keySet());
        names.addAll(installed.keySet());
        for (String module : names) {
            String here = nowInstalled.get(module);
            Entry row = rows.get(Kind.MODULE + "/" + module);
            if (first ? row == null : !Objects.equals(here, installed.get(module))) {
                written(Kind.MODULE, module, here != null ? INSTALLED + " " + here : REMOVED, Object::equals);
            }
        }
        installed = nowInstalled;
        Map<String, String> nowFiles = settings.read();
        Set<String> fileNames = new TreeSet<>(nowFiles.keySet());
        fileNames.addAll(files.keySet());
        for (String name : fileNames) {
            String text = nowFiles.get(name);
            Entry row = rows.get(Kind.SETTINGS + "/" + name);
            if (first ? row == null && text != null : !SettingsFiles.same(text, files.get(name))) {
                written(Kind.SETTINGS, name, text, SettingsFiles::same);
            }
        }
        files = nowFiles;
    }

    private void written(Kind kind, String name, String content, java.util.function.BiPredicate<String, String> same) throws SQLException {
        long seq = state.put(kind, name, content, same);
        if (seq > 0) {
            seen.put(kind + "/" + name, seq);
            LOG.info("Shared with the cluster: {} {} {}", kind == Kind.MODULE ? "module" : "settings", name,
                    kind == Kind.MODULE ? content : content == null ? "removed" : "written");
        }
    }

    /** Applies another node's change here; false when it could not be (tried again next round). */
    private boolean apply(Entry row) {
        try {
            if (row.kind() == Kind.MODULE) {
                // "installed <version>": installed here too, updated when its version differs; "removed"
                boolean wanted = row.content().startsWith(INSTALLED);
                String version = wanted ? row.content().substring(INSTALLED.length()).strip() : "";
                String here = installed.get(row.name());
                if (wanted && (here == null || !version.isEmpty() && !version.equals(here))) {
                    if (modules.list().stream().noneMatch(m -> m.name().equals(row.name()) && (version.isEmpty() || m.version().equals(version)))) {
                        // not offered here (a vendor's KAR not copied to this node yet): nothing to try until it is
                        throw new IllegalStateException("no feature " + row.name() + " " + version + " in this node's repositories");
                    }
                    LOG.info("Following the cluster: module {} {}", row.name(), row.content());
                    modules.install(row.name()); // the newest offered: an update in place when one is installed
                    installed = installedModules();
                } else if (!wanted && here != null) {
                    LOG.info("Following the cluster: module {} {}", row.name(), row.content());
                    modules.uninstall(row.name());
                    installed.remove(row.name());
                }
            } else if (!SettingsFiles.same(files.get(row.name()), row.content())) {
                LOG.info("Following the cluster: settings {} {}", row.name(), row.content() == null ? "removed" : "written");
                settings.write(row.name(), row.content());
                if (row.content() == null) {
                    files.remove(row.name());
                } else {
                    files.put(row.name(), row.content());
                }
            }
            refused.remove(row.key());
            return true;
        } catch (RuntimeException e) {
            if (!Long.valueOf(row.seq()).equals(refused.put(row.key(), row.seq()))) {
                LOG.warn("Cannot follow the cluster's {} {} ({}): {}", row.kind(), row.name(), row.content() == null ? "removed" : "", e.getMessage());
            }
            return false;
        }
    }

    /** The modules installed on this node with their versions (the core, which every node has, aside). */
    private Map<String, String> installedModules() {
        List<ModuleInfo> all = modules.list();
        Map<String, String> versions = new java.util.TreeMap<>();
        all.stream().filter(ModuleInfo::installed).filter(m -> !"kinerja-core".equals(m.name()))
                .forEach(m -> versions.merge(m.name(), m.version(), (a, b) -> newer(a, b) ? a : b));
        return versions;
    }

    private static boolean newer(String a, String b) {
        try {
            return org.osgi.framework.Version.parseVersion(a).compareTo(org.osgi.framework.Version.parseVersion(b)) >= 0;
        } catch (IllegalArgumentException notOsgi) {
            return a.compareTo(b) >= 0;
        }
    }
}
