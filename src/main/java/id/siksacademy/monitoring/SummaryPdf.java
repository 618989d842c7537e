package id.siksacademy.monitoring;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.siksacademy.base.text.Share;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The kabupaten's summary for a month as a PDF (OpenPDF, Indonesian): coverage and data quality per kecamatan. */
final class SummaryPdf {

    private static final Color GREEN = new Color(11, 110, 79);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("id"));

    private SummaryPdf() {
    }

    static byte[] render(String kabupaten, YearMonth month, Coverage coverage, int certifiedInMonth) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Laporan cakupan sertifikasi " + kabupaten + " " + MONTH.format(month));
        document.open();
        document.add(new Paragraph("Laporan cakupan sertifikasi operator SIKS-NG", new Font(Font.HELVETICA, 18, Font.BOLD, GREEN)));
        document.add(new Paragraph(kabupaten + " \u00b7 " + MONTH.format(month), new Font(Font.HELVETICA, 12)));
        var t = coverage.total();
        document.add(new Paragraph(String.format(Locale.ROOT, "%d dari %d desa/kelurahan punya operator tersertifikasi (%s). "
                + "Operator: %d terdaftar, %d berlatih, %d tersertifikasi, %d segera berakhir. Sertifikat terbit bulan ini: %d.",
                t.desaCovered(), t.desa(), Share.percent(t.coverage()), t.operators(), t.trained(), t.certified(), t.expiring(),
                certifiedInMonth), new Font(Font.HELVETICA, 10)));
        var table = new PdfPTable(new float[] {3, 1.4f, 1.2f, 1.2f, 1.4f, 1.2f, 2, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        var head = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);
        for (String h : List.of("Kecamatan", "Desa tercakup", "Operator", "Berlatih", "Tersertifikasi", "Segera berakhir",
                "Valid sebelum (bulan)", "Valid sesudah (bulan)")) {
            var cell = new PdfPCell(new Phrase(h, head));
            cell.setBackgroundColor(GREEN);
            table.addCell(cell);
        }
        var body = new Font(Font.HELVETICA, 8);
        for (var a : coverage.kecamatan()) {
            for (String v : List.of(a.name(), a.desaCovered() + "/" + a.desa(), String.valueOf(a.operators()),
                    String.valueOf(a.trained()), String.valueOf(a.certified()), String.valueOf(a.expiring()),
                    rate(a.quality().validBefore(), a.quality().monthsBefore()),
                    rate(a.quality().validAfter(), a.quality().monthsAfter()))) {
                var cell = new PdfPCell(new Phrase(v, body));
                cell.setHorizontalAlignment(v.equals(a.name()) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
        }
        document.add(table);
        document.add(new Paragraph("Valid sebelum/sesudah: bagian data valid di sistem sebenarnya pada bulan-bulan sebelum dan "
                + "sesudah sertifikat pertama operator desa itu (bulan sertifikasi tidak dihitung); desa tanpa operator "
                + "tersertifikasi dihitung \"sebelum\". Sumber: SIKS Academy.", new Font(Font.HELVETICA, 7, Font.ITALIC)));
        document.close();
        return out.toByteArray();
    }

    private static String rate(Double share, int months) {
        return share == null ? "-" : Share.percent(share) + " (" + months + ")";
    }
}
