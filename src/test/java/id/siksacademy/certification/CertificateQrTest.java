package id.siksacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The certificate's QR code, drawn as vector rectangles, reads back as its URL once rendered to pixels. */
class CertificateQrTest {

    @ParameterizedTest
    @ValueSource(ints = {72, 96, 150, 300})
    void the_drawn_qr_code_decodes_to_the_verification_url(int dpi) throws Exception {
        String url = "https://siks-academy.example.go.id/verifikasi/ApHH0IQLsmmCYE8leXj-8A";
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 54, 54, 48, 48);
        var writer = PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Kode verifikasi: ApHH0IQLsmmCYE8leXj-8A"));
        var page = document.getPageSize();
        CertificatePdf.qr(writer.getDirectContent(), url, page.getWidth() - 54 - 96, 40, 96);
        document.close();
        assertThat(QrDecoding.decode(QrDecoding.render(out.toByteArray(), dpi))).isEqualTo(url);
    }
}
