package org.newsroom.publish.replay;

import java.io.PrintStream;

/**
 * A progress bar on a terminal ({@code \r}-redrawn), or one line per tenth of the way when the output is not a
 * terminal (a log, CI).
 */
final class ConsoleProgress implements ReindexProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long startedNs = System.nanoTime();
    private long stepStartedNs = startedNs;
    private int lastTenth = -1;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void step(String step) {
        if (terminal && lastTenth >= 0) {
            out.println();
        }
        lastTenth = -1;
        stepStartedNs = System.nanoTime();
        out.printf("%6.1f s  %s%n", (stepStartedNs - startedNs) / 1e9, step);
    }

    @Override
    public void copied(long done, long total) {
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        int tenth = (int) (fraction * 10);
        double seconds = Math.max(1e-3, (System.nanoTime() - stepStartedNs) / 1e9);
        String line = String.format("[%-" + WIDTH + "s] %3d%%  %,d / %,d offsets  %,.0f/s",
                "#".repeat((int) (fraction * WIDTH)), Math.round(fraction * 100), done, total, done / seconds);
        if (terminal) {
            out.print("\r" + line);
            lastTenth = tenth;
        } else if (tenth != lastTenth) {
            out.println(line);
            lastTenth = tenth;
        }
        out.flush();
    }
}
