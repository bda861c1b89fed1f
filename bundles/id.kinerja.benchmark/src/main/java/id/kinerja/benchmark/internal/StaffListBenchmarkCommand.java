package id.kinerja.benchmark.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffCsvService;
import id.kinerja.core.api.staff.StaffQuery;
import id.kinerja.core.api.staff.StaffService;

/**
 * {@code kinerja:bench-staff-list --as <officer> --staff 100000}: registers staff with Indonesian
 * names (through the registry's CSV import, 10,000 a file) until the registry has N, then asks the
 * API, from {@code --clients} concurrent clients for {@code --seconds} each, for one staff member
 * (the point read) and for the pages a staff screen asks for: the first page, a page deep in the
 * list, a unit's page, a search by name and by the start of a NIP. Prints requests per second,
 * p50 and p99 latency of each and its throughput against the point read's (target: at least a third,
 * p99 under 20 ms). Meant for a scratch database.
 */
@Command(scope = "kinerja", name = "bench-staff-list", description = "Benchmark: the staff list and search over HTTP against a point read")
@Service
public class StaffListBenchmarkCommand implements Action {

    static final String UNIT = BenchStaff.UNIT;

    @Reference
    StaffCsvService csv;

    @Reference
    StaffService staffService;

    @Reference
    OrgUnitService units;

    @Reference
    AccessControl access;

    @Reference(filter = "(osgi.jndi.service.name=kinerja)")
    javax.sql.DataSource dataSource;

    @Option(name = "--as", required = true, description = "NIP of a personnel officer (role PERSONNEL_OFFICER), whose token asks")
    String officer;

    @Option(name = "--staff", description = "How many staff the registry should have (default 100000)")
    int staff = 100_000;

    @Option(name = "--clients", description = "Concurrent clients (default 4)")
    int clients = 4;

    @Option(name = "--seconds", description = "Seconds per request kind, each kind warmed up as long first (default 10)")
    int seconds = 10;

    @Option(name = "--port", description = "HTTP port of this platform (default 8181)")
    int port = 8181;

    @Option(name = "--wrk", description = "Write each kind as a script for wrk into this folder instead of measuring (itests/wrk-kinds.sh measures them)")
    String wrk;

    @Override
    public Object execute() throws Exception {
        BenchStaff.register(staff, csv, units, dataSource);
        String token = access.issueToken(officer, "kinerja:bench-staff-list");
        String someone = staffService.list(new StaffQuery(UNIT, false, null, null, null), PageRequest.of(500, 1)).items().get(0).nip();
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("point read", "/api/v1/staff/" + someone);
        kinds.put("first page", "/api/v1/staff?limit=20");
        kinds.put("page 51", "/api/v1/staff?limit=20&offset=1000");
        // the same page and one in the middle of the registry, read on from the page before (its "next")
        kinds.put("page 51 after the 50th", "/api/v1/staff?limit=20&offset=1000&after=" + nextAfter(980));
        int middle = staff / 2 / 20 * 20;
        kinds.put("page " + (middle / 20 + 1) + " after the one before", "/api/v1/staff?limit=20&offset=" + middle + "&after=" + nextAfter(middle - 20));
        kinds.put("a unit's page", "/api/v1/staff?limit=20&unitCode=" + UNIT);
        kinds.put("name search", "/api/v1/staff?limit=20&q=siregar");
        kinds.put("two words", "/api/v1/staff?limit=20&q=dewi%20lubis");
        kinds.put("NIP start", "/api/v1/staff?limit=20&q=" + someone.substring(0, 8));
        Map<String, HttpLoad.Ask> asks = new LinkedHashMap<>();
        kinds.forEach((name, path) -> asks.put(name, new HttpLoad.Ask(token, path)));
        // as people ask: another search each time (the kinds above ask the same values again and again, which hid
        // that the database compiled a list's query anew for each value it was given)
        List<String> starts = new ArrayList<>(new java.util.LinkedHashSet<>(BenchStaff.nips(dataSource).stream().map(n -> n.substring(0, 8)).toList()));
        java.util.Collections.shuffle(starts, new java.util.Random(28));
        asks.put("NIP start, another each time", varied(token, starts.stream().limit(VARIED).map(start -> "/api/v1/staff?limit=20&q=" + start).toList()));
        List<String> names = new ArrayList<>();
        for (int i = 0; names.size() < VARIED; i++) {
            names.add("/api/v1/staff?limit=20&q=" + BenchStaff.FIRST[i % BenchStaff.FIRST.length].toLowerCase(java.util.Locale.ROOT) + "%20"
                    + BenchStaff.FAMILY[(i / BenchStaff.FIRST.length + i) % BenchStaff.FAMILY.length].toLowerCase(java.util.Locale.ROOT));
        }
        asks.put("two words, another each time", varied(token, names));
        HttpLoad load = new HttpLoad(port, token, clients).forWrk(wrk);
        System.out.printf("%d staff registered; %s%n", BenchStaff.registered(dataSource), load.how(seconds));
        load.reportAsked(asks, seconds);
        long t0 = System.nanoTime();
        long rows = new HttpLoad(port, token, 1).lines("/api/v1/staff/export") - 1;
        System.out.printf("export of every staff member (CSV): %d rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
        return null;
    }

    /** How many different searches a kind that varies them asks in turn. */
    static final int VARIED = 400;

    /** The paths asked in turn, each with the same token. */
    private static HttpLoad.Ask varied(String token, List<String> paths) {
        return new HttpLoad.Ask(java.util.Collections.nCopies(paths.size(), token), paths);
    }

    /** The cursor to the page after the registry's page of 20 at this offset. */
    private String nextAfter(int offset) {
        return staffService.list(StaffQuery.ALL, new PageRequest(offset, 20)).next();
    }
}
