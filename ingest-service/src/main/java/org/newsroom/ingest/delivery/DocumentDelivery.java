package org.newsroom.ingest.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.newsroom.events.TraceParent;
import org.newsroom.ingest.agency.Agency;
import org.newsroom.ingest.agency.UriNotOwnedException;
import org.newsroom.ingest.agency.UriOwnership;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireItem;
import org.newsroom.ingest.kafka.IngestedArticleProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks ownership of each parsed item, sends the accepted ones to Kafka together, logs each item once (refusals of a
 * single-story document are left to the caller, whose answer is about the document). Thread-safe.
 */
@Component
public class DocumentDelivery {

    private static final Logger log = LoggerFactory.getLogger(DocumentDelivery.class);

    private final UriOwnership ownership;
    private final IngestedArticleProducer producer;

    DocumentDelivery(UriOwnership ownership, IngestedArticleProducer producer) {
        this.ownership = ownership;
        this.producer = producer;
    }

    /**
     * An item Kafka acknowledged.
     *
     * @param item     the parsed item
     * @param metadata where Kafka stored it
     */
    public record Accepted(WireItem.Parsed item, RecordMetadata metadata) {
    }

    /**
     * An item refused before sending.
     *
     * @param index  position in the document, from 0
     * @param wireId the wire id when readable; may be null
     * @param uri    the article URI when the item got that far; may be null
     * @param status 400 (invalid) or 403 (another agency's URI)
     * @param cause  the {@code WireFormatException} or {@link UriNotOwnedException}, naming what and where
     */
    public record Refused(int index, String wireId, String uri, int status, RuntimeException cause) {
    }

    /**
     * What became of a document's items.
     *
     * @param accepted the stored items, in document order
     * @param refused  the refused items, in document order
     */
    public record Outcome(List<Accepted> accepted, List<Refused> refused) {
    }

    /**
     * Delivers a document's acceptable items and waits for Kafka; refused items cost only themselves.
     *
     * @param document    the parsed document
     * @param agency      the agency it came from
     * @param channel     how it came: {@code push}, {@code poll}, {@code drop-folder} (logged)
     * @param receivedAt  when it was received
     * @param traceparent W3C trace context
     * @throws org.newsroom.ingest.kafka.KafkaUnavailableException when Kafka did not acknowledge every accepted item
     * @throws org.newsroom.ingest.kafka.ArticleTooLargeException  when an item encodes over the record limit
     */
    public Outcome deliver(WireDocument document, Agency agency, String channel, Instant receivedAt, String traceparent) {
        try {
            return deliverAsync(document, agency, channel, receivedAt, traceparent).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Delivers a document's acceptable items without waiting for Kafka; refused items cost only themselves. Ownership
     * is checked and items too large are refused at once; the answer completes when Kafka acknowledged every accepted
     * item (on the producer's I/O thread), each accepted item logged then.
     *
     * @param document    the parsed document
     * @param agency      the agency it came from
     * @param channel     how it came: {@code push}, {@code poll}, {@code drop-folder} (logged)
     * @param receivedAt  when it was received
     * @param traceparent W3C trace context
     * @return the outcome; completes exceptionally with a {@link org.newsroom.ingest.kafka.KafkaUnavailableException}
     *         when Kafka did not acknowledge every accepted item
     * @throws org.newsroom.ingest.kafka.ArticleTooLargeException when an item encodes over the record limit
     */
    public CompletableFuture<Outcome> deliverAsync(WireDocument document, Agency agency, String channel,
            Instant receivedAt, String traceparent) {
        List<WireItem.Parsed> sendable = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (WireItem item : document.items()) {
            if (item instanceof WireItem.Parsed parsed) {
                try {
                    ownership.requireOwner(agency, parsed.article().uri());
                    sendable.add(parsed);
                } catch (UriNotOwnedException e) {
                    refused.add(new Refused(parsed.index(), null, e.uri(), 403, e));
                }
            } else if (item instanceof WireItem.Rejected rejected) {
                refused.add(new Refused(rejected.index(), rejected.wireId(), null, 400, rejected.error()));
            }
        }
        String traceId = TraceParent.traceId(traceparent);
        // a single-story document's refusal is its caller's answer (a problem response, an error file), logged there
        refused.stream().filter(r -> document.container()).forEach(r -> log.atWarn()
                .addKeyValue("index", r.index())
                .addKeyValue("wire_id", r.wireId())
                .addKeyValue("uri", r.uri())
                .addKeyValue("status", r.status())
                .addKeyValue("detail", r.cause().getMessage())
                .addKeyValue("agency", agency.id())
                .addKeyValue("channel", channel)
                .addKeyValue("trace_id", traceId)
                .log("item rejected"));
        if (sendable.isEmpty()) {
            return CompletableFuture.completedFuture(new Outcome(List.of(), refused));
        }
        return producer.sendAllAsync(sendable.stream()
                        .map(p -> new IngestedArticleProducer.Outgoing(p.article(), p.headlineDerived())).toList(),
                receivedAt, traceparent).thenApply(stored -> {
                    List<Accepted> accepted = new ArrayList<>(sendable.size());
                    for (int i = 0; i < sendable.size(); i++) {
                        WireItem.Parsed parsed = sendable.get(i);
                        log.atInfo()
                                .addKeyValue("uri", parsed.article().uri())
                                .addKeyValue("version", parsed.article().version())
                                .addKeyValue("pubstatus", parsed.article().pubstatus())
                                .addKeyValue("agency", agency.id())
                                .addKeyValue("format", parsed.article().format())
                                .addKeyValue("channel", channel)
                                .addKeyValue("trace_id", traceId)
                                .addKeyValue("partition", stored.get(i).partition())
                                .addKeyValue("offset", stored.get(i).offset())
                                .log("article accepted");
                        accepted.add(new Accepted(parsed, stored.get(i)));
                    }
                    return new Outcome(accepted, refused);
                });
    }
}
