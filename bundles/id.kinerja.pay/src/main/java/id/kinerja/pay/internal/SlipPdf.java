package id.kinerja.pay.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** A TPP slip as a one-page A4 PDF, every line with the rule that produced it. */
final class SlipPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private SlipPdf() {
    }

    /** Rupiah as people in Indonesia write it: {@code Rp 1.470.000,00}. */
    static String rupiah(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(new Locale("id", "ID")));
        return "Rp " + format.format(amount);
    }

    static byte[] render(Slip slip, String policyName) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            // content streams left uncompressed: the text can be checked in the file itself
            try (PDPageContentStream text = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                Writer w = new Writer(text, PDRectangle.A4.getHeight() - MARGIN);
                w.line(PDType1Font.HELVETICA_BOLD, 14, "Slip Tambahan Penghasilan Pegawai (TPP) " + slip.month());
                w.line(PDType1Font.HELVETICA, 9, "Kebijakan: " + policyName);
                w.gap();
                w.line(PDType1Font.HELVETICA, 10, "NIP: " + slip.nip());
                w.line(PDType1Font.HELVETICA, 10, "Nama: " + slip.fullName());
                w.line(PDType1Font.HELVETICA, 10, "Unit kerja: " + slip.unitCode() + "    Kelas jabatan: " + slip.positionClass());
                w.line(PDType1Font.HELVETICA, 10, "Predikat kinerja: " + (slip.predikat() == null ? "belum ada predikat final" : slip.predikat().label()));
                w.gap();
                for (Slip.Line line : slip.lines()) {
                    w.line(PDType1Font.HELVETICA_BOLD, 10, label(line.code()) + ": " + rupiah(line.amount()));
                    for (String part : wrap(line.rule(), PDType1Font.HELVETICA, 9)) {
                        w.line(PDType1Font.HELVETICA, 9, "    " + part);
                    }
                }
                w.gap();
                w.line(PDType1Font.HELVETICA_BOLD, 12, "Jumlah TPP diterima: " + rupiah(slip.total()));
                if (slip.takeHome() != null) {
                    w.line(PDType1Font.HELVETICA, 10, "Gaji pokok dan tunjangan keluarga (dibayar bersama gaji): " + rupiah(slip.salaryTotal()));
                    w.line(PDType1Font.HELVETICA_BOLD, 12, "Penghasilan sebulan sebelum potongan: " + rupiah(slip.takeHome()));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(String code) {
        return switch (code) {
            case "BASE" -> "TPP dasar";
            case "PERFORMANCE" -> "TPP kinerja";
            case "DISCIPLINE" -> "TPP disiplin";
            case "NOT_PAID" -> "Tidak dibayarkan";
            case SalaryTable.GAJI_POKOK -> "Gaji pokok";
            case SalaryTable.SPOUSE -> "Tunjangan suami/istri";
            case SalaryTable.CHILDREN -> "Tunjangan anak";
            default -> code;
        };
    }

    /** Splits a text into lines that fit the page width; characters the standard font lacks become '?'. */
    static List<String> wrap(String text, PDFont font, float size) throws IOException {
        String safe = text.replaceAll("[^\\x20-\\x7E]", "?");
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : safe.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (font.getStringWidth("    " + candidate) / 1000 * size > WIDTH && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static final class Writer {
        private final PDPageContentStream stream;
        private float y;

        Writer(PDPageContentStream stream, float top) {
            this.stream = stream;
            this.y = top;
        }

        void line(PDFont font, float size, String text) throws IOException {
            y -= size * 1.5f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text.replaceAll("[^\\x20-\\x7E]", "?"));
            stream.endText();
        }

        void gap() {
            y -= 8;
        }
    }
}
