package org.newsroom.ingest.poll;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.events.Article;
import org.newsroom.events.TraceParent;
import org.newsroom.ingest.agency.Agency;
import org.newsroom.ingest.agency.AgencyProperties;
import org.newsroom.ingest.delivery.DocumentDelivery;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireItem;
import org.newsroom.ingest.format.WireParsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.MimeType;

/**
 * Polls each configured feed: a conditional GET ({@code If-None-Match}, {@code If-Modified-Since}), the answer parsed
 * as a push would be (Content-Type and its charset), then only the items new or changed since the last successful
 * poll are delivered. An item is unchanged when its URI and fingerprint (SHA-256 over headline, body, byline,
 * pubstatus, embargo, subjects, and the wire's own date when it has one) are the same; an item is remembered only after
 * Kafka acknowledged it, so a failed poll is retried whole. One feed failing never stops the others.
 * Not thread-safe: one poll at a time.
 */
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedPollProperties properties;
    private final AgencyProperties agencies;
    private final WireParsers parsers;
    private final DocumentDelivery delivery;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, FeedState> states = new HashMap<>();

    /** @param clock the time source for receipt times */
    public FeedPoller(FeedPollProperties properties, AgencyProperties agencies, WireParsers parsers,
            DocumentDelivery delivery, Clock clock) {
        this.properties = properties;
        this.agencies = agencies;
        this.parsers = parsers;
        this.delivery = delivery;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** What is remembered of one feed between polls. */
    private final class FeedState {
        String etag;
        String lastModified;
        final Map<String, String> fingerprints = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > properties.memory();
            }
        };
    }

    /** Polls every feed once. */
    public void pollOnce() {
        for (FeedPollProperties.Feed feed : properties.feeds()) {
            try {
                poll(feed);
            } catch (IOException | RuntimeException e) {
                log.atWarn().addKeyValue("feed", feed.url().toString()).addKeyValue("detail", e.getMessage())
                        .log("feed poll failed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void poll(FeedPollProperties.Feed feed) throws IOException, InterruptedException {
        Agency agency = agencies.agency(feed.agency()).orElseThrow(() ->
                new IllegalStateException("feed " + feed.url() + " names unknown agency " + feed.agency()));
        FeedState state = states.computeIfAbsent(feed.url().toString(), url -> new FeedState());
        HttpRequest.Builder request = HttpRequest.newBuilder(feed.url()).timeout(properties.timeout()).GET();
        if (state.etag != null) {
            request.header("If-None-Match", state.etag);
        }
        if (state.lastModified != null) {
            request.header("If-Modified-Since", state.lastModified);
        }
        Instant receivedAt = clock.instant();
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 304) {
            response.body().close();
            return;
        }
        byte[] body;
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            long max = properties.maxBodySize().toBytes();
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw new IOException("answer exceeds " + max + " bytes");
            }
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("application/xml");
        Charset charset = charset(contentType);
        WireDocument document = parsers.forDelivery(contentType, body, charset)
                .read(body, new WireContext(agency.id(), agency.namespace(), receivedAt, charset));
        List<WireItem> fresh = document.items().stream().filter(item -> isNew(item, state)).toList();
        if (!fresh.isEmpty() && !fresh.stream().allMatch(WireItem.Rejected.class::isInstance)) {
            DocumentDelivery.Outcome outcome = delivery.deliver(WireDocument.container(fresh), agency, "poll", receivedAt,
                    TraceParent.generate());
            outcome.accepted().forEach(a -> state.fingerprints.put(a.item().article().uri(), fingerprint(a.item())));
        }
        state.etag = response.headers().firstValue("ETag").orElse(null);
        state.lastModified = response.headers().firstValue("Last-Modified").orElse(null);
    }

    /** New or changed parsed items, and rejections not reported yet (a broken item is reported once, not every poll). */
    private static boolean isNew(WireItem item, FeedState state) {
        if (item instanceof WireItem.Parsed parsed) {
            return !fingerprint(parsed).equals(state.fingerprints.get(parsed.article().uri()));
        }
        WireItem.Rejected rejected = (WireItem.Rejected) item;
        String key = "rejected " + rejected.wireId() + " " + rejected.error().getMessage();
        return state.fingerprints.put(key, "") == null;
    }

    private static Charset charset(String contentType) {
        try {
            return MimeType.valueOf(contentType).getCharset();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String fingerprint(WireItem.Parsed parsed) {
        Article a = parsed.article();
        boolean wireDated = parsed.warnings().stream().noneMatch(w -> w.startsWith("item has no date"));
        String text = String.join("\u0000", String.valueOf(a.headline()), String.valueOf(a.bodyHtml()),
                String.valueOf(a.byline()), String.valueOf(a.pubstatus()), String.valueOf(a.embargoed()),
                String.valueOf(a.subject()), wireDated ? Long.toString(a.version()) : "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
