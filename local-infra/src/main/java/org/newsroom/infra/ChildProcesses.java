package org.newsroom.infra;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starting detached child processes and stopping processes by signal with a deadline. */
final class ChildProcesses {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcesses.class);

    /** After SIGKILL, how long to wait for the kernel to reap the process. */
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private static final Duration EXIT_POLL_INTERVAL = Duration.ofMillis(50);
    private static final Duration REAP_WAIT = Duration.ofSeconds(2);
    private static final Optional<Path> SETSID = onPath("setsid");

    private ChildProcesses() {
    }

    /**
     * Starts {@code command} in a new session ({@code setsid}, where present), so that it outlives this JVM and a
     * terminal's Ctrl-C; standard input is {@code /dev/null}, standard output and error are appended to {@code log}.
     *
     * @param environment variables added to this process's environment
     * @param directory   the working directory; must exist
     * @return the started process; with {@code setsid} its pid is the command's own, since {@code setsid} execs it
     */
    static Process startDetached(List<String> command, Map<String, String> environment, Path directory, Path log)
            throws IOException {
        List<String> full = new ArrayList<>();
        SETSID.ifPresent(setsid -> full.add(setsid.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        LOG.debug("starting {}", full);
        return builder.start();
    }

    /**
     * Runs {@code command} to completion, output appended to {@code log}.
     *
     * @param timeout how long it may run before it is killed
     * @return its exit status
     * @throws StartFailedException if it ran out of time
     */
    static int run(List<String> command, Map<String, String> environment, Path log, Duration timeout)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new StartFailedException(Logs.withTail(command.get(0) + " did not finish in "
                        + timeout.toSeconds() + " s", log));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running " + command.get(0));
        }
    }

    /**
     * Sends SIGTERM to every live process in {@code processes}, waits until all have exited or {@code grace} has
     * passed, then sends SIGKILL to the rest and waits up to 10 s more.
     *
     * @return whether all of them are gone
     */
    static boolean terminate(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> alive = processes.stream().filter(ChildProcesses::running).toList();
        alive.forEach(ProcessHandle::destroy);
        List<ProcessHandle> remaining = awaitExit(alive, grace);
        if (!remaining.isEmpty()) {
            LOG.warn("pids {} still running {} s after SIGTERM: sending SIGKILL",
                    remaining.stream().map(ProcessHandle::pid).toList(), grace.toSeconds());
            remaining.forEach(ProcessHandle::destroyForcibly);
            remaining = awaitExit(remaining, KILL_WAIT);
        }
        remaining.forEach(process -> LOG.error("pid {} survived SIGKILL", process.pid()));
        awaitReaped(processes);
        return remaining.isEmpty();
    }

    /** Sends SIGKILL and waits up to 10 s for the process to be gone. @return whether it is gone */
    static boolean kill(ProcessHandle process) {
        process.destroyForcibly();
        boolean gone = awaitExit(List.of(process), KILL_WAIT).isEmpty();
        awaitReaped(List.of(process));
        return gone;
    }

    /**
     * @return whether {@code process} is alive and not a zombie: an exited process that its parent has not reaped yet
     *         (which {@link ProcessHandle#isAlive()} counts as alive; where init reaps orphans slowly, for seconds)
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int state = stat.lastIndexOf(')') + 2; // "pid (command) S ...": the command may hold ')'
            return state >= stat.length() || stat.charAt(state) != 'Z';
        } catch (IOException e) {
            return process.isAlive(); // no /proc (not Linux), or it just exited
        }
    }

    /** @return the {@code java} launcher of the running JVM */
    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** @return the executable {@code name} on {@code PATH} (or in /usr/sbin, /sbin, /usr/bin), if any */
    static Optional<Path> onPath(String name) {
        List<String> directories = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        directories.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"));
        return directories.stream()
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Waits up to 2 s for this JVM's own exited children to be reaped (by its process reaper thread), so that
     * {@link ProcessHandle#of(long)} no longer finds them once a stop returns.
     */
    private static void awaitReaped(List<ProcessHandle> processes) {
        long self = ProcessHandle.current().pid();
        for (ProcessHandle process : processes) {
            if (process.parent().map(ProcessHandle::pid).orElse(0L) == self && !running(process)) {
                try {
                    process.onExit().get(REAP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    LOG.debug("pid {} not reaped yet", process.pid());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Polls every 50 ms rather than using {@link ProcessHandle#onExit()}, which for a process that is not this JVM's
     * child (one started by an earlier {@code ./newsroom up}) notices the exit only after 0.3–2 s, and only once it
     * is reaped.
     *
     * @return the processes still alive when {@code timeout} has passed
     */
    private static List<ProcessHandle> awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ProcessHandle> alive = processes.stream().filter(ChildProcesses::running).toList();
        while (!alive.isEmpty() && System.nanoTime() - deadline < 0) {
            try {
                Poll.pause(EXIT_POLL_INTERVAL);
            } catch (InterruptedIOException e) {
                return alive;
            }
            alive = alive.stream().filter(ChildProcesses::running).toList();
        }
        return alive;
    }
}
