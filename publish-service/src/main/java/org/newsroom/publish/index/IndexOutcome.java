package org.newsroom.publish.index;

/** What became of one document of a bulk write. */
public sealed interface IndexOutcome {

    /** Written: the document is now this version. */
    record Indexed() implements IndexOutcome {
    }

    /** Not written because the index already holds this or a newer version: success for an idempotent pipeline. */
    record Superseded() implements IndexOutcome {
    }

    /**
     * Elasticsearch refuses the document itself (mapping or parsing error): retrying cannot help.
     *
     * @param errorType Elasticsearch's {@code error.type}, e.g. {@code document_parsing_exception}
     * @param reason    Elasticsearch's {@code error.reason}
     */
    record Rejected(String errorType, String reason) implements IndexOutcome {
    }
}
