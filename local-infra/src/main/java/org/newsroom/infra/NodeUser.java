package org.newsroom.infra;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user an Elasticsearch node runs as. Elasticsearch refuses to run as root, so when this JVM is root the node runs
 * as the system user {@value #SYSTEM_USER} (created on first use, without a home or login shell), through
 * {@code setpriv}; otherwise it runs as the current user.
 */
final class NodeUser {

    /** The unprivileged system user for the node when the caller is root. */
    static final String SYSTEM_USER = "newsroom-es";

    private static final Logger LOG = LoggerFactory.getLogger(NodeUser.class);

    private final boolean switchUser;

    private NodeUser(boolean switchUser) {
        this.switchUser = switchUser;
    }

    /**
     * @return the user for this JVM: {@value #SYSTEM_USER} (created if missing) when it runs as root, else itself
     * @throws IOException if the system user cannot be created
     */
    static NodeUser forThisProcess() throws IOException {
        if (new UnixSystem().getUid() != 0) {
            return new NodeUser(false);
        }
        if (run(List.of("id", "-u", SYSTEM_USER)) != 0) {
            LOG.info("creating system user {} to run Elasticsearch (it refuses to run as root)", SYSTEM_USER);
            int status = run(List.of("useradd", "--system", "--no-create-home", "--user-group",
                    "--shell", "/usr/sbin/nologin", SYSTEM_USER));
            if (status != 0 && status != 9) { // 9: created meanwhile by another process
                throw new IOException("useradd " + SYSTEM_USER + " exited with " + status);
            }
        }
        return new NodeUser(true);
    }

    /** @return whether the node runs as another user than this JVM's */
    boolean switchesUser() {
        return switchUser;
    }

    /** @return the user name, for messages */
    String name() {
        return switchUser ? SYSTEM_USER : System.getProperty("user.name");
    }

    /** @return the command words to put before a command so that it runs as this user (empty for the current user) */
    List<String> commandPrefix() {
        if (!switchUser) {
            return List.of();
        }
        return ChildProcesses.onPath("setpriv")
                .map(setpriv -> List.of(setpriv.toString(), "--reuid=" + SYSTEM_USER, "--regid=" + SYSTEM_USER,
                        "--init-groups"))
                .orElseGet(() -> List.of("runuser", "-u", SYSTEM_USER, "--"));
    }

    /**
     * @param path a directory or an executable file
     * @return whether this user can search the directory or execute the file, which needs search permission on every
     *         directory above it ({@code test -x}, run as this user)
     */
    boolean canAccess(Path path) throws IOException {
        if (!switchUser) {
            return Files.isExecutable(path);
        }
        List<String> command = new ArrayList<>(commandPrefix());
        command.addAll(List.of("test", "-x", path.toString()));
        return run(command) == 0;
    }

    /** Makes this user and its group own {@code directory} and everything under it (no-op for the current user). */
    void own(Path directory) throws IOException {
        if (!switchUser) {
            return;
        }
        UserPrincipalLookupService lookup = directory.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(SYSTEM_USER);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(SYSTEM_USER);
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                chown(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                chown(file);
                return FileVisitResult.CONTINUE;
            }

            private void chown(Path path) throws IOException {
                PosixFileAttributeView view =
                        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                view.setOwner(user);
                view.setGroup(group);
            }
        });
    }

    private static int run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in 30 s");
            }
            if (process.exitValue() != 0 && !output.isEmpty()) {
                LOG.debug("{} exited with {}: {}", command, process.exitValue(), output);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + command.get(0));
        }
    }
}
