package id.siksacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The address printed on every certificate is set, absolute, and checked against how the app is reached. */
class PublicUrlsTest {

    @Test
    void an_unset_or_relative_public_url_refuses_to_start() {
        assertThatThrownBy(() -> new PublicUrls("")).hasMessageContaining("SIKS_PUBLIC_URL");
        assertThatThrownBy(() -> new PublicUrls("  ")).hasMessageContaining("SIKS_PUBLIC_URL");
        assertThatThrownBy(() -> new PublicUrls("siks.patikab.go.id")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new PublicUrls("ftp://siks.patikab.go.id")).hasMessageContaining("http(s)");
    }

    @Test
    void a_request_on_another_port_host_or_scheme_is_a_mismatch() {
        var local = new PublicUrls("http://localhost:8080/");
        assertThat(local.verification("abc")).isEqualTo("http://localhost:8080/verifikasi/abc");
        assertThat(local.loopback()).isTrue();
        assertThat(local.mismatch("http", "localhost", 8080)).isEmpty();
        assertThat(local.mismatch("http", "localhost", 9090)).hasValue("http://localhost:9090");
        assertThat(local.mismatch("http", "192.168.1.20", 8080)).hasValue("http://192.168.1.20:8080");

        var real = new PublicUrls("https://siks-academy.patikab.go.id");
        assertThat(real.loopback()).isFalse();
        assertThat(real.mismatch("https", "SIKS-academy.patikab.go.id", 443)).isEmpty();
        assertThat(real.mismatch("http", "siks-academy.patikab.go.id", 80)).hasValue("http://siks-academy.patikab.go.id");
    }
}
