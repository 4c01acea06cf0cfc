package org.newsroom.infra;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch distribution, unpacked once per machine and user into a cache that every node shares read-only:
 * {@code /var/cache/newsroom} for root, else {@code $XDG_CACHE_HOME/newsroom} ({@code ~/.cache/newsroom}); the system
 * property {@code newsroom.infra.cache-dir} overrides both. A distribution with plugins is a separate copy, named by a
 * hash of the plugin zips. Each copy is unpacked into a temporary directory and renamed into place, so concurrent
 * starts never see half a distribution.
 *
 * <p>The zip ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch}) is found at the system property
 * {@code newsroom.elasticsearch.zip}, else in {@code target/elasticsearch/} next to this module's classes (where its
 * build copies it), else in the local Maven repository ({@code -Dmaven.repo.local}, the one this JVM's jars come from,
 * {@code ~/.m2/repository}).
 */
final class ElasticsearchDistribution {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchDistribution.class);
    private static final Duration PLUGIN_INSTALL_TIMEOUT = Duration.ofMinutes(2);
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private ElasticsearchDistribution() {
    }

    /**
     * @param plugins plugin zips to install, {@code elasticsearch-plugin install --batch}; may be empty
     * @return the home directory of a distribution with exactly these plugins, unpacked if needed
     * @throws IOException if the zip is nowhere to be found or a plugin does not install
     */
    static Path prepare(List<Path> plugins) throws IOException {
        String version = InfraBuild.elasticsearchVersion();
        Path cache = cacheRoot();
        String name = "elasticsearch-" + version + (plugins.isEmpty() ? "" : "-plugins-" + hash(plugins));
        Path home = cache.resolve(name);
        if (Files.isDirectory(home.resolve("bin"))) {
            return home;
        }
        Path zip = locateZip(version);
        createReadableDirectories(cache);
        Path temporary = cache.resolve("." + name + ".tmp-" + ProcessHandle.current().pid());
        Directories.deleteRecursively(temporary);
        LOG.info("unpacking {} into {}", zip, home);
        try {
            unzip(zip, temporary);
            Files.createDirectories(temporary.resolve("plugins"));
            normalizePermissions(temporary);
            for (Path plugin : plugins) {
                install(temporary, plugin);
            }
            normalizePermissions(temporary); // what the plugin tool wrote under this process's umask
            Files.move(temporary, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (!Files.isDirectory(home.resolve("bin"))) {
                throw e;
            }
            // another process won the race
        } finally {
            Directories.deleteRecursively(temporary);
        }
        return home;
    }

    /** @return where unpacked distributions are kept (see the type's comment) */
    static Path cacheRoot() {
        String override = System.getProperty("newsroom.infra.cache-dir");
        if (override != null) {
            return Path.of(override).toAbsolutePath();
        }
        if (new UnixSystem().getUid() == 0) {
            return Path.of("/var/cache/newsroom");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newsroom");
    }

    /** Creates {@code directory} and its missing parents, readable and searchable by every user (mode 755). */
    static void createReadableDirectories(Path directory) throws IOException {
        Path missing = directory;
        List<Path> created = new ArrayList<>();
        while (missing != null && !Files.exists(missing)) {
            created.add(0, missing);
            missing = missing.getParent();
        }
        for (Path path : created) {
            Files.createDirectories(path);
            Files.setPosixFilePermissions(path, EXECUTABLE);
        }
    }

    /** @throws IOException listing the places looked in, if the zip is in none */
    static Path locateZip(String version) throws IOException {
        String fileName = "elasticsearch-" + version + ".zip";
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("newsroom.elasticsearch.zip")).map(Path::of).ifPresent(candidates::add);
        codeLocation().map(Path::getParent)
                .ifPresent(target -> candidates.add(target.resolve("elasticsearch").resolve(fileName)));
        String inRepository = "org/elasticsearch/distribution/integ-test-zip/elasticsearch/" + version + "/" + fileName;
        KafkaClasspath.searchPath().forEach(repository -> candidates.add(repository.resolve(inRepository)));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IOException(
                "the Elasticsearch distribution " + fileName + " is in none of " + candidates
                        + ": build local-infra (./mvnw -pl local-infra package) or set -Dnewsroom.elasticsearch.zip"));
    }

    /** @return this module's classes directory or jar: in a build, {@code target/classes} or {@code target/*.jar} */
    private static Optional<Path> codeLocation() {
        CodeSource source = ElasticsearchDistribution.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Extracts {@code zip} into {@code target}, dropping the top-level directory every entry sits in. */
    static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top-level directory itself
                }
                Path destination = target.resolve(name.substring(slash + 1)).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("zip entry outside the target directory: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Directories and {@code bin/} scripts 755, other files 644 (a zip's modes are not kept by unzipping in Java). */
    static void normalizePermissions(Path home) throws IOException {
        Path bin = home.resolve("bin");
        Files.walkFileTree(home, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                Files.setPosixFilePermissions(directory, EXECUTABLE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                boolean executable = file.startsWith(bin)
                        || Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE);
                Files.setPosixFilePermissions(file, executable ? EXECUTABLE : READABLE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void install(Path home, Path plugin) throws IOException {
        Path log = home.resolve("plugin-install.log");
        List<String> command = List.of(home.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
                plugin.toAbsolutePath().toUri().toString());
        Map<String, String> environment = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_PATH_CONF", home.resolve("config").toString());
        int status = ChildProcesses.run(command, environment, log, PLUGIN_INSTALL_TIMEOUT);
        if (status != 0) {
            throw new IOException(Logs.withTail("elasticsearch-plugin install " + plugin + " exited with " + status, log));
        }
        Files.delete(log);
        LOG.info("installed plugin {}", plugin);
    }

    private static String hash(List<Path> plugins) throws IOException {
        try {
            List<String> digests = new ArrayList<>();
            for (Path plugin : plugins) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(plugin)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
                digests.add(HexFormat.of().formatHex(digest.digest()));
            }
            digests.sort(null);
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            digests.forEach(digest -> all.update(digest.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(all.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
