package id.kinerja.pay.internal;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A cell of the table. */
public record SalaryTableRow(String golongan, int masaKerja, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gajiPokok) {
}
