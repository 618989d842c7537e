package id.siksacademy.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void a_file_name_loses_bidi_overrides_control_characters_and_any_path() {
        assertThat(SafeText.fileName("berita\u202Efdp.exe")).isEqualTo("beritafdp.exe");
        assertThat(SafeText.fileName("ba\u0000\u0007\r\n.pdf")).isEqualTo("ba.pdf");
        assertThat(SafeText.fileName("C:\\Users\\desa\\ba\u200B.pdf")).isEqualTo("ba.pdf");
        assertThat(SafeText.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeText.fileName("  Berita Acara Musdes Mei.pdf  ")).isEqualTo("Berita Acara Musdes Mei.pdf");
        assertThat(SafeText.fileName("x".repeat(300) + ".pdf")).hasSize(SafeText.FILE_NAME_MAX).endsWith(".pdf");
        assertThat(SafeText.fileName(null)).isEmpty();
    }

    @Test
    void text_for_display_shows_every_invisible_character_as_its_code() {
        assertThat(SafeText.visible("admin\u202Enimda")).isEqualTo("admin[U+202E]nimda");
        assertThat(SafeText.visible("operator\n")).isEqualTo("operator[U+000A]");
        assertThat(SafeText.visible("Siti Aminah")).isEqualTo("Siti Aminah");
    }
}
