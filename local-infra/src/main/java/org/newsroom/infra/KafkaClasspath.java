package org.newsroom.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The class path of the broker JVM. The build lists this module's runtime dependencies as paths inside a Maven
 * repository ({@code kafka-classpath.txt}, each prefixed {@code @REPO@/}). Each is looked up in the repository that
 * the running {@code kafka_2.13} jar came from (or, for the run command's flat {@code target/lib}, in that jar's
 * directory), then in {@code -Dmaven.repo.local} and in {@code ~/.m2/repository}.
 */
final class KafkaClasspath {

    private static final String PREFIX = "@REPO@/";
    private static final String KAFKA_CLASS = "kafka/Kafka.class";

    private KafkaClasspath() {
    }

    /** @return the jars, joined with the platform's path separator */
    static String resolve() throws IOException {
        List<String> entries = entries();
        return resolve(entries, searchPath(jarOf(KAFKA_CLASS), entries)).stream()
                .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * @return where to look for jars and other Maven artifacts: the repository (or flat directory) that this JVM's
     *         {@code kafka_2.13} jar is in, {@code -Dmaven.repo.local}, {@code ~/.m2/repository}
     */
    static List<Path> searchPath() throws IOException {
        return searchPath(jarOf(KAFKA_CLASS), entries());
    }

    private static List<String> entries() throws IOException {
        try (InputStream in = KafkaClasspath.class.getResourceAsStream("kafka-classpath.txt")) {
            if (in == null) {
                throw new IllegalStateException("kafka-classpath.txt missing from the local-infra jar");
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split(","))
                    .filter(entry -> entry.startsWith(PREFIX))
                    .map(entry -> entry.substring(PREFIX.length()))
                    .toList();
        }
    }

    /**
     * @param entries     jar paths relative to a Maven repository root, with {@code /} separators
     * @param directories Maven repositories and flat directories of jars, searched in order
     * @return one existing jar per entry
     * @throws IOException naming the entries found nowhere
     */
    static List<Path> resolve(List<String> entries, List<Path> directories) throws IOException {
        List<Path> jars = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String entry : entries) {
            Path fileName = Path.of(entry).getFileName();
            directories.stream()
                    .flatMap(directory -> Stream.of(directory.resolve(entry), directory.resolve(fileName)))
                    .filter(Files::isRegularFile)
                    .findFirst()
                    .ifPresentOrElse(jars::add, () -> missing.add(entry));
        }
        if (!missing.isEmpty()) {
            throw new IOException("Kafka broker jars not found in " + directories + ": " + missing);
        }
        return jars;
    }

    /**
     * @param loadedJar where the running JVM loaded one of {@code entries} from, if known
     * @param entries   jar paths relative to a Maven repository root
     * @return directories to search: the repository root of {@code loadedJar} if it sits in one at its entry's path,
     *         else its directory; then the local repositories
     */
    static List<Path> searchPath(Optional<Path> loadedJar, List<String> entries) {
        Set<Path> directories = new LinkedHashSet<>();
        loadedJar.filter(Files::isRegularFile).ifPresent(jar -> directories.add(entries.stream()
                .map(Path::of)
                .filter(jar::endsWith)
                .findFirst()
                .map(entry -> stripTail(jar, entry.getNameCount()))
                .orElse(jar.getParent())));
        Optional.ofNullable(System.getProperty("maven.repo.local")).map(Path::of).ifPresent(directories::add);
        directories.add(Path.of(System.getProperty("user.home"), ".m2", "repository"));
        return List.copyOf(directories);
    }

    /** @return the local jar the class loader of this class finds {@code resource} in, if any */
    private static Optional<Path> jarOf(String resource) {
        URL url = KafkaClasspath.class.getClassLoader().getResource(resource);
        if (url == null || !url.getProtocol().equals("jar")) {
            return Optional.empty();
        }
        String file = url.getPath(); // file:/path/x.jar!/resource
        try {
            return Optional.of(Path.of(new URI(file.substring(0, file.indexOf("!/")))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Path stripTail(Path path, int names) {
        Path stripped = path;
        for (int i = 0; i < names; i++) {
            stripped = stripped.getParent();
        }
        return stripped;
    }
}
