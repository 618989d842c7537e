package id.siksacademy.content;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads content/ once at start-up; a broken file stops the application with its file, line and field. */
@Configuration
class ContentConfig {

    @Bean
    Content content(@Value("${siks.content.dir:content}") String dir,
                    @Value("${siks.content.region:pati.yaml}") String region) {
        return ContentLoader.at(Path.of(dir)).load(region);
    }
}
