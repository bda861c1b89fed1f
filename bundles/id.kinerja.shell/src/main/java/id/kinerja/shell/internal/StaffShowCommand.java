package id.kinerja.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.staff.StaffHistoryEntry;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;

@Command(scope = "kinerja", name = "staff-show", description = "Shows one staff member with supervisor chain and history")
@Service
public class StaffShowCommand implements Action {

    @Reference
    StaffService staff;

    @Argument(index = 0, name = "nip", description = "The NIP", required = true)
    String nip;

    @Override
    public Object execute() {
        StaffMember s = staff.get(nip);
        System.out.println("NIP            : " + s.nip() + " (" + s.employmentType() + ")");
        System.out.println("Nama           : " + s.fullName());
        System.out.println("Golongan       : " + s.rank() + (s.rankSince() == null ? "" : " TMT " + s.rankSince()));
        System.out.println("Jabatan        : " + s.positionName() + " (" + s.positionKind() + ", kelas " + s.positionClass() + ")");
        System.out.println("Unit           : " + s.unitCode());
        System.out.println("Status         : " + s.status());
        System.out.println("Keluarga       : pasangan " + s.spouseCount() + ", anak " + s.childCount());
        List<StaffMember> chain = staff.supervisorChain(nip);
        for (int i = 0; i < chain.size(); i++) {
            System.out.println((i == 0 ? "Atasan         : " : "                 ") + chain.get(i).nip() + " " + chain.get(i).fullName());
        }
        System.out.println("Riwayat:");
        for (StaffHistoryEntry h : staff.history(nip)) {
            System.out.println("  " + h.effectiveDate() + "  " + h.kind() + "  " + (h.oldValue() == null ? "" : h.oldValue() + " -> ")
                    + h.newValue());
        }
        return null;
    }
}
