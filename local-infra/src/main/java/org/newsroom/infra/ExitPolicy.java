package org.newsroom.infra;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What happens to the processes this JVM started when it exits. By default (tests) a shutdown hook stops them, the
 * most recently started first, so a crashed or interrupted test run leaves nothing behind. The run command calls
 * {@link #leaveRunning()}: it starts the pipeline and returns, leaving it up. Components attached to (started by
 * another process) are never stopped by the hook.
 */
public final class ExitPolicy {

    private static final Deque<AutoCloseable> STARTED = new ArrayDeque<>();
    private static boolean hookInstalled;
    private static volatile boolean leaveRunning;

    private ExitPolicy() {
    }

    /** Leaves every process this JVM starts running after it exits; for {@code ./newsroom up}. */
    public static void leaveRunning() {
        leaveRunning = true;
    }

    /** Records a component this JVM started, to be closed at exit unless {@link #leaveRunning()} was called. */
    static synchronized void started(AutoCloseable component) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ExitPolicy::stopAll, "local-infra-exit"));
            hookInstalled = true;
        }
        STARTED.push(component);
    }

    /** Forgets a component that was stopped explicitly. */
    static synchronized void stopped(AutoCloseable component) {
        STARTED.remove(component);
    }

    private static void stopAll() {
        if (leaveRunning) {
            return;
        }
        List<AutoCloseable> components;
        synchronized (ExitPolicy.class) {
            components = new ArrayList<>(STARTED);
        }
        for (AutoCloseable component : components) {
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("local-infra: cannot stop " + component + ": " + e);
            }
        }
    }
}
