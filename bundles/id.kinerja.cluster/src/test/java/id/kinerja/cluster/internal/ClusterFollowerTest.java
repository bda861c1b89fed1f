package id.kinerja.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.module.ModuleInfo;
import id.kinerja.core.api.module.ModuleService;

/** Two nodes on one database, each with its own etc/ and modules, following each other round by round. */
class ClusterFollowerTest {

    @TempDir
    Path folder;

    EmbeddedDataSource database;
    Node a;
    Node b;

    /** A node's modules as Karaf would install them; {@code offered} are those its repositories know. */
    static final class Modules implements ModuleService {
        final Set<String> installed = new TreeSet<>();
        final Set<String> offered = new TreeSet<>(List.of("kinerja-core", "kinerja-pay", "kinerja-complaints"));

        @Override
        public List<ModuleInfo> list() {
            return offered.stream().map(n -> new ModuleInfo(n, "1.0.0", n, installed.contains(n), installed.contains(n) ? "Started" : "Uninstalled"))
                    .toList();
        }

        @Override
        public ModuleInfo install(String name) {
            if (!offered.contains(name)) {
                throw KinerjaException.notFound("MODULE_NOT_FOUND", "name", "Modul " + name + " tidak dikenal", "No module " + name);
            }
            installed.add(name);
            return null;
        }

        @Override
        public ModuleInfo uninstall(String name) {
            installed.remove(name);
            return null;
        }
    }

    record Node(Path etc, Modules modules, ClusterFollower follower) {

        void write(String file, String text) throws Exception {
            Files.writeString(etc.resolve(file), text);
        }

        String read(String file) throws Exception {
            Path path = etc.resolve(file);
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
        }
    }

    @BeforeEach
    void twoNodes() throws Exception {
        database = new EmbeddedDataSource();
        database.setDatabaseName("memory:" + UUID.randomUUID());
        database.setCreateDatabase("create");
        String script = new String(getClass().getResourceAsStream("/db/cluster/V1__cluster_state.sql").readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            st.execute(script.replaceAll("(?m)^--.*$", "").strip().replaceAll(";$", ""));
        }
        a = node("a");
        b = node("b");
        a.modules.installed.add("kinerja-core");
        b.modules.installed.add("kinerja-core");
    }

    Node node(String name) throws Exception {
        Path etc = Files.createDirectories(folder.resolve(name));
        Files.writeString(etc.resolve("org.ops4j.datasource-kinerja.cfg"), "url = jdbc:postgresql://localhost/kinerja\n");
        Modules modules = new Modules();
        return new Node(etc, modules, new ClusterFollower(modules, new ClusterState(database, "node-" + name), new SettingsFiles(etc)));
    }

    void rounds() {
        for (int i = 0; i < 2; i++) {
            a.follower.round();
            b.follower.round();
        }
    }

    @Test
    void aModuleInstalledOrRemovedOnOneNodeFollowsOnTheOther() {
        rounds();
        a.modules.installed.add("kinerja-pay");
        rounds();
        assertTrue(b.modules.installed.contains("kinerja-pay"));

        b.modules.installed.remove("kinerja-pay");
        rounds();
        assertFalse(a.modules.installed.contains("kinerja-pay"), "removed on B, removed on A");
        assertTrue(a.modules.installed.contains("kinerja-core"));
    }

    @Test
    void settingsFilesFollowWrittenChangedAndRemovedButNotOtherFiles() throws Exception {
        b.write("org.ops4j.datasource-kinerja.cfg", "url = jdbc:postgresql://db.kota.go.id/kinerja\n");
        a.write("id.kinerja.complaints.cfg", "# tenggat\nwarningWorkingDays = 3\n");
        b.write("id.kinerja.complaints.cfg", "warningWorkingDays=3\n");
        rounds();
        a.write("id.kinerja.complaints.cfg", "warningWorkingDays = 100\ndeadlineCheckSeconds = 1\n");
        a.write("id.kinerja.pay.policy-2026-07.cfg", "name = Perwali 2026\n");
        rounds();
        assertEquals("warningWorkingDays = 100\ndeadlineCheckSeconds = 1\n", b.read("id.kinerja.complaints.cfg"));
        assertEquals("name = Perwali 2026\n", b.read("id.kinerja.pay.policy-2026-07.cfg"));

        b.write("id.kinerja.pay.policy-2026-07.cfg", "name = Perwali 2026 (perubahan)\n");
        rounds();
        assertEquals("name = Perwali 2026 (perubahan)\n", a.read("id.kinerja.pay.policy-2026-07.cfg"));

        Files.delete(a.etc.resolve("id.kinerja.pay.policy-2026-07.cfg"));
        rounds();
        assertEquals(null, b.read("id.kinerja.pay.policy-2026-07.cfg"));
        assertEquals("url = jdbc:postgresql://db.kota.go.id/kinerja\n", b.read("org.ops4j.datasource-kinerja.cfg"),
                "a node's own datasource is not the cluster's business");
    }

    @Test
    void sameSettingsWrittenDifferentlyAreNotAChange() throws Exception {
        a.write("id.kinerja.rest.cfg", "# proksi kota\ntrustedProxies = 10.0.0.1\n");
        rounds();
        b.write("id.kinerja.rest.cfg", "trustedProxies=10.0.0.1");
        rounds();
        assertEquals("# proksi kota\ntrustedProxies = 10.0.0.1\n", a.read("id.kinerja.rest.cfg"), "a new layout of the same settings is not shared");
        b.write("id.kinerja.rest.cfg", "trustedProxies=10.0.0.2");
        rounds();
        assertEquals("trustedProxies=10.0.0.2", a.read("id.kinerja.rest.cfg"));
    }

    @Test
    void aNodeThatStartsFollowsTheClusterFirstAndAddsWhatItAloneHas() throws Exception {
        a.modules.installed.add("kinerja-pay");
        a.write("id.kinerja.complaints.cfg", "warningWorkingDays = 5\n");
        a.follower.round();
        a.modules.installed.remove("kinerja-pay");
        a.follower.round();
        // B was down meanwhile: it had the module and other settings; the cluster's state wins, its own extra module joins it
        b.modules.installed.add("kinerja-pay");
        b.modules.installed.add("kinerja-complaints");
        b.write("id.kinerja.complaints.cfg", "warningWorkingDays = 3\n");
        rounds();
        assertEquals(Set.of("kinerja-core", "kinerja-complaints"), b.modules.installed);
        assertEquals(Set.of("kinerja-core", "kinerja-complaints"), a.modules.installed);
        assertEquals("warningWorkingDays = 5\n", b.read("id.kinerja.complaints.cfg"));
    }

    @Test
    void aModuleANodeDoesNotOfferIsTriedAgainAndTheRestFollows() throws Exception {
        rounds();
        a.modules.offered.add("kinerja-vendor");
        a.modules.installed.add("kinerja-vendor");
        a.modules.installed.add("kinerja-pay");
        rounds();
        assertEquals(Set.of("kinerja-core", "kinerja-pay"), b.modules.installed);
        b.modules.offered.add("kinerja-vendor"); // the vendor's KAR copied to B too
        rounds();
        assertTrue(b.modules.installed.contains("kinerja-vendor"));
    }
}
