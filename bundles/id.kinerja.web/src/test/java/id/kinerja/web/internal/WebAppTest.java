package id.kinerja.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.ui.UiCard;
import id.kinerja.core.api.ui.UiPage;

class WebAppTest {

    record Module(String id, String resourceFolder, List<UiPage> pages, List<UiCard> cards) implements UiContribution {
        Module(String id, String resourceFolder, List<UiPage> pages) {
            this(id, resourceFolder, pages, List.of());
        }
    }

    record Person(Set<String> permissions, String nip) implements Caller {
        Person(Set<String> permissions) {
            this(permissions, "199207062019031077");
        }

        /** Whoever calls without a token. */
        static Person anonymous(Set<String> permissions) {
            return new Person(permissions, null);
        }

        @Override
        public String getName() {
            return nip();
        }

        @Override
        public Set<String> roles() {
            return Set.of("STAFF");
        }

        @Override
        public boolean has(String permission) {
            return permissions.contains(permission);
        }

        @Override
        public boolean mayRead(String nip, String readAllPermission) {
            return false;
        }

        @Override
        public void requireRead(String nip, String readAllPermission) {
        }

        @Override
        public Set<String> headedUnits() {
            return Set.of();
        }
    }

    @Test
    void theMenuHoldsThePagesTheCallersPermissionsOpenInOrder() {
        List<UiContribution> modules = List.of(
                new Module("pay", "web", List.of(new UiPage("tpp", "pay.js", "TPP", "Pay", "pay.runs.read", 30),
                        new UiPage("slip-saya", "slip.js", "Slip TPP saya", "My slips", "pay.slips.read", 5))),
                new Module("staff", "web", List.of(new UiPage("pegawai", "staff.js", "Pegawai", "Staff", "staff.list", 10))));
        List<UiResource.MenuEntry> menu = UiResource.menuOf(modules, new Person(Set.of("pay.slips.read", "staff.list")), "Asia/Makassar").pages();
        assertEquals(List.of("slip-saya", "pegawai"), menu.stream().map(UiResource.MenuEntry::route).toList());
        assertEquals("/app/m/pay/slip.js", menu.get(0).script());
        assertEquals("/app/m/pay/messages.json", menu.get(0).messages());
        assertTrue(UiResource.menuOf(modules, new Person(Set.of()), "Asia/Makassar").pages().isEmpty(), "no permission, no entry");
    }

    @Test
    void theHomePageHoldsTheCardsTheCallersPermissionsOpenInOrder() {
        List<UiContribution> modules = List.of(
                new Module("appraisal", "web", List.of(), List.of(new UiCard("tasks.js", "appraisal.read", 20))),
                new Module("pay", "web", List.of(), List.of(new UiCard("run.js", "pay.runs.read", 30), new UiCard("slip.js", "pay.slips.read", 10))));
        List<UiResource.CardEntry> cards = UiResource.menuOf(modules, new Person(Set.of("appraisal.read", "pay.slips.read")), "Asia/Makassar").cards();
        assertEquals(List.of("/app/m/pay/slip.js", "/app/m/appraisal/tasks.js"), cards.stream().map(UiResource.CardEntry::script).toList());
        assertEquals("/app/m/appraisal/messages.json", cards.get(1).messages());
        assertTrue(UiResource.menuOf(modules, new Person(Set.of()), "Asia/Makassar").cards().isEmpty(), "no permission, no card");
        assertEquals("Asia/Makassar", UiResource.menuOf(modules, new Person(Set.of()), "Asia/Makassar").timeZone());
    }

