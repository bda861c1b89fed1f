package id.kinerja.pay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import id.kinerja.appraisal.api.Predikat;

class SlipPdfTest {

    @Test
    void rupiahIsWrittenTheIndonesianWay() {
        assertEquals("Rp 1.470.000,00", SlipPdf.rupiah(new BigDecimal("1470000")));
        assertEquals("Rp 940.800,50", SlipPdf.rupiah(new BigDecimal("940800.5")));
    }

    @Test
    void theSlipReadsAsTextWithEveryLineAndItsRule() throws Exception {
        Slip slip = new Slip("198001012005011001", "Agus Lubis, S.Pd.", "BKPSDM", 6, "2026-03", Predikat.BUTUH_PERBAIKAN,
                List.of(new Slip.Line("BASE", new BigDecimal("2450000"), "TPP dasar kelas jabatan 6"),
                        new Slip.Line("PERFORMANCE", new BigDecimal("1102500"), "60% untuk kinerja x 75% (predikat Butuh Perbaikan)"),
                        new Slip.Line("DISCIPLINE", new BigDecimal("940800"), "40% untuk disiplin, potongan 4%: " + "2026-03-02 terlambat 45 menit: 1%; ".repeat(8)),
                        new Slip.Line(SalaryTable.GAJI_POKOK, new BigDecimal("3000000"), "Gaji pokok golongan III/a, masa kerja golongan 10 tahun"),
                        new Slip.Line(SalaryTable.SPOUSE, new BigDecimal("300000"), "10% dari gaji pokok")),
                new BigDecimal("2043300"), new BigDecimal("3300000"), new BigDecimal("5343300"));
        byte[] pdf = SlipPdf.render(slip, "Perwali Sukamaju 2026 (contoh)");
        try (PDDocument document = PDDocument.load(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("198001012005011001"), text);
            assertTrue(text.contains("Predikat kinerja: Butuh Perbaikan"), text);
            assertTrue(text.contains("TPP kinerja: Rp 1.102.500,00"), text);
            assertTrue(text.contains("Jumlah TPP diterima: Rp 2.043.300,00"), text);
            assertTrue(text.contains("Tunjangan suami/istri: Rp 300.000,00"), text);
            assertTrue(text.contains("Penghasilan sebulan sebelum potongan: Rp 5.343.300,00"), text);
            assertTrue(text.contains("60% untuk kinerja x 75%"), text);
        }
    }
}
