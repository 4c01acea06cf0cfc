package org.newsroom.enrich.section.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsroom.enrich.clean.CleanProperties;
import org.newsroom.enrich.language.LanguageProperties;
import org.newsroom.enrich.section.SectionProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The enrichment configuration as the service binds it from its {@code application.yml}, for the commands that run
 * enrichment outside the service (eval's throughput measurement) and for tests of the shipped configuration.
 *
 * @param clean    body cleaning
 * @param language language settling
 * @param section  section settling
 */
public record ServiceConfiguration(CleanProperties clean, LanguageProperties language, SectionProperties section) {

    /**
     * @return the configuration bound from the classpath {@code application.yml}
     * @throws UncheckedIOException when it cannot be read
     */
    public static ServiceConfiguration load() {
        try {
            Binder binder = new Binder(ConfigurationPropertySources.from(
                    new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))));
            return new ServiceConfiguration(
                    binder.bindOrCreate("newsroom.enrich.clean", CleanProperties.class),
                    binder.bindOrCreate("newsroom.enrich.language", LanguageProperties.class),
                    binder.bindOrCreate("newsroom.enrich.section", SectionProperties.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.yml", e);
        }
    }
}
