package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.core.api.module.ModuleService;


/**
 * The performance pay module installed on the running distribution, as an administrator does: a
 * month is run over HTTP, slips explain themselves, the run goes through its states, and the module
 * is removed and reinstalled with its data; the core answers every request meanwhile.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PayModuleIT extends KinerjaTestSupport {

    @Inject
    ModuleService modules;

    @Inject
    org.osgi.framework.BundleContext context;

    static java.net.http.HttpResponse<String> sendAs(String actorNip, String path, String csv) throws Exception {
        return HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api(path))).POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv))
                .header("Content-Type", "text/csv").header("Authorization", bearer(actorNip)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** The module's example policy arrives through configuration shortly after the module starts. */
    static void awaitPolicy() throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode policies = null;
        while (System.currentTimeMillis() < deadline) {
            policies = expect(200, get("/pay/policies"));
            // the shipped example (policies added through the API stay, later ones listed first)
            if (policies.findValuesAsText("name").contains("Perwali Sukamaju 2026 (contoh)")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no TPP policy 30 s after installing the module: " + policies);
    }

    /** Born 1983-07-07, TMT CPNS 2008-03, male, sequence {@code n}. */
    static String nip(int n) {
        return String.format("198307072008031%03d", n);
    }

    static void staff(String nip, int positionClass, String supervisor) throws Exception {
        expect(201, postJson("/staff", "{\"nip\":\"" + nip + "\",\"fullName\":\"Pegawai " + nip.substring(15) + "\",\"employmentType\":\"PNS\","
                + "\"rank\":\"III/b\",\"positionName\":\"Pengelola Keuangan\",\"positionKind\":\"PELAKSANA\",\"positionClass\":" + positionClass
                + ",\"unitCode\":\"PAY\"" + (supervisor == null ? "" : ",\"supervisorNip\":\"" + supervisor + "\"") + "}"));
    }

    /** The run once its computation completed (no {@code computing} left), waiting up to a minute. */
    static JsonNode awaitComputed(long runId) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode run;
        do {
            run = expect(200, get("/pay/runs/" + runId));
            if (!run.hasNonNull("computing")) {
                return run;
            }
            assertTrue(run.toString(), run.get("computing").get("running").asBoolean());
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("not computed after a minute: " + run);
    }

    /** The run once its background computation stopped without completing, waiting up to a minute. */
    static JsonNode awaitStopped(long runId) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode run;
        do {
            run = expect(200, get("/pay/runs/" + runId));
            if (run.hasNonNull("computing") && !run.get("computing").get("running").asBoolean()) {
                return run;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("still running after a minute: " + run);
    }

    @Test
    public void installRunAMonthRemoveAndReinstallWithItsData() throws Exception {
        awaitApi("/staff");
        expect(201, postJson("/units", "{\"code\":\"PAY\",\"name\":\"BPKAD Uji\"}"));
        staff(nip(3), 12, null);
        staff(nip(1), 9, nip(3));
        staff(nip(2), 6, nip(3));
        assign(nip(2), "PERSONNEL_OFFICER"); // the pay officer of BKPSDM
        finalPredikat(nip(1), nip(3), "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI"); // Butuh Perbaikan
        finalPredikat(nip(2), nip(3), "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"); // Sangat Baik
        assertEquals(404, get("/pay/runs").statusCode());

        // the core answers every request and no other bundle stops (is refreshed) while the module and its libraries come and go
        CoreWatch watch = new CoreWatch(context, java.util.Set.of("id.kinerja.pay", "org.apache.pdfbox", "org.apache.pdfbox.fontbox"),
                List.of("/staff?limit=5", "/units", "/appraisal/plans?nip=" + nip(1)));
        try {
            modules.install("kinerja-pay");
            awaitApi("/pay/runs");
            awaitPolicy();

            String events = "[{\"nip\":\"" + nip(1) + "\",\"date\":\"2026-03-02\",\"kind\":\"LATE\",\"minutes\":45},"
                    + "{\"nip\":\"" + nip(1) + "\",\"date\":\"2026-03-03\",\"kind\":\"ABSENT\"},"
                    + "{\"nip\":\"" + nip(1) + "\",\"date\":\"2026-03-04\",\"kind\":\"LEAVE\"}]";
            assertEquals("PERMISSION_DENIED", expect(403, as(nip(1), "POST", "/pay/discipline-events", events)).get("error").asText());
            assertEquals("events[0].minutes", expect(400, as(nip(2), "POST", "/pay/discipline-events",
                    events.replace("\"minutes\":45", "\"minutes\":0"))).get("field").asText());
            assertEquals(3, expect(201, as(nip(2), "POST", "/pay/discipline-events", events)).get("recorded").asInt());

            JsonNode run = expect(201, as(nip(2), "POST", "/pay/runs", "{\"month\":\"2026-03\"}"));
            long id = run.get("id").asLong();
            assertEquals("DRAFT", run.get("status").asText());
            // class 9: 3,350,000 -> 60% = 2,010,000 x 75% (Butuh Perbaikan in 2026-Q1) = 1,507,500;
            // 40% = 1,340,000 less 1% (45 minutes late) and 3% (a day absent) = 1,286,400
            JsonNode slip = expect(200, get("/pay/slips/" + nip(1) + "/2026-03"));
            assertEquals("2793900.00", slip.get("total").asText());
            assertEquals("BUTUH_PERBAIKAN", slip.get("predikat").asText());
            // a slip is its owner's and their supervisor's to read, not a colleague's; a draft run is not the treasury's yet
            assertEquals("2793900.00", expect(200, as(nip(1), "GET", "/pay/slips/" + nip(1) + "/2026-03", null)).get("total").asText());
            expect(200, as(nip(3), "GET", "/pay/slips/" + nip(1) + "/2026-03", null));
            assertEquals("OUT_OF_SCOPE", expect(403, as(nip(1), "GET", "/pay/slips/" + nip(2) + "/2026-03", null)).get("error").asText());
            assertEquals("PERMISSION_DENIED", expect(403, as(nip(1), "GET", "/pay/runs/" + run.get("id").asLong(), null)).get("error").asText());
            java.net.http.HttpResponse<byte[]> pdf = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    api("/pay/slips/" + nip(1) + "/2026-03/pdf"))).header("Authorization", bearer(OFFICER)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            String raw = new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(raw.startsWith("%PDF"));
            assertTrue("the PDF slip shows the total", raw.contains("Jumlah TPP diterima: Rp 2.793.900,00"));
            assertEquals(404, get("/pay/slips/" + nip(1) + "/2026-02/pdf").statusCode());
            assertTrue(slip.get("lines").get(2).get("rule").asText().contains("terlambat 45 menit: 1%"));
            assertEquals("2450000.00", expect(200, get("/pay/slips/" + nip(2) + "/2026-03")).get("total").asText());
            int slips = run.get("slipCount").asInt();

            // recomputing a draft replaces its slips, never adds to them
            expect(201, as(nip(2), "POST", "/pay/discipline-events", "[{\"nip\":\"" + nip(1) + "\",\"date\":\"2026-03-03\",\"kind\":\"ABSENT\",\"note\":\"dikoreksi\"}]"));
            JsonNode again = expect(201, as(nip(2), "POST", "/pay/runs", "{\"month\":\"2026-03\"}"));
            assertEquals(id, again.get("id").asLong());
            assertEquals(slips, again.get("slipCount").asInt());
            java.util.Set<String> paid = new java.util.HashSet<>();
            int listed = 0;
            java.util.Set<String> unitsDone = new java.util.HashSet<>();
            String listedUnit = "";
            String listedNip = "";
            java.util.List<String> byOffset = new java.util.ArrayList<>();
            for (int offset = 0; offset < slips + 500; offset += 500) {
                for (JsonNode item : expect(200, get("/pay/runs/" + id + "/slips?limit=500&offset=" + offset)).get("items")) {
                    byOffset.add(item.get("nip").asText());
                    paid.add(item.get("nip").asText());
                    listed++;
                    // a unit's slips together, by NIP, page after page
                    if (!item.get("unitCode").asText().equals(listedUnit)) {
                        unitsDone.add(listedUnit);
                        listedUnit = item.get("unitCode").asText();
                        assertTrue("one block per unit: " + item, !unitsDone.contains(listedUnit));
                        listedNip = "";
                    }
                    assertTrue(listedNip + " before " + item.get("nip").asText(), listedNip.compareTo(item.get("nip").asText()) < 0);
                    listedNip = item.get("nip").asText();
                }
            }
            // the same slips page after page from where the last ended (its next), the last page without one
            java.util.List<String> byCursor = new java.util.ArrayList<>();
            String after = null;
            int perPage = Math.max(1, slips / 3);
            int pages = 0;
            for (; pages == 0 || after != null; pages++) {
                assertTrue("more pages than slips", pages <= slips);
                JsonNode page = expect(200, get("/pay/runs/" + id + "/slips?limit=" + perPage + (after == null ? "" : "&after=" + after)));
                page.get("items").forEach(item -> byCursor.add(item.get("nip").asText()));
                after = page.hasNonNull("next") ? page.get("next").asText() : null;
            }
            assertEquals(byOffset, byCursor);
            assertTrue(slips + " slips in " + pages + " pages", pages >= 3);
            assertEquals(slips, listed);
            assertEquals("each person once", slips, paid.size());

            // the treasury's file reconciles to the rupiah with the run and the unit summary
            String csv = get("/pay/runs/" + id + "/export").body();
            String[] rows = csv.strip().split("\r?\n");
            assertEquals("nip,namaLengkap,unitKerja,kelasJabatan,predikat,tppKinerja,tppDisiplin,jumlah", rows[0]);
            assertEquals(slips + 2, rows.length);
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (int i = 1; i < rows.length - 1; i++) {
                sum = sum.add(new java.math.BigDecimal(rows[i].substring(rows[i].lastIndexOf(',') + 1)));
            }
            String runTotal = expect(200, get("/pay/runs/" + id)).get("total").asText();
            assertEquals(new java.math.BigDecimal(runTotal), sum);
            assertTrue(rows[rows.length - 1], rows[rows.length - 1].startsWith("JUMLAH,") && rows[rows.length - 1].endsWith("," + runTotal));
            JsonNode summary = expect(200, get("/pay/runs/" + id + "/summary"));
            JsonNode unit = null;
            for (JsonNode u : summary) {
                unit = "PAY".equals(u.get("unitCode").asText()) ? u : unit;
            }
            assertEquals(3, unit.get("slips").asInt());
            assertEquals("9993900.00", unit.get("total").asText());

            // the yearly bonus and the recognition candidates follow the annual predikat
            JsonNode bonus = expect(200, get("/pay/bonus/2026"));
            assertEquals(1, bonus.get("items").size());
            assertEquals(nip(2), bonus.get("items").get(0).get("nip").asText());
            assertEquals("2450000.00", bonus.get("items").get(0).get("amount").asText());
            assertEquals("2450000.00", bonus.get("total").asText());
            assertEquals("Sangat Baik two years running: nobody has 2025", 0, expect(200, get("/pay/recognition/2026")).size());

            // the administrator's console command computes a month too
            String out = console("kinerja:pay-run --as " + nip(2) + " 2026-04");
            assertTrue(out, out.contains("TPP 2026-04 (DRAFT"));
            assertTrue(out, console("kinerja:pay-run --as " + nip(2) + " April").contains("Bulan tidak valid"));

            // attendance exported by the city's system, as CSV: all rows or none
            JsonNode refused = expect(422, sendAs(nip(2), "/pay/discipline-events/import",
                    "nip;date;kind;minutes\n" + nip(1) + ";2026-04-06;LATE;95\n" + nip(1) + ";2026-04-31;LATE;10\n"));
            assertEquals("IMPORT_INVALID", refused.get("error").asText());
            assertEquals(2, refused.get("details").get(0).get("row").asInt());
            assertEquals(0, expect(200, get("/pay/discipline-events?nip=" + nip(1) + "&month=2026-04")).size());
            assertEquals(1, expect(201, sendAs(nip(2), "/pay/discipline-events/import", "nip;date;kind;minutes\n" + nip(1) + ";2026-04-06;LATE;95\n"))
                    .get("recorded").asInt());
            assertEquals(95, expect(200, get("/pay/discipline-events?nip=" + nip(1) + "&month=2026-04")).get(0).get("minutes").asInt());

            assertEquals("INVALID_STEP", expect(409, as(nip(2), "POST", "/pay/runs/" + id + "/approve", null)).get("error").asText());
            expect(200, as(nip(2), "POST", "/pay/runs/" + id + "/check", null));
            // whoever else may approve runs (an assigned role holding pay.runs.approve) is told it waits for them, not the checker
            assertEquals("tpp/" + id, notification(officer(), "TPP 2026-03 menunggu persetujuan").get("link").asText());
            assertEquals(0, expect(200, as(nip(2), "GET", "/notifications?limit=50", null)).findValues("title").stream()
                    .filter(t -> t.asText().startsWith("TPP 2026-03")).count());
            expect(200, as(nip(2), "POST", "/pay/runs/" + id + "/approve", null));
            // the treasury reads a run once it is closed, never before
            assign(nip(3), "TREASURY");
            assertEquals("RUN_NOT_CLOSED", expect(403, as(nip(3), "GET", "/pay/runs/" + id + "/export", null)).get("error").asText());
            assertEquals("PERMISSION_DENIED", expect(403, as(nip(3), "POST", "/pay/runs/" + id + "/close", null)).get("error").asText());
            assertEquals("CLOSED", expect(200, as(nip(2), "POST", "/pay/runs/" + id + "/close", null)).get("status").asText());
            assertEquals(200, as(nip(3), "GET", "/pay/runs/" + id + "/export", null).statusCode());
            assertEquals("RUN_NOT_DRAFT", expect(409, as(nip(2), "POST", "/pay/runs", "{\"month\":\"2026-03\"}")).get("error").asText());
            assertEquals("MONTH_CLOSED", expect(422, as(nip(2), "POST", "/pay/discipline-events", events)).get("error").asText());
            // all or nothing, in one database transaction: the April correction that came first in a refused
            // batch (March is closed) leaves April's recorded event as it was
            String mixed = "[{\"nip\":\"" + nip(1) + "\",\"date\":\"2026-04-06\",\"kind\":\"LATE\",\"minutes\":20},"
                    + "{\"nip\":\"" + nip(1) + "\",\"date\":\"2026-03-09\",\"kind\":\"LATE\",\"minutes\":10}]";
            assertEquals("MONTH_CLOSED", expect(422, as(nip(2), "POST", "/pay/discipline-events", mixed)).get("error").asText());
            JsonNode april = expect(200, get("/pay/discipline-events?nip=" + nip(1) + "&month=2026-04"));
            assertEquals(1, april.size());
            assertEquals(95, april.get(0).get("minutes").asInt());
            assertEquals("INVALID_MONTH", expect(400, as(nip(2), "POST", "/pay/runs", "{\"month\":\"Maret\"}")).get("error").asText());

            modules.uninstall("kinerja-pay");
            awaitStatus(404, "/pay/runs");
            modules.install("kinerja-pay");
            awaitApi("/pay/runs");
            awaitPolicy();
            JsonNode kept = expect(200, get("/pay/runs/" + id));
            assertEquals("CLOSED", kept.get("status").asText());
            assertEquals("2793900.00", expect(200, get("/pay/slips/" + nip(1) + "/2026-03")).get("total").asText());
            modules.uninstall("kinerja-pay");
            awaitStatus(404, "/pay/runs");
        } finally {
            watch.close();
        }
        assertEquals("bundles stopped (refreshed) by installing/uninstalling kinerja-pay", List.of(), watch.disturbed);
        assertTrue(watch.calls.get() > 10);
        assertEquals("requests to the core failed while the module came and went", List.of(), watch.failures);
    }

    /**
     * The treasury or the personnel officer changes the city's TPP policy through the API: a new
     * policy from a month not paid yet becomes a file in etc/ and is in force when answered (a run of
     * that month pays by it), a wrong setting is refused at its field with nothing written, a policy
     * whose month was paid is no longer changed or removed.
     */
    @Test
    public void policyChangedFromTheApiIsInForceFromAMonthNotPaid() throws Exception {
        awaitApi("/staff");
        modules.install("kinerja-pay");
        awaitApi("/pay/runs");
        awaitPolicy();
        expect(201, postJson("/units", "{\"code\":\"POLIS\",\"name\":\"Bagian Kebijakan\"}"));
        String member = "198307072008031901";
        expect(201, postJson("/staff", "{\"nip\":\"" + member + "\",\"fullName\":\"Pegawai Kebijakan\",\"employmentType\":\"PNS\","
                + "\"rank\":\"III/b\",\"positionName\":\"Analis\",\"positionKind\":\"PELAKSANA\",\"positionClass\":9,\"unitCode\":\"POLIS\"}"));

        JsonNode shipped = expect(200, get("/pay/policies/2026-01"));
        assertEquals("Perwali Sukamaju 2026 (contoh)", shipped.get("policy").get("name").asText());
        assertEquals(17, shipped.get("policy").get("baseByClass").size());
        assertEquals("PERMISSION_DENIED", expect(403, as(member, "GET", "/pay/policies/2026-01", null)).get("error").asText());
        assertEquals("POLICY_NOT_FOUND", expect(404, get("/pay/policies/2031-01")).get("error").asText());
        assertEquals("INVALID_MONTH", expect(400, get("/pay/policies/Januari")).get("error").asText());

        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) shipped.get("policy").deepCopy();
        body.put("name", "Perwali 7/2030 (uji)");
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("baseByClass")).set(8, new com.fasterxml.jackson.databind.node.IntNode(4_000_000));
        body.put("performancePercent", 120);
        assertEquals("PERMISSION_DENIED", expect(403, as(member, "PUT", "/pay/policies/2031-01", body.toString())).get("error").asText());
        JsonNode refused = expect(422, send("PUT", "/pay/policies/2031-01", "application/json", body.toString()));
        assertEquals("performancePercent", refused.get("field").asText());
        assertEquals(404, get("/pay/policies/2031-01").statusCode());
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("karaf.etc"), "id.kinerja.pay.policy-2031-01.cfg");
        assertFalse("nothing written for a refused policy", java.nio.file.Files.exists(file));

        body.put("performancePercent", 50);
        java.net.http.HttpResponse<String> created = send("PUT", "/pay/policies/2031-01", "application/json", body.toString());
        JsonNode view = expect(201, created);
        assertEquals("2031-01", view.get("effectiveFrom").asText());
        assertTrue(view.toString(), view.get("changeable").asBoolean());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/pay/policies/2031-01"));
        assertTrue("the policy is a file in etc/", java.nio.file.Files.readString(file).contains("4000000"));
        assertEquals("Perwali 7/2030 (uji)", expect(200, get("/pay/policies")).get(0).get("name").asText());

        // in force at once: class 9 earns 50% of 4,000,000 for performance (no final predikat: 100%) and 50% for discipline
        JsonNode run = expect(201, send("POST", "/pay/runs", "application/json", "{\"month\":\"2031-01\",\"unitCode\":\"POLIS\"}"));
        assertEquals("Perwali 7/2030 (uji)", run.get("policyName").asText());
        assertEquals("4000000.00", expect(200, get("/pay/slips/" + member + "/2031-01")).get("total").asText());

        // changed again before the month is paid: the open run is to be computed again
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("baseByClass")).set(8, new com.fasterxml.jackson.databind.node.IntNode(4_200_000));
        JsonNode replaced = expect(200, send("PUT", "/pay/policies/2031-01", "application/json", body.toString()));
        assertEquals("[\"2031-01\"]", replaced.get("runsToComputeAgain").toString());
        assertEquals(1, java.nio.file.Files.list(file.getParent()).filter(f -> f.getFileName().toString().startsWith("id.kinerja.pay.policy-2031")).count());
        expect(201, send("POST", "/pay/runs", "application/json", "{\"month\":\"2031-01\",\"unitCode\":\"POLIS\"}"));
        assertEquals("4200000.00", expect(200, get("/pay/slips/" + member + "/2031-01")).get("total").asText());

        // a policy added by mistake is removed while its month is not paid
        expect(201, send("PUT", "/pay/policies/2032-01", "application/json", body.put("name", "Salah bulan").toString()));
        expect(204, send("DELETE", "/pay/policies/2032-01", null, null));
        assertEquals(404, get("/pay/policies/2032-01").statusCode());
        assertFalse(java.nio.file.Files.exists(file.resolveSibling("id.kinerja.pay.policy-2032-01.cfg")));

        // paid: what was paid keeps its rules
        long id = run.get("id").asLong();
        expect(200, send("POST", "/pay/runs/" + id + "/check", null, null));
        expect(200, send("POST", "/pay/runs/" + id + "/approve", null, null));
        JsonNode paid = expect(409, send("PUT", "/pay/policies/2031-01", "application/json", body.toString()));
        assertEquals("POLICY_MONTH_PAID", paid.get("error").asText());
        assertTrue(paid.get("message").asText(), paid.get("message").asText().contains("2031-02"));
        assertEquals("POLICY_MONTH_PAID", expect(409, send("DELETE", "/pay/policies/2031-01", null, null)).get("error").asText());
        JsonNode locked = expect(200, get("/pay/policies/2031-01"));
        assertFalse(locked.get("changeable").asBoolean());
        assertEquals("2031-01", locked.get("paidUntil").asText());
        assertTrue(java.nio.file.Files.readString(file).contains("4200000"));
        modules.uninstall("kinerja-pay");
        awaitStatus(404, "/pay/runs");
    }

    /** A staff member of a unit, with a rank and a family for the salary view. */
    static void member(String nip, String unit, String rank, int positionClass, int spouses, int children) throws Exception {
        expect(201, postJson("/staff", "{\"nip\":\"" + nip + "\",\"fullName\":\"Pegawai " + nip.substring(14) + "\",\"employmentType\":\"PNS\","
                + "\"rank\":\"" + rank + "\",\"positionName\":\"Pelaksana\",\"positionKind\":\"PELAKSANA\",\"positionClass\":" + positionClass
                + ",\"unitCode\":\"" + unit + "\",\"spouseCount\":" + spouses + ",\"childCount\":" + children + "}"));
    }

    static JsonNode lineOf(JsonNode slip, String code) {
        for (JsonNode line : slip.get("lines")) {
            if (code.equals(line.get("code").asText())) {
                return line;
            }
        }
        throw new AssertionError("no line " + code + " in " + slip);
    }

    /**
     * Runs per unit beside runs for the city, staff as the registry stood at the month's end, the
     * take-home from an imported salary table, and a run stopped half-way by a rule (after a chunk of
     * slips was committed) that leaves the earlier draft as it was until it is computed again. (A run
     * killed with the process, and its resume, is {@link PayRunCrashIT}.)
     */
    @Test
    public void unitRunsRegistryAtMonthEndSalaryTablesAndAnInterruptedRun() throws Exception {
        awaitApi("/staff");
        modules.install("kinerja-pay");
        awaitApi("/pay/runs");
        awaitPolicy();
        expect(201, postJson("/units", "{\"code\":\"DINKES\",\"name\":\"Dinas Kesehatan\"}"));
        expect(201, postJson("/units", "{\"code\":\"PKM1\",\"name\":\"Puskesmas Satu\",\"parentCode\":\"DINKES\"}"));
        expect(201, postJson("/units", "{\"code\":\"DISDIK\",\"name\":\"Dinas Pendidikan\"}"));
        String head = "197501012000031001"; // TMT 2000-03: masa kerja 26 years in June 2026
        String nurse = "199001012015032002"; // TMT 2015-03: 11 years
        String mover = "199101012016031003"; // TMT 2016-03: 10 years
        String teacher = "198801012012032004";
        String retiree = "196601012000031005";
        member(head, "DINKES", "IV/a", 12, 1, 3);
        assign(head, "PERSONNEL_OFFICER");
        member(nurse, "PKM1", "III/b", 7, 0, 1);
        member(mover, "PKM1", "III/a", 8, 1, 0);
        member(teacher, "DISDIK", "III/b", 8, 0, 0);
        member(retiree, "DINKES", "III/b", 6, 1, 0);
        String newHire = "199801012026082006"; // TMT CPNS 2026-08: not in service in June
        member(newHire, "DINKES", "III/a", 7, 0, 0);
        // after June: the mover went to DISDIK as class 9 and the retiree retired (both recorded with their TMT)
        JsonNode moved = expect(200, get("/staff/" + mover));
        expect(200, send("PUT", "/staff/" + mover + "?effectiveDate=2026-08-01", "application/json",
                moved.toString().replace("\"unitCode\":\"PKM1\"", "\"unitCode\":\"DISDIK\"").replace("\"positionClass\":8", "\"positionClass\":9")));
        expect(200, send("DELETE", "/staff/" + retiree + "?status=RETIRED&effectiveDate=2026-08-01", null, null));

        // a salary table as the city keeps it; a file with a bad cell is refused whole
        int versions = expect(200, get("/pay/salary-tables")).size();
        String table = "golongan,masaKerja,gajiPokok\nIII/a,0,2785200\nIII/a,10,3256200\nIII/b,0,2903000\nIII/b,10,3394000\n"
                + "IV/a,0,3287800\nIV/a,26,4993300\n";
        JsonNode refused = expect(422, sendAs(head, "/pay/salary-tables?name=Uji&effectiveFrom=2026-01", table + "IV/b,0,3.426.900\n"));
        assertEquals("IMPORT_INVALID", refused.get("error").asText());
        assertEquals(7, refused.get("details").get(0).get("row").asInt());
        assertEquals(versions, expect(200, get("/pay/salary-tables")).size());
        assertEquals("INVALID_MONTH", expect(400, sendAs(head, "/pay/salary-tables?name=Uji&effectiveFrom=Juni", table)).get("error").asText());
        JsonNode v1 = expect(201, sendAs(head, "/pay/salary-tables?name=PP%205%2F2024%20(uji)&effectiveFrom=2026-01", table));
        assertEquals(6, v1.get("rows").asInt());
        assertEquals("4993300.00", expect(200, get("/pay/salary-tables/" + v1.get("id").asLong())).get("rows").get(5).get("gajiPokok").asText());

        // a run for DINKES pays its staff and its sub-unit's, as they stood at the end of June
        JsonNode dinkes = expect(201, as(head, "POST", "/pay/runs", "{\"month\":\"2026-06\",\"unitCode\":\"DINKES\"}"));
        assertEquals("DINKES", dinkes.get("unitCode").asText());
        assertEquals(4, dinkes.get("slipCount").asInt());
        JsonNode moverSlip = expect(200, get("/pay/slips/" + mover + "/2026-06"));
        assertEquals("PKM1", moverSlip.get("unitCode").asText());
        assertEquals(8, moverSlip.get("positionClass").asInt());
        assertEquals("paid: still active at the end of June", "2450000.00", expect(200, get("/pay/slips/" + retiree + "/2026-06")).get("total").asText());
        assertEquals("no slip before the TMT in the NIP", 404, get("/pay/slips/" + newHire + "/2026-06").statusCode());
        // gaji pokok IV/a at 26 years 4,993,300; spouse 10% 499,330; 3 children count as 2: 4% 199,732
        JsonNode headSlip = expect(200, get("/pay/slips/" + head + "/2026-06"));
        assertEquals("4993300.00", lineOf(headSlip, "GAJI_POKOK").get("amount").asText());
        assertEquals("499330.00", lineOf(headSlip, "TUNJANGAN_SUAMI_ISTRI").get("amount").asText());
        assertEquals("199732.00", lineOf(headSlip, "TUNJANGAN_ANAK").get("amount").asText());
        assertEquals("5692362.00", headSlip.get("salaryTotal").asText());
        assertEquals(new java.math.BigDecimal(headSlip.get("total").asText()).add(new java.math.BigDecimal("5692362.00")),
                new java.math.BigDecimal(headSlip.get("takeHome").asText()));
        assertTrue(lineOf(headSlip, "GAJI_POKOK").get("rule").asText().contains("masa kerja golongan 26 tahun"));
        // the treasury's file is about TPP only
        String[] rows = get("/pay/runs/" + dinkes.get("id").asLong() + "/export").body().strip().split("\r?\n");
        assertEquals(6, rows.length);

        assertEquals("RUN_SCOPE_OVERLAP", expect(409, as(head, "POST", "/pay/runs", "{\"month\":\"2026-06\"}")).get("error").asText());
        assertEquals("ALREADY_ON_A_SLIP", expect(409, as(head, "POST", "/pay/runs", "{\"month\":\"2026-06\",\"unitCode\":\"PKM1\"}"))
                .get("error").asText());
        assertEquals("UNIT_NOT_FOUND", expect(422, as(head, "POST", "/pay/runs", "{\"month\":\"2026-06\",\"unitCode\":\"NOPE\"}"))
                .get("error").asText());
        JsonNode disdik = expect(201, as(head, "POST", "/pay/runs", "{\"month\":\"2026-06\",\"unitCode\":\"DISDIK\"}"));
        assertEquals("the mover was not in DISDIK yet at the end of June", 1, disdik.get("slipCount").asInt());
        assertEquals(2, expect(200, get("/pay/runs")).findValues("month").stream().filter(m -> "2026-06".equals(m.asText())).count());

        // July for the whole city, with more than a flush (500) of staff before the last NIP
        StringBuilder csv = new StringBuilder("nip,fullName,employmentType,rank,positionName,positionKind,positionClass,unitCode\n");
        for (int i = 1; i <= 520; i++) {
            csv.append(String.format("198501012010031%03d", i)).append(",Pegawai Massal ").append(i).append(",PNS,III/a,Pelaksana,PELAKSANA,7,DISDIK\n");
        }
        expect(200, send("POST", "/staff/import", "text/csv", csv.toString()));
        String last = "199901012024031099"; // sorts after everyone: TMT 2024-03, 2 years in July 2026
        member(last, "DISDIK", "III/a", 7, 0, 0);
        JsonNode july = expect(201, as(head, "POST", "/pay/runs", "{\"month\":\"2026-07\"}"));
        long julyId = july.get("id").asLong();
        int slips = july.get("slipCount").asInt();
        assertTrue(slips > 525);
        // a newer table without the row of III/a at 2 years: the recompute stops at the last person
        String incomplete = "golongan,masaKerja,gajiPokok\nIII/a,10,3300000\nIII/a,16,3500000\nIII/b,0,2950000\nIII/b,10,3450000\nIV/a,26,5100000\n";
        expect(201, sendAs(head, "/pay/salary-tables?name=Tabel%20tidak%20lengkap&effectiveFrom=2026-07", incomplete));
        JsonNode stopped = expect(422, as(head, "POST", "/pay/runs", "{\"month\":\"2026-07\"}"));
        assertEquals("SALARY_ROW_MISSING", stopped.get("error").asText());
        assertTrue(stopped.get("message").asText().contains(last));
        // nothing of the stopped run is visible: the earlier draft is whole, with its table; the first
        // chunk it committed waits for a resume
        JsonNode kept = expect(200, get("/pay/runs/" + julyId));
        assertEquals(500, kept.get("computing").get("slipsWritten").asInt());
        assertEquals("RUN_COMPUTING", expect(409, as(head, "POST", "/pay/runs/" + julyId + "/check", null)).get("error").asText());
        assertEquals(slips, kept.get("slipCount").asInt());
        assertEquals(july.get("total").asText(), kept.get("total").asText());
        assertEquals(july.get("computedAt").asText(), kept.get("computedAt").asText());
        assertEquals(slips, expect(200, get("/pay/runs/" + julyId + "/slips?limit=1")).get("total").asInt());
        String[] julyRows = get("/pay/runs/" + julyId + "/export").body().strip().split("\r?\n");
        assertEquals(slips + 2, julyRows.length);
        assertTrue(lineOf(expect(200, get("/pay/slips/" + nurse + "/2026-07")), "GAJI_POKOK").get("rule").asText().contains("PP 5/2024 (uji)"));
        // the city imports the complete table and computes again: with another input the computation
        // starts over (a run never mixes slips of different inputs) and completes
        expect(201, sendAs(head, "/pay/salary-tables?name=Tabel%20lengkap&effectiveFrom=2026-07", incomplete + "III/a,0,2800000\n"));
        JsonNode resumed = expect(201, as(head, "POST", "/pay/runs", "{\"month\":\"2026-07\"}"));
        assertEquals(julyId, resumed.get("id").asLong());
        assertTrue(resumed.toString(), !resumed.hasNonNull("resumedAfter") && !resumed.hasNonNull("computing"));
        assertEquals(slips, resumed.get("slipCount").asInt());
        JsonNode lastSlip = expect(200, get("/pay/slips/" + last + "/2026-07"));
        assertEquals("2800000.00", lineOf(lastSlip, "GAJI_POKOK").get("amount").asText());
        assertTrue(lineOf(lastSlip, "GAJI_POKOK").get("rule").asText().contains("Tabel lengkap"));
        assertEquals("Tabel lengkap", expect(200, get("/pay/salary-tables")).get(0).get("name").asText());

        // the same as a job (the web application's progress bar): 202 at once, its progress followed, then done
        expect(201, as(head, "POST", "/pay/discipline-events", "[{\"nip\":\"" + nurse + "\",\"date\":\"2026-07-06\",\"kind\":\"LATE\",\"minutes\":20}]"));
        java.net.http.HttpResponse<String> accepted = as(head, "POST", "/pay/runs?background=true", "{\"month\":\"2026-07\"}");
        assertEquals(accepted.body(), 202, accepted.statusCode());
        JsonNode job = JSON.readTree(accepted.body());
        assertEquals(julyId, job.get("id").asLong());
        assertEquals(slips, job.get("computing").get("slipsToWrite").asInt());
        // meanwhile the month is not computed twice (unless the job already finished: then this computes it again)
        java.net.http.HttpResponse<String> second = as(head, "POST", "/pay/runs", "{\"month\":\"2026-07\"}");
        assertTrue(second.body(), second.statusCode() == 409 && second.body().contains("RUN_IN_PROGRESS") || second.statusCode() == 201);
        JsonNode done = awaitComputed(julyId);
        assertEquals(slips, done.get("slipCount").asInt());
        assertTrue("the late arrival is in the new slips", expect(200, get("/pay/slips/" + nurse + "/2026-07")).get("lines").toString()
                .contains("terlambat 20 menit"));
        assertEquals("NOT_COMPUTING", expect(409, as(head, "POST", "/pay/runs/" + julyId + "/cancel", null)).get("error").asText());
        // a job stopped by a rule says why, and leaves the run as it was
        expect(201, sendAs(head, "/pay/salary-tables?name=Tabel%20tidak%20lengkap%202&effectiveFrom=2026-07", incomplete));
        assertEquals(202, as(head, "POST", "/pay/runs?background=true", "{\"month\":\"2026-07\"}").statusCode());
        JsonNode failed = awaitStopped(julyId);
        assertTrue(failed.toString(), failed.get("computing").get("stopped").asText().contains(last));
        assertEquals(slips, failed.get("slipCount").asInt());
        // rules checked before the job starts are the request's own answer
        assertEquals("UNIT_NOT_FOUND", expect(422, as(head, "POST", "/pay/runs?background=true", "{\"month\":\"2026-07\",\"unitCode\":\"NOPE\"}"))
                .get("error").asText());
        modules.uninstall("kinerja-pay");
        awaitStatus(404, "/pay/runs");
    }
}