    @Test
    void aPageTheRolePublicMayOpenIsAPublicPageWithoutCards() {
        List<UiContribution> modules = List.of(new Module("complaints", "web",
                List.of(new UiPage("aduan", "file.js", "Sampaikan pengaduan", "File a complaint", "complaints.file", 5),
                        new UiPage("pengaduan", "queue.js", "Pengaduan", "Complaints", "complaints.handle", 40)),
                List.of(new UiCard("assigned.js", "complaints.file", 10))));
        UiResource.Menu open = UiResource.menuOf(modules, Person.anonymous(Set.of("complaints.file")), "Asia/Jakarta");
        assertEquals(List.of("aduan"), open.pages().stream().map(UiResource.MenuEntry::route).toList());
        assertTrue(open.cards().isEmpty(), "a home page card is a signed-in person's");
        // a signed-in clerk holds the public permission too (every caller has the role PUBLIC): a walk-in's complaint
        UiResource.Menu clerk = UiResource.menuOf(modules, new Person(Set.of("complaints.file", "complaints.handle")), "Asia/Jakarta");
        assertEquals(List.of("aduan", "pengaduan"), clerk.pages().stream().map(UiResource.MenuEntry::route).toList());
        assertEquals(1, clerk.cards().size());
    }

    @Test
    void onlySafeRelativePathsOfKnownTypesAreServed() {
        assertTrue(WebFiles.servable("shell.js"));
        assertTrue(WebFiles.servable("img/logo.svg"));
        assertFalse(WebFiles.servable("../etc/users.properties"));
        assertFalse(WebFiles.servable("a/../../b.js"));
        assertFalse(WebFiles.servable("/etc/passwd.js"));
        assertFalse(WebFiles.servable("OSGI-INF/x.xml"), "only the application's file types");
        assertFalse(WebFiles.servable(".hidden.js"));
        assertFalse(WebFiles.servable(null));
        assertEquals("text/javascript;charset=UTF-8", WebFiles.contentType("staff.js"));
        assertTrue(WebFiles.CONTENT_SECURITY_POLICY.contains("script-src 'self'"));
        assertFalse(WebFiles.CONTENT_SECURITY_POLICY.contains("unsafe"));
    }

    @Test
    void textIsGzippedForBrowsersThatReadItAndAnUnchangedFileIsNotSentAgain() {
        assertTrue(WebFiles.compressible("shell.js"));
        assertTrue(WebFiles.compressible("messages.json"));
        assertFalse(WebFiles.compressible("img/logo.png"), "already compressed");
        assertTrue(WebFiles.acceptsGzip("gzip, deflate, br"));
        assertTrue(WebFiles.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertFalse(WebFiles.acceptsGzip("gzip;q=0"));
        assertFalse(WebFiles.acceptsGzip("deflate, br"));
        assertFalse(WebFiles.acceptsGzip(null));
        assertTrue(WebFiles.matches("\"1-abc-9\"", "\"1-abc-9\""));
        assertTrue(WebFiles.matches("W/\"1-abc-9\", \"x\"", "\"1-abc-9\""));
        assertFalse(WebFiles.matches("\"1-abd-9\"", "\"1-abc-9\""), "the bundle changed");
        assertFalse(WebFiles.matches(null, "\"1-abc-9\""));
    }

    @Test
    void theAddressPrintedAtStartIsTheOneAPersonOnThisMachineOpens() {
        assertEquals("http://localhost:8181/app/", WebAddress.addressOf(Map.of()));
        assertEquals("http://localhost:9090/app/", WebAddress.addressOf(Map.of("org.osgi.service.http.port", "9090",
                "org.ops4j.pax.web.listening.addresses", "0.0.0.0")));
        assertEquals("http://10.1.2.3:8181/app/", WebAddress.addressOf(Map.of("org.ops4j.pax.web.listening.addresses", "10.1.2.3, 127.0.0.1")));
        assertEquals("https://localhost:8443/app/", WebAddress.addressOf(Map.of("org.osgi.service.http.secure.enabled", "true",
                "org.osgi.service.http.enabled", "false")));
        assertEquals("http://[::1]:8181/app/", WebAddress.addressOf(Map.of("org.ops4j.pax.web.listening.addresses", "::1")));
    }
}
