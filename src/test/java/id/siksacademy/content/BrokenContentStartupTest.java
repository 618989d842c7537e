package id.siksacademy.content;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A broken content file stops start-up, and the message names file, line and field. */
class BrokenContentStartupTest {

    @Test
    void startup_fails_on_a_broken_fault_catalogue(@TempDir Path dir) throws Exception {
        copy(Path.of("content"), dir);
        Path faults = dir.resolve("faults.yaml");
        Files.writeString(faults, Files.readString(faults).replaceFirst("competency: K2", "competency: K22"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--siks.content.dir=" + dir).close())
                .rootCause()
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("faults.yaml, line 41, field 'faults[3].competency': must be one of K1..K8, was 'K22'");
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
