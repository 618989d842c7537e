package id.siksacademy.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

    @Test
    void fingerprinted_files_are_cached_for_a_year_own_assets_revalidated_pages_never_stored() {
        assertThat(ResponseHeaders.cacheControl("/VAADIN/build/indexhtml-ClPNxytR.js")).isEqualTo(ResponseHeaders.IMMUTABLE);
        assertThat(ResponseHeaders.cacheControl("/webjars/chart.js/4.5.1/dist/chart.umd.min.js"))
                .isEqualTo(ResponseHeaders.IMMUTABLE);
        assertThat(ResponseHeaders.cacheControl("/assets/styles.css")).isEqualTo(ResponseHeaders.REVALIDATE);
        assertThat(ResponseHeaders.cacheControl("/favicon.ico")).isEqualTo(ResponseHeaders.REVALIDATE);
        for (String page : new String[] {"/", "/login", "/sandbox/12/dtks", "/VAADIN/dynamic/resource/1/x/upload"}) {
            assertThat(ResponseHeaders.cacheControl(page)).as(page).isEqualTo(ResponseHeaders.NEVER_STORE);
        }
    }
}
