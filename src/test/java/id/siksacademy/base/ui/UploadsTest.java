package id.siksacademy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UploadsTest {

    @Test
    void reading_stops_just_past_the_limit_of_a_50_mb_body() throws IOException {
        var body = new InputStream() { // 50 MB that counts what is taken from it
            long served;

            @Override
            public int read() {
                return served++ < 50L * 1024 * 1024 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = 50L * 1024 * 1024 - served;
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                served += n;
                return n;
            }
        };
        assertThat(Uploads.readAtMost(body, 2 * 1024 * 1024)).isNull();
        assertThat(body.served).isLessThanOrEqualTo(2L * 1024 * 1024 + 8192);
    }

    @Test
    void a_body_within_the_limit_is_kept_whole() throws IOException {
        byte[] pdf = "%PDF-1.4 berita acara".getBytes();
        assertThat(Uploads.readAtMost(new ByteArrayInputStream(pdf), 2 * 1024 * 1024)).isEqualTo(pdf);
        assertThat(Uploads.readAtMost(new ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
        assertThat(Uploads.readAtMost(new ByteArrayInputStream(new byte[101]), 100)).isNull();
    }
}
