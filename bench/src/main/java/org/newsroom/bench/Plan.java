package org.newsroom.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long each phase of a bench run lasts.
 *
 * @param name             {@code short} or {@code long}
 * @param warmup           the warm-up at 50 stories/s (JIT, connections, index creation), not measured
 * @param latencyPhase     each received→searchable phase, at 50 and at 200 stories/s
 * @param acceptPhase      the ingest accept-latency phase at 1,000 requests/s
 * @param step             each step of the sustained-throughput search
 * @param stepRates        the rates tried in turn, stories/s, until the backlog grows
 * @param rawProducerCount records written by the raw Kafka producer baseline
 */
record Plan(String name, Duration warmup, Duration latencyPhase, Duration acceptPhase, Duration step,
        List<Integer> stepRates, int rawProducerCount) {

    /** About three minutes with start-up. */
    static final Plan SHORT = new Plan("short", Duration.ofSeconds(5), Duration.ofSeconds(12), Duration.ofSeconds(5),
            Duration.ofSeconds(8), List.of(25, 50, 100, 200, 400, 800, 1600), 20_000);

    /** About fifteen minutes. */
    static final Plan LONG = new Plan("long", Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(30),
            Duration.ofSeconds(30), List.of(25, 50, 100, 150, 200, 300, 400, 550, 700, 850, 1000, 1200, 1400, 1600, 2000), 100_000);
}
