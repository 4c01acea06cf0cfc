package org.newsroom.pipeline.fault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exact comparison of a test's stories with what the index holds, and its one-line summary.
 *
 * @param test         the test's name
 * @param sent         stories the agency pushed (each story once, whatever the retries)
 * @param accepted     of those, answered 202
 * @param attempts     HTTP requests, retries included
 * @param unavailable  503/429 answers the agency retried
 * @param indexed      expected live URIs found exactly once at their newest version
 * @param killed       killed URIs, none of which is live in the index
 * @param deadLettered records of the test in the dead-letter topics
 * @param duplicates   hits beyond one per URI
 * @param lost         expected live URIs missing from the index
 * @param stale        expected live URIs indexed at another version than their newest
 * @param resurrected  killed URIs live in the index
 * @param unexpected   live URIs in the index the test never sent as live
 * @param settledAfterSeconds from the end of the fault (and of the push) until the pipeline had drained
 */
record Accounting(String test, int sent, int accepted, long attempts, int unavailable, int indexed, int killed,
        int deadLettered, int duplicates, int lost, int stale, int resurrected, int unexpected,
        double settledAfterSeconds) {

    /** Compares {@code contents} with the expected end state of {@code stories}. */
    static Accounting of(String test, StorySet stories, AgencyClient.Report report, IndexContents contents,
            int deadLettered, double settledAfterSeconds) {
        Map<String, Long> live = contents.live();
        Map<String, Long> expected = stories.expectedLive();
        int indexed = 0;
        int lost = 0;
        int stale = 0;
        for (var entry : expected.entrySet()) {
            Long found = live.get(entry.getKey());
            if (found == null) {
                lost++;
            } else if (found.equals(entry.getValue())) {
                indexed++;
            } else {
                stale++;
            }
        }
        Set<String> unexpected = new TreeSet<>(live.keySet());
        unexpected.removeAll(expected.keySet());
        int resurrected = (int) unexpected.stream().filter(stories.killed()::contains).count();
        return new Accounting(test, report.sent(), report.accepted(), report.attempts(), report.unavailable(),
                indexed, stories.killed().size() - resurrected, deadLettered, contents.duplicates(), lost, stale,
                resurrected, unexpected.size() - resurrected, settledAfterSeconds);
    }

    /** Which live URIs differ from the expected state, for a failure message: uri → "expected v / found v". */
    static Map<String, String> differences(StorySet stories, IndexContents contents) {
        Map<String, Long> live = contents.live();
        Map<String, String> differences = new LinkedHashMap<>();
        stories.expectedLive().forEach((uri, version) -> {
            if (!version.equals(live.get(uri))) {
                differences.put(uri, "expected v" + version + ", found " + live.get(uri));
            }
        });
        live.forEach((uri, version) -> {
            if (!stories.expectedLive().containsKey(uri)) {
                differences.put(uri, (stories.killed().contains(uri) ? "killed" : "never sent live")
                        + ", found v" + version);
            }
        });
        return differences;
    }

    /** @return whether the index is exactly the expected set */
    boolean exact() {
        return duplicates == 0 && lost == 0 && stale == 0 && resurrected == 0 && unexpected == 0
                && accepted == sent;
    }

    /** The line each test prints. */
    String summary() {
        return String.format("accounting %-28s sent=%d accepted=%d (attempts=%d, 503/429=%d) indexed=%d killed=%d "
                        + "dead-lettered=%d duplicates=%d lost=%d stale=%d resurrected=%d unexpected=%d "
                        + "(drained %.1f s after the fault was over and every story accepted)",
                test, sent, accepted, attempts, unavailable, indexed, killed, deadLettered, duplicates, lost, stale,
                resurrected, unexpected, settledAfterSeconds);
    }
}
