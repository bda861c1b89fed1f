package id.kinerja.pay.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.security.Caller;

/**
 * {@code kinerja:pay-run --as <nip> [--unit <code>] 2026-03}: computes (or recomputes, while draft) the TPP
 * run of a month, for the whole city or one unit with its subunits.
 */
@Command(scope = "kinerja", name = "pay-run", description = "Hitung TPP satu bulan (draf; dihitung ulang selama masih draf)")
@Service
public class PayRunCommand implements Action {

    @Reference
    PayRunService pay;

    @Reference
    AccessControl access;

    @Argument(index = 0, name = "month", description = "Bulan, mis. 2026-03", required = true)
    String month;

    @Option(name = "--as", description = "NIP pegawai BKPSDM yang menjalankan perhitungan", required = true)
    String actor;

    @Option(name = "--unit", description = "Kode unit kerja (dengan sub-unitnya); tanpa ini: seluruh kota")
    String unit;

    @Override
    public Object execute() {
        try {
            YearMonth which = YearMonth.parse(month.strip());
            // the administrator acts as the named person, with that person's permissions, and the log says so
            Caller caller = access.actAs(actor, "kinerja:pay-run");
            if (!caller.has(PayPermissions.RUNS_COMPUTE)) {
                System.out.println("Pegawai " + actor + " tidak berwenang menghitung TPP (izin " + PayPermissions.RUNS_COMPUTE + ")");
                return null;
            }
            PayRun run = pay.compute(caller, which, unit);
            System.out.println("TPP " + run.month() + (run.unitCode() == null ? "" : " unit " + run.unitCode()) + " (" + run.status() + ", kebijakan " + run.policyName() + "): " + run.slipCount()
                    + " slip, jumlah Rp " + run.total().toPlainString());
        } catch (DateTimeParseException e) {
            System.out.println("Bulan tidak valid: " + month + " (contoh 2026-03)");
        } catch (KinerjaException e) {
            System.out.println(e.getMessageId());
        }
        return null;
    }
}
