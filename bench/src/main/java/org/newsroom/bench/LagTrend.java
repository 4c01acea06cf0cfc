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
        return settledSlopePerSecond(samples) > tolerance * offeredPerSecond;
    }

    /**
     * @param samples the whole step's samples, in time order; at least three
     * @return the backlog's growth per second over the last two thirds of the step, the part {@link #growing} judges
     * @throws IllegalArgumentException when those span fewer than two samples or no time
     */
    public static double settledSlopePerSecond(List<Sample> samples) {
        return slopePerSecond(samples.subList(samples.size() / 3, samples.size()));
    }

    /**
     * Whether a backlog that grew during a step was only the ramp-up of a step short next to the pipeline's latency
     * (the stories in flight), not the pipeline falling behind. Both must hold:
     * <ul>
     *   <li>the backlog left when the load stopped is no more than the pipeline holds in flight at the offered rate
     *       and its unsaturated latency (Little's law: rate × latency);</li>
     *   <li>it drained at least as fast as the step offered stories.</li>
     * </ul>
     * The drain alone does not tell: once the load stops, ingest's share of the CPU goes to the rest of the pipeline,
     * which then drains faster than it kept up (a 300/s step whose backlog grew by 76/s drained at 380/s).
     *
     * @param backlogAtEnd     stories accepted but not searchable when the load stopped
     * @param drainSeconds     how long until all were searchable
     * @param offeredPerSecond the step's rate
     * @param latencySeconds   the pipeline's received→searchable latency when it is not saturated (the bench's p99
     *                         at 50/s)
     */
    public static boolean onlyRampUp(long backlogAtEnd, double drainSeconds, double offeredPerSecond,
            double latencySeconds) {
        boolean inFlight = backlogAtEnd <= offeredPerSecond * latencySeconds;
        return inFlight && (drainSeconds <= 0 || backlogAtEnd / drainSeconds >= offeredPerSecond);
    }
}
