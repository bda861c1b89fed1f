package id.kinerja.pay.internal;

import java.util.List;

/** A version with its rows. */
public record SalaryTableDetail(SalaryTableVersion version, List<SalaryTableRow> rows) {
}
