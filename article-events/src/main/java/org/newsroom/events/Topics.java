package org.newsroom.events;

/** Kafka topic names of the pipeline. Keys are article URIs on every topic. */
public final class Topics {

    /** Every version of every story as ingested, kills included. Cleanup: delete, 7 days. */
    public static final String ARTICLES_INGESTED = "articles.ingested";

    /** Enriched articles, compacted to the latest version per URI; a kill also writes a tombstone. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}: {@code <topic>.DLT}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
