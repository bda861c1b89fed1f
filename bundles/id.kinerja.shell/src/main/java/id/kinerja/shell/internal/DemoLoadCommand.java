package id.kinerja.shell.internal;

import java.io.StringReader;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.staff.ImportReport;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffCsvService;
import id.kinerja.core.api.time.CityTime;

@Command(scope = "kinerja", name = "demo-load",
        description = "Loads the demo data of the fictional city of Sukamaju (units and about 200 staff)")
@Service
public class DemoLoadCommand implements Action {

    static final long SEED = 2026;

    @Reference
    OrgUnitService units;

    @Reference
    StaffCsvService csv;

    @Reference
    CityTime city;

    @Override
    public Object execute() {
        if (units.find(DemoDataset.ROOT_UNIT).isPresent()) {
            System.out.println("Demo data is loaded already (unit " + DemoDataset.ROOT_UNIT + " exists); nothing done.");
            return null;
        }
        DemoDataset demo = new DemoDataset(SEED, city.today());
        for (OrgUnit unit : demo.units()) {
            units.create(unit);
        }
        ImportReport report = csv.importCsv(new StringReader(demo.staffCsv()));
        demo.heads().forEach(units::setHead);
        System.out.println("Demo data loaded: " + demo.units().size() + " units, " + report.created() + " staff.");
        return null;
    }
}
