package id.kinerja.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.OrgUnitService;

/**
 * {@code kinerja:unit-head <code> <nip>}: records who heads a unit (its structural position), for
 * the administrator who sets up a city; {@code -} clears it. The personnel officer does the same
 * over {@code PUT /api/v1/units/{code}/head}.
 */
@Command(scope = "kinerja", name = "unit-head", description = "Mencatat kepala unit kerja")
@Service
public class UnitHeadCommand implements Action {

    @Reference
    OrgUnitService units;

    @Argument(index = 0, name = "code", required = true, description = "kode unit, mis. BKPSDM")
    String code;

    @Argument(index = 1, name = "nip", required = true, description = "NIP kepala unit, atau - untuk menghapus")
    String nip;

    @Override
    public Object execute() {
        try {
            OrgUnit unit = units.setHead(code, "-".equals(nip) ? null : nip);
            System.out.println(unit.headNip() == null ? "Kepala unit " + unit.code() + " dihapus"
                    : "Kepala unit " + unit.code() + ": " + unit.headNip());
        } catch (KinerjaException e) {
            System.out.println(e.getMessageId());
        }
        return null;
    }
}
