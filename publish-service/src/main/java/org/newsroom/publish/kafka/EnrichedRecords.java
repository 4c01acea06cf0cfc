package org.newsroom.publish.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.newsroom.events.Article;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.ArticleFormatException;
import org.newsroom.events.ArticleHeaders;
import org.newsroom.publish.index.ArticleDocument;

/** Records of {@code articles.enriched} as index documents; shared by the live listener and the replay. */
public final class EnrichedRecords {

    private EnrichedRecords() {
    }

    /**
     * @param record a record of {@code articles.enriched}: an enriched article keyed by its URI, or a tombstone
     * @return the article's document, or the kill marker for a kill or a tombstone
     * @throws ArticleFormatException when the record has no key, is not a valid article, or its key is not its URI
     */
    public static ArticleDocument document(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new ArticleFormatException("record has no key: the article URI is required", null);
        }
        if (record.value() == null) {
            return ArticleDocument.killed(record.key(), 0);
        }
        Article article = ArticleCodec.decode(record.value());
        if (!article.uri().equals(record.key())) {
            throw new ArticleFormatException("record key " + record.key() + " is not the article uri " + article.uri(),
                    null);
        }
        if (article.isKill()) {
            return ArticleDocument.killed(article.uri(), article.version());
        }
        long receivedAt = receivedAtMs(record);
        return ArticleDocument.of(article, receivedAt < 0 ? null : Instant.ofEpochMilli(receivedAt), record.partition(),
                record.offset());
    }

    /** Epoch ms of the {@value ArticleHeaders#RECEIVED_AT} header, or -1 when absent or malformed. */
    static long receivedAtMs(ConsumerRecord<?, ?> record) {
        return ArticleHeaders.decodeMillis(header(record, ArticleHeaders.RECEIVED_AT));
    }

    /** The last value of header {@code name} as text, or null. */
    static String headerText(ConsumerRecord<?, ?> record, String name) {
        byte[] value = header(record, name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
