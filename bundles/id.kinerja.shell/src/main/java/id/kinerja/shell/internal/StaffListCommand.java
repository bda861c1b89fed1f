package id.kinerja.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffQuery;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.staff.StaffStatus;

@Command(scope = "kinerja", name = "staff-list", description = "Lists staff, optionally filtered (unit, status, text)")
@Service
public class StaffListCommand implements Action {

    @Reference
    StaffService staff;

    @Argument(index = 0, name = "text", description = "Part of the name or NIP", required = false)
    String text;

    @Option(name = "--unit", description = "Only this unit and the units below it")
    String unit;

    @Option(name = "--status", description = "ACTIVE, LEAVE, RETIRED or DISMISSED")
    StaffStatus status;

    @Option(name = "--limit", description = "At most this many rows (default 50)")
    int limit = 50;

    @Option(name = "--offset", description = "Skip this many rows")
    int offset;

    @Override
    public Object execute() {
        Page<StaffMember> page = staff.list(new StaffQuery(unit, unit != null, null, status, text),
                new PageRequest(offset, Math.min(limit, PageRequest.MAX_LIMIT)));
        ShellTable table = new ShellTable();
        table.column("NIP");
        table.column("Nama");
        table.column("Gol");
        table.column("Jabatan");
        table.column("Unit");
        table.column("Atasan");
        table.column("Status");
        for (StaffMember s : page.items()) {
            table.addRow().addContent(s.nip(), s.fullName(), s.rank(), s.positionName(), s.unitCode(),
                    s.supervisorNip() == null ? "-" : s.supervisorNip(), s.status());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + (page.totalExact() ? "" : "more than ") + page.total() + " staff");
        return null;
    }
}
