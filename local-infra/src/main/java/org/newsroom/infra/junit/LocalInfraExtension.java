package org.newsroom.infra.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.newsroom.infra.LocalElasticsearch;
import org.newsroom.infra.LocalKafka;

/**
 * Starts one {@link LocalKafka} and one {@link LocalElasticsearch} per test JVM, on free ports, the first time a test
 * class using this extension runs, and stops them when the root extension context closes (the end of the run).
 * Tests get them as parameters of type {@link LocalInfra}, {@link LocalKafka} or {@link LocalElasticsearch}, or from
 * {@link #localInfra()}.
 *
 * <p>State goes to {@code target/local-infra/} under the working directory (the module, under Maven), or to the
 * system property {@code newsroom.infra.work-dir}. It is wiped before the start, after stopping whatever a previous,
 * crashed run left there, so every run begins with empty topics and indices. The system property
 * {@code newsroom.infra.elasticsearch.plugins} names plugin zips to install in the node, separated by commas.
 */
public final class LocalInfraExtension implements ParameterResolver, BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalInfraExtension.class);
    private static final Set<Class<?>> RESOLVABLE = Set.of(LocalInfra.class, LocalKafka.class, LocalElasticsearch.class);

    private static volatile LocalInfra current;

    /** Starts the infrastructure if this is the first test class of the run that uses it. */
    @Override
    public void beforeAll(ExtensionContext context) {
        infra(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return RESOLVABLE.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalInfra infra = infra(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == LocalKafka.class) {
            return infra.kafka();
        }
        if (type == LocalElasticsearch.class) {
            return infra.elasticsearch();
        }
        if (type == LocalInfra.class) {
            return infra;
        }
        throw new ParameterResolutionException("cannot resolve " + type);
    }

    /**
     * @return the infrastructure this extension started in this JVM
     * @throws IllegalStateException if no test class using the extension has started yet
     */
    public static LocalInfra localInfra() {
        LocalInfra infra = current;
        if (infra == null) {
            throw new IllegalStateException("no local infrastructure yet: annotate the test class with "
                    + "@ExtendWith(LocalInfraExtension.class)");
        }
        return infra;
    }

    private static LocalInfra infra(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Started.class, key -> Started.start(), Started.class)
                .infra();
    }

    /** The started infrastructure in the root store; JUnit closes it when the run ends. */
    private record Started(LocalInfra infra) implements AutoCloseable {

        static Started start() {
            Path workDir = Path.of(System.getProperty("newsroom.infra.work-dir", "target/local-infra"))
                    .toAbsolutePath();
            Path kafkaDir = workDir.resolve("kafka");
            Path elasticsearchDir = workDir.resolve("elasticsearch");
            try {
                LocalKafka.reset(kafkaDir);
                LocalElasticsearch.reset(elasticsearchDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean " + workDir, e);
            }
            // in parallel: the node takes about 12 s, the broker about 4 s
            CompletableFuture<LocalElasticsearch> elasticsearch = CompletableFuture.supplyAsync(() -> {
                try {
                    LocalElasticsearch.Builder builder = LocalElasticsearch.builder().workDir(elasticsearchDir);
                    Arrays.stream(System.getProperty("newsroom.infra.elasticsearch.plugins", "").split(","))
                            .map(String::strip)
                            .filter(zip -> !zip.isEmpty())
                            .forEach(zip -> builder.plugin(Path.of(zip)));
                    return builder.start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            LocalKafka kafka;
            try {
                kafka = LocalKafka.start(kafkaDir, 0);
            } catch (IOException | RuntimeException e) {
                elasticsearch.handle((node, failure) -> {
                    if (node != null) {
                        node.stop();
                    }
                    return node;
                }).join();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            try {
                LocalInfra infra = new LocalInfra(kafka, elasticsearch.join());
                current = infra;
                return new Started(infra);
            } catch (CompletionException e) {
                kafka.stop();
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }

        @Override
        public void close() {
            current = null;
            infra.elasticsearch().stop();
            infra.kafka().stop();
        }
    }
}
