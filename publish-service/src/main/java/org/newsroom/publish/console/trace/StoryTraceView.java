package org.newsroom.publish.console.trace;

import java.util.List;
import java.util.Map;

/**
 * A story's journey.
 *
 * @param uri      the URI asked for
 * @param whereNow a one-line answer: indexed, killed, dead-lettered, waiting for a stage, or not seen
 * @param records  its records on the pipeline topics, oldest first
 * @param document the Elasticsearch document's summary fields; null when there is none
 */
public record StoryTraceView(String uri, String whereNow, List<StageRecord> records, Map<String, Object> document) {
}
