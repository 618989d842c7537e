package id.siksacademy.e2e;

import java.nio.file.Path;

/**
 * Where journeys save screenshots: target/screenshots, or the README's docs/screenshots when
 * run with -Dsiks.screenshots=docs/screenshots.
 */
final class Screenshots {

    private Screenshots() {
    }

    static Path dir() {
        return Path.of(System.getProperty("siks.screenshots", "target/screenshots"));
    }
}
