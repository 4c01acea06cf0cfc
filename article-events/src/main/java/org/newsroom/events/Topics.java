package org.newsroom.events;

/** Kafka topic names of the pipeline. Keys are article URIs on every topic. */
public final class Topics {

    /** Every version of every story as ingested, kills included. Cleanup: delete, 7 days. */
    public static final String ARTICLES_INGESTED = "articles.ingested";

    /** Enriched articles, compacted to the latest version per URI; a kill also writes a tombstone. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";

    /**
     * Editors' section decisions ({@link SectionOverride}), compacted to the latest decision per URI: the console writes
     * them, enrich keeps them in a table and applies them. The topic is the decisions' trail.
     */
    public static final String ARTICLES_SECTION_OVERRIDES = "articles.section-overrides";

    /**
     * Largest record batch, in bytes, that {@code articles.enriched} and the dead-letter topics accept
     * ({@code max.message.bytes}), and that their producers send ({@code max.request.size}): 16 MiB. An enriched
     * record carries the ingested one (ingest's limit is 8 MiB: 4 × its 2 MB body limit) plus its {@code body_text}.
     */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}: {@code <topic>.DLT}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
