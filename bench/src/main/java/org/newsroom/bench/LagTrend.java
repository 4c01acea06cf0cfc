package org.newsroom.bench;

import java.util.List;

/**
 * Whether a backlog grows: the least-squares slope of backlog samples over time, compared with the offered rate.
 * A pipeline sustains a rate when, after a warm-up part of the step is discarded, its backlog grows by less than a
 * small fraction of the rate per second (noise and the 1 s refresh make the backlog jitter around a constant).
 */
public final class LagTrend {

    /** A backlog observation: seconds since the step started, and stories accepted but not yet searchable. */
    public record Sample(double seconds, long backlog) {
    }

    private LagTrend() {
    }

    /**
     * @param samples in time order; at least two
     * @return the backlog's growth in stories per second (negative when it shrinks)
     * @throws IllegalArgumentException with fewer than two samples or all at the same time
     */
    public static double slopePerSecond(List<Sample> samples) {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("need two samples at least, got " + samples.size());
        }
        double n = samples.size();
        double meanT = samples.stream().mapToDouble(Sample::seconds).sum() / n;
        double meanB = samples.stream().mapToDouble(Sample::backlog).sum() / n;
        double covariance = 0;
        double variance = 0;
        for (Sample s : samples) {
            covariance += (s.seconds() - meanT) * (s.backlog() - meanB);
            variance += (s.seconds() - meanT) * (s.seconds() - meanT);
        }
        if (variance == 0) {
            throw new IllegalArgumentException("samples span no time");
        }
        return covariance / variance;
    }

    /**
     * @param samples          the whole step's samples, in time order
     * @param offeredPerSecond the rate the load generator offered
     * @param tolerance        the growth allowed as a fraction of that rate, e.g. 0.05
     * @return whether the backlog over the last two thirds of the step grows faster than allowed
     */
    public static boolean growing(List<Sample> samples, double offeredPerSecond, double tolerance) {
        List<Sample> settled = samples.subList(samples.size() / 3, samples.size());
        return slopePerSecond(settled) > tolerance * offeredPerSecond;
    }

    /**
     * Whether the backlog left when a step ended drained at least as fast as the step offered stories: if the
     * pipeline's capacity were below the offered rate, the backlog would drain at that lower capacity. This tells a
     * backlog that grew only because the step was short next to the pipeline's latency (the in-flight stories of a
     * ramp-up) from one that grew because the pipeline fell behind.
     *
     * @param backlogAtEnd     stories accepted but not searchable when the load stopped
     * @param drainSeconds     how long until all were searchable
     * @param offeredPerSecond the step's rate
     */
    public static boolean drainedAtOfferedRate(long backlogAtEnd, double drainSeconds, double offeredPerSecond) {
        return drainSeconds <= 0 || backlogAtEnd / drainSeconds >= offeredPerSecond;
    }
}
