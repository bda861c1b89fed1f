package id.kinerja.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.OrgUnitService;

/**
 * {@code kinerja:unit-add <code> <name> [--parent P]}: an organisation unit, for the administrator
 * who sets up a new city before anybody can log in (then {@code kinerja:staff-import},
 * {@code kinerja:role-assign} and {@code kinerja:password-reset} for the first personnel officer).
 */
@Command(scope = "kinerja", name = "unit-add", description = "Membuat unit kerja (untuk penyiapan awal kota)")
@Service
public class UnitAddCommand implements Action {

    @Reference
    OrgUnitService units;

    @Argument(index = 0, name = "code", required = true, description = "kode unit, mis. BKPSDM")
    String code;

    @Argument(index = 1, name = "name", required = true, description = "nama unit")
    String name;

    @Option(name = "--parent", description = "kode unit induk")
    String parent;

    @Override
    public Object execute() {
        try {
            OrgUnit created = units.create(new OrgUnit(code, name, parent));
            System.out.println("Unit " + created.code() + " dibuat");
        } catch (KinerjaException e) {
            System.out.println(e.getMessageId());
        }
        return null;
    }
}
