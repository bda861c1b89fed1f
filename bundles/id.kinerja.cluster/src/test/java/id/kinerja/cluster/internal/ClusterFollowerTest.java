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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** A node's modules as Karaf would install them; {@code offered} are the versions its repositories know. */
    static final class Modules implements ModuleService {
        final Map<String, String> installed = new TreeMap<>();
        final Map<String, List<String>> offered = new TreeMap<>(Map.of("kinerja-core", List.of("1.0.0"), "kinerja-pay", List.of("1.0.0"),
                "kinerja-complaints", List.of("1.0.0")));

        @Override
        public List<ModuleInfo> list() {
            return offered.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> new ModuleInfo(e.getKey(), v, e.getKey(),
                    v.equals(installed.get(e.getKey())), v.equals(installed.get(e.getKey())) ? "Started" : "Uninstalled"))).toList();
        }

        /** The newest version offered, as ModuleService does (an update in place when one is installed). */
        @Override
        public ModuleInfo install(String name) {
            if (!offered.containsKey(name)) {
                throw KinerjaException.notFound("MODULE_NOT_FOUND", "name", "Modul " + name + " tidak dikenal", "No module " + name);
            }
            installed.put(name, offered.get(name).stream().max(String::compareTo).orElseThrow());
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
        a.modules.installed.put("kinerja-core", "1.0.0");
        b.modules.installed.put("kinerja-core", "1.0.0");
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
        a.modules.installed.put("kinerja-pay", "1.0.0");
        rounds();
        assertTrue(b.modules.installed.containsKey("kinerja-pay"));

        b.modules.installed.remove("kinerja-pay");
        rounds();
        assertFalse(a.modules.installed.containsKey("kinerja-pay"), "removed on B, removed on A");
        assertTrue(a.modules.installed.containsKey("kinerja-core"));
    }

    @Test
    void aModuleUpdatedOnOneNodeIsUpdatedOnTheOther() {
        a.modules.installed.put("kinerja-pay", "1.0.0");
        rounds();
        assertEquals("1.0.0", b.modules.installed.get("kinerja-pay"));
        // version 1.1.0 offered on both (the same repositories), installed over 1.0.0 on A
        a.modules.offered.put("kinerja-pay", List.of("1.0.0", "1.1.0"));
        b.modules.offered.put("kinerja-pay", List.of("1.0.0", "1.1.0"));
        a.modules.installed.put("kinerja-pay", "1.1.0");
        rounds();
        assertEquals("1.1.0", b.modules.installed.get("kinerja-pay"));
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
        a.modules.installed.put("kinerja-pay", "1.0.0");
        a.write("id.kinerja.complaints.cfg", "warningWorkingDays = 5\n");
        a.follower.round();
        a.modules.installed.remove("kinerja-pay");
        a.follower.round();
        // B was down meanwhile: it had the module and other settings; the cluster's state wins, its own extra module joins it
        b.modules.installed.put("kinerja-pay", "1.0.0");
        b.modules.installed.put("kinerja-complaints", "1.0.0");
        b.write("id.kinerja.complaints.cfg", "warningWorkingDays = 3\n");
        rounds();
        assertEquals(Set.of("kinerja-core", "kinerja-complaints"), b.modules.installed.keySet());
        assertEquals(Set.of("kinerja-core", "kinerja-complaints"), a.modules.installed.keySet());
        assertEquals("warningWorkingDays = 5\n", b.read("id.kinerja.complaints.cfg"));
    }

    @Test
    void aModuleANodeDoesNotOfferIsTriedAgainAndTheRestFollows() throws Exception {
        rounds();
        a.modules.offered.put("kinerja-vendor", List.of("1.0.0"));
        a.modules.installed.put("kinerja-vendor", "1.0.0");
        a.modules.installed.put("kinerja-pay", "1.0.0");
        rounds();
        assertEquals(Set.of("kinerja-core", "kinerja-pay"), b.modules.installed.keySet());
        b.modules.offered.put("kinerja-vendor", List.of("1.0.0")); // the vendor's KAR copied to B too
        rounds();
        assertTrue(b.modules.installed.containsKey("kinerja-vendor"));
    }
}
