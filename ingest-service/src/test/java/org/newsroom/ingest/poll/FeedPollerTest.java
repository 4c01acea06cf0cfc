package org.newsroom.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.newsroom.ingest.agency.AgencyProperties;
import org.newsroom.ingest.delivery.DocumentDelivery;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireParsersAccess;
import org.newsroom.ingest.format.feed.FeedParser;
import org.springframework.util.unit.DataSize;

class FeedPollerTest {

    private static final String ITEM = "<item><title>%s</title><guid>%s</guid><pubDate>%s</pubDate></item>";

    private final AtomicReference<String> feed = new AtomicReference<>();
    private final DocumentDelivery delivery = mock(DocumentDelivery.class);
    private HttpServer server;
    private FeedPoller poller;

    @BeforeEach
    void setUp() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.rss", exchange -> {
            byte[] body = feed.get().getBytes(Charset.forName("windows-1256"));
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=windows-1256");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        var agencies = new AgencyProperties(List.of(new AgencyProperties.AgencyEntry("demo", "0".repeat(64), null, null)));
        var properties = new FeedPollProperties(true, Duration.ofMinutes(5), Duration.ofSeconds(5), DataSize.ofMegabytes(2),
                100, List.of(new FeedPollProperties.Feed(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss"), "demo")));
        poller = new FeedPoller(properties, agencies, WireParsersAccess.of(List.of(new FeedParser())), delivery,
                Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC));
        given(delivery.deliver(any(), any(), eq("poll"), any(), any())).willAnswer(call -> {
            WireDocument document = call.getArgument(0);
            return new DocumentDelivery.Outcome(document.parsed().stream()
                    .map(p -> new DocumentDelivery.Accepted(p, null)).toList(), List.of());
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String rss(String... items) {
        return "<rss version=\"2.0\"><channel><title>t</title>" + String.join("", items) + "</channel></rss>";
    }

    private List<String> deliveredUris() {
        ArgumentCaptor<WireDocument> captor = ArgumentCaptor.forClass(WireDocument.class);
        verify(delivery).deliver(captor.capture(), any(), eq("poll"), any(), any());
        return captor.getValue().parsed().stream().map(p -> p.article().uri()).toList();
    }

    @Test
    void repeatedItemsAreNotSentAgainUnlessChanged() {
        String first = ITEM.formatted("خبر أول", "p-1", "Sun, 02 Jan 2022 09:30:00 GMT");
        String second = ITEM.formatted("خبر ثان", "p-2", "Sun, 02 Jan 2022 10:30:00 GMT");
        feed.set(rss(first, second));

        poller.pollOnce();
        assertThat(deliveredUris()).containsExactly("urn:newsroom:demo:p-1", "urn:newsroom:demo:p-2");

        clearInvocations(delivery);
        poller.pollOnce();
        verify(delivery, never()).deliver(any(), any(), any(), any(), any());

        feed.set(rss(first, ITEM.formatted("خبر ثان، محدث", "p-2", "Sun, 02 Jan 2022 11:00:00 GMT")));
        poller.pollOnce();
        assertThat(deliveredUris()).containsExactly("urn:newsroom:demo:p-2");
    }

    @Test
    void aFailedDeliveryIsRetriedOnTheNextPoll() {
        feed.set(rss(ITEM.formatted("خبر", "p-9", "Sun, 02 Jan 2022 09:30:00 GMT")));
        given(delivery.deliver(any(), any(), eq("poll"), any(), any()))
                .willThrow(new org.newsroom.ingest.kafka.KafkaUnavailableException("down", null))
                .willAnswer(call -> new DocumentDelivery.Outcome(((WireDocument) call.getArgument(0)).parsed().stream()
                        .map(p -> new DocumentDelivery.Accepted(p, null)).toList(), List.of()));

        poller.pollOnce();
        clearInvocations(delivery);
        poller.pollOnce();

        assertThat(deliveredUris()).containsExactly("urn:newsroom:demo:p-9");
    }
}
