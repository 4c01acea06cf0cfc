package org.newsroom.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@code named_components.json} (Elasticsearch's installer would generate it, but runs out of heap on
 * small machines and drops same-named components) lists every component of the package, once, under the interface it
 * implements and by its {@link NamedComponent} name.
 */
class NamedComponentsTest {

    private static final Path FILE = Path.of("src/main/plugin/named_components.json");
    private static final List<Class<?>> COMPONENTS = List.of(ArabicPresentationFormsCharFilterFactory.class,
            ArabicNormalizationFilterFactory.class, ArabicStemFilterFactory.class, DecimalDigitFilterFactory.class,
            EnglishPossessiveFilterFactory.class, EnglishStemFilterFactory.class);

    @Test
    @SuppressWarnings("unchecked")
    void everyComponentIsListedUnderItsInterfaceAndName() throws Exception {
        Map<String, Map<String, String>> listed = new ObjectMapper().readValue(Files.readString(FILE), Map.class);
        List<String> names = new ArrayList<>();
        int entries = 0;
        for (var byInterface : listed.entrySet()) {
            Class<?> extensible = Class.forName(byInterface.getKey());
            for (var component : byInterface.getValue().entrySet()) {
                Class<?> type = Class.forName(component.getValue());
                assertThat(extensible).isAssignableFrom(type);
                assertThat(type.getAnnotation(NamedComponent.class).value()).isEqualTo(component.getKey());
                names.add(component.getKey());
                entries++;
            }
        }
        assertThat(names).doesNotHaveDuplicates();
        assertThat(entries).isEqualTo(COMPONENTS.size());
        assertThat(COMPONENTS).allSatisfy(type -> assertThat(names)
                .contains(type.getAnnotation(NamedComponent.class).value()));
    }
}
