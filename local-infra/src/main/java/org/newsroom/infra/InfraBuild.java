package org.newsroom.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions this module was built with, read from a resource filtered by Maven. */
public final class InfraBuild {

    private static final Properties PROPERTIES = load();

    private InfraBuild() {
    }

    /** @return the project version, e.g. {@code 0.1.0-SNAPSHOT}: the suffix of every module's jar name */
    public static String projectVersion() {
        return PROPERTIES.getProperty("project.version");
    }

    /** @return the Elasticsearch version of the distribution that {@link LocalElasticsearch} runs */
    public static String elasticsearchVersion() {
        return PROPERTIES.getProperty("elasticsearch.version");
    }

    private static Properties load() {
        try (InputStream in = InfraBuild.class.getResourceAsStream("infra.properties")) {
            if (in == null) {
                throw new IllegalStateException("infra.properties missing from the local-infra jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
