package id.siksacademy.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.siksacademy.content.Content;
import id.siksacademy.region.Regions;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The certificate as a one-page A4 PDF in Indonesian (OpenPDF): holder, desa, level, competency
 * scores, dates, the verification code, and a QR code (ZXing, drawn as vector squares) linking to the
 * public verification page.
 */
@Component
class CertificatePdf {

    private static final Color GREEN = new Color(11, 110, 79);
    private static final Color RED = new Color(178, 34, 34);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private final Content content;
    private final Regions regions;

    CertificatePdf(Content content, Regions regions) {
        this.regions = regions;
        this.content = content;
    }

    byte[] render(CertificateView c, PublicCertificate p, String verificationUrl) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 54, 54, 48, 48);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle("Sertifikat " + p.level() + " - " + p.name());
        document.addCreator("SIKS Academy");
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        var page = document.getPageSize();
        canvas.setColorStroke(GREEN);
        canvas.setLineWidth(3f);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.stroke();

        document.add(centered("SERTIFIKAT", new Font(Font.HELVETICA, 30, Font.BOLD, GREEN), 0));
        document.add(centered(p.level(), new Font(Font.HELVETICA, 18, Font.BOLD), 4));
        document.add(centered("diberikan kepada", new Font(Font.HELVETICA, 12, Font.ITALIC), 16));
        document.add(centered(p.name(), new Font(Font.HELVETICA, 26, Font.BOLD), 4));
        String place = (p.desa().isEmpty() ? "" : p.desa() + ", ") + (p.kecamatan().isEmpty() ? "" : "Kecamatan " + p.kecamatan()
                + ", ") + regions.kabupatenOf(c.desaCode()).orElse(regions.home()).title();
        document.add(centered("Operator SIKS-NG " + place, new Font(Font.HELVETICA, 12), 2));
        document.add(centered("telah lulus ujian operator SIKS Academy tanpa kesalahan kritis, dengan nilai per kompetensi:",
                new Font(Font.HELVETICA, 11), 14));
        document.add(scores(c.competencyScores()));
        document.add(centered("Terbit " + DATE.format(p.issuedAt().atZone(CertificationService.WIB)) + " \u00b7 berlaku sampai "
                + DATE.format(p.expiresAt().atZone(CertificationService.WIB)), new Font(Font.HELVETICA, 11, Font.BOLD), 12));
        document.add(centered("Kode verifikasi: " + p.code(), new Font(Font.COURIER, 11), 6));
        document.add(centered("Periksa keasliannya di " + verificationUrl, new Font(Font.HELVETICA, 9), 2));
        qr(canvas, verificationUrl, page.getWidth() - 54 - 96, 40, 96);
        if (c.status() != CertificateStatus.BERLAKU) {
            invalid(document, canvas, c);
        }
        document.close();
        return out.toByteArray();
    }

    /**
     * A revoked or expired certificate says so on its face: a red stamp across the page and a line
     * under the dates, so a printed copy cannot pass for a valid one. The verification page stays the
     * authority either way.
     */
    private static void invalid(Document document, PdfContentByte canvas, CertificateView c) {
        boolean revoked = c.status() == CertificateStatus.DICABUT;
        String word = revoked ? "DICABUT" : "KEDALUWARSA";
        String since = DATE.format((revoked ? c.revokedAt() : c.expiresAt()).atZone(CertificationService.WIB));
        document.add(centered((revoked ? "Sertifikat ini DICABUT pada " : "Sertifikat ini KEDALUWARSA sejak ") + since
                + " dan TIDAK BERLAKU.", new Font(Font.HELVETICA, 12, Font.BOLD, RED), 6));
        var page = document.getPageSize();
        var state = new com.lowagie.text.pdf.PdfGState();
        state.setFillOpacity(0.35f);
        canvas.saveState();
        canvas.setGState(state);
        com.lowagie.text.pdf.ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(word + " · TIDAK BERLAKU", new Font(Font.HELVETICA, 64, Font.BOLD, RED)),
                page.getWidth() / 2, page.getHeight() / 2 - 20, 24);
        canvas.restoreState();
    }

    private PdfPTable scores(Map<String, Double> scores) {
        var table = new PdfPTable(Math.max(1, scores.size()));
        table.setWidthPercentage(90);
        table.setSpacingBefore(8);
        var head = new Font(Font.HELVETICA, 8, Font.BOLD);
        var value = new Font(Font.HELVETICA, 12, Font.BOLD, GREEN);
        scores.forEach((id, score) -> {
            var title = content.curriculum().competency(id).map(x -> id + " " + x.title().id()).orElse(id);
            var cell = new PdfPCell(new Phrase(title, head));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setBorderColor(GREEN);
            table.addCell(cell);
        });
        scores.forEach((id, score) -> {
            var cell = new PdfPCell(new Phrase(String.format(Locale.ROOT, "%.0f", score), value));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setBorderColor(GREEN);
            cell.setPadding(6);
            table.addCell(cell);
        });
        return table;
    }

    private static Paragraph centered(String text, Font font, float spaceBefore) {
        var p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spaceBefore);
        return p;
    }

    /**
     * The verification URL as a QR code, {@code size} points wide, at (x, y): each row's runs of dark
     * modules as one rectangle, reaching a hair into the row below, so no renderer draws seams.
     */
    static void qr(PdfContentByte canvas, String url, float x, float y, float size) {
        try {
            var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            float module = size / matrix.getWidth();
            canvas.setColorFill(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                float top = y + size - row * module;
                float height = row == matrix.getHeight() - 1 ? module : module + module * 0.1f;
                int col = 0;
                while (col < matrix.getWidth()) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int end = col;
                    while (end < matrix.getWidth() && matrix.get(end, row)) {
                        end++;
                    }
                    canvas.rectangle(x + col * module, top - height, (end - col) * module, height);
                    col = end;
                }
            }
            canvas.fill();
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + url, e);
        }
    }
}
