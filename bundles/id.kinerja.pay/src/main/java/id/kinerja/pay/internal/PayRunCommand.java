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

/**
 * {@code kinerja:pay-run --as <nip> [--unit <code>] 2026-03}: computes (or recomputes, while draft) the TPP
 * run of a month, for the whole city or one unit with its subunits.
 */
@Command(scope = "kinerja", name = "pay-run", description = "Hitung TPP satu bulan (draf; dihitung ulang selama masih draf)")
@Service
public class PayRunCommand implements Action {

    @Reference
    PayService pay;

    @Argument(index = 0, name = "month", description = "Bulan, mis. 2026-03", required = true)
    String month;

    @Option(name = "--as", description = "NIP pegawai BKPSDM yang menjalankan perhitungan", required = true)
    String actor;

    @Option(name = "--unit", description = "Kode unit kerja (dengan sub-unitnya); tanpa ini: seluruh kota")
    String unit;

    @Override
    public Object execute() {
        try {
            PayRun run = pay.compute(actor, YearMonth.parse(month.strip()), unit);
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
