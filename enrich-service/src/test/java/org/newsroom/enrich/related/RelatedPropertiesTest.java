package org.newsroom.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RelatedPropertiesTest {

    private static RelatedProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("newsroom.enrich.related", RelatedProperties.class);
    }

    @Test
    void bindsTheDocumentedDefaults() {
        assertThat(bind(Map.of())).isEqualTo(RelatedProperties.defaults());
    }

    @Test
    void aLanguageListedGetsItsOwnMinimumScore() {
        RelatedProperties properties = bind(Map.of("newsroom.enrich.related.min-score-by-language.ar", "0.38"));

        assertThat(properties.minScore("ar")).isEqualTo(0.38);
        assertThat(properties.minScore("en")).isEqualTo(0.25);
    }
}
