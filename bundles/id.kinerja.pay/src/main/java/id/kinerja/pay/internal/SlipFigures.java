package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.Nip;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffStatus;
import id.kinerja.pay.internal.model.SlipEntity;

/** One person's figures in a month's run: whether they are paid that month, and their slip. */
final class SlipFigures {

    private SlipFigures() {
    }

    /**
     * Whether a person was in service in the month: the TMT of entering service in their NIP is not
     * after it (the registry lists people registered later, e.g. this year's new CPNS, in every month).
     */
    static boolean inServiceBy(StaffMember member, YearMonth month) {
        try {
            return !serviceStart(member).isAfter(month);
        } catch (KinerjaException unreadable) {
            return true; // registered with a NIP that was valid then; paid as the registry says
        }
    }

    /** One person's slip of a run's generation: TPP by the policy, and salary by the table when there is one. */
    static SlipEntity slip(long runId, int generation, YearMonth month, PayPolicy policy, Optional<SalaryTable> salary, StaffMember member, Predikat p,
            List<DisciplineEvent> events) {
        TppCalculator.Figures figures = TppCalculator.compute(policy, member.positionClass(), member.status(), p, events);
        SlipEntity slip = new SlipEntity();
        slip.runId = runId;
        slip.generation = generation;
        slip.month = month.toString();
        slip.nip = member.nip();
        slip.fullName = member.fullName();
        slip.unitCode = member.unitCode();
        slip.positionClass = member.positionClass();
        slip.predikat = p;
        slip.total = figures.total();
        figures.lines().forEach(line -> slip.addLine(line.code(), line.amount(), line.rule()));
        if (salary.isPresent() && member.status() == StaffStatus.ACTIVE) {
            List<TppCalculator.Line> lines = salaryLines(salary.get(), member, month);
            lines.forEach(line -> slip.addLine(line.code(), line.amount(), line.rule()));
            slip.salaryTotal = lines.stream().map(TppCalculator.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return slip;
    }

    /** The start of service a registered person's NIP states (registered, so its birth date was checked then). */
    private static YearMonth serviceStart(StaffMember member) {
        return Nip.parse(member.nip(), member.employmentType(), LocalDate.MAX).serviceStart();
    }

    /** Gaji pokok and family allowance of an active member; a 422 naming the person when the table lacks their row. */
    private static List<TppCalculator.Line> salaryLines(SalaryTable table, StaffMember member, YearMonth month) {
        int years = SalaryTable.masaKerja(serviceStart(member), month);
        return table.lines(member.rank(), years, member.spouseCount() == null ? 0 : member.spouseCount(),
                member.childCount() == null ? 0 : member.childCount()).orElseThrow(() -> KinerjaException.unprocessable("SALARY_ROW_MISSING",
                        "salaryTable", "Tabel gaji " + table.name() + " tidak memuat golongan " + member.rank() + " masa kerja " + years
                                + " tahun (pegawai " + member.nip() + "); impor tabel yang lengkap lalu hitung lagi",
                        "Salary table " + table.name() + " has no row for " + member.rank() + " at " + years + " years (staff " + member.nip()
                                + "); import a complete table and compute again"));
    }
}
