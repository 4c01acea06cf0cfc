package org.newsroom.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.newsroom.ingest.agency.AgencyAuthenticator;
import org.newsroom.ingest.agency.UriOwnership;
import org.newsroom.ingest.delivery.DocumentDelivery;
import org.newsroom.ingest.format.feed.FeedParser;
import org.newsroom.ingest.format.newsmlg2.NewsMlG2Parser;
import org.newsroom.ingest.format.nitf.NitfParser;
import org.newsroom.ingest.format.WireParsers;
import org.newsroom.ingest.format.ninjs.NinjsParser;
import org.newsroom.ingest.kafka.IngestedArticleProducer;
import org.newsroom.ingest.kafka.KafkaUnavailableException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(ArticleIngestController.class)
@Import({AgencyAuthenticator.class, UriOwnership.class, AgencyRateLimiter.class, DocumentDelivery.class, WireParsers.class, NinjsParser.class,
        NewsMlG2Parser.class, NitfParser.class, FeedParser.class, IngestProblems.class, InFlightLimit.class})
@EnableConfigurationProperties({IngestHttpProperties.class, org.newsroom.ingest.agency.AgencyProperties.class,
        org.newsroom.ingest.kafka.IngestTopicsProperties.class, RateLimitProperties.class})
@TestPropertySource(properties = {
        "newsroom.ingest.http.max-body-size=1KB",
        "newsroom.ingest.http.max-in-flight=2",
        // demo-secret
        "newsroom.ingest.agencies[0].id=demo",
        "newsroom.ingest.agencies[0].key-sha256=cd577fe2561ebff23505db0bb006300c7cdecbd46bc0e03c449afafaca2c25bf",
        "newsroom.ingest.agencies[0].uri-prefixes=urn:x:",
        // other-secret
        "newsroom.ingest.agencies[1].id=other",
        "newsroom.ingest.agencies[1].key-sha256=" + ArticleIngestControllerTest.OTHER_KEY_SHA256,
        "newsroom.ingest.agencies[1].uri-prefixes=urn:x:other:"})
class ArticleIngestControllerTest {

    static final String OTHER_KEY_SHA256 = "9c0ee26e4a1fbb028187486a7ea91f81f8ab81fcf467cba75107dbd3a64244d7";
    private static final String STORY = "{\"uri\":\"urn:x:1\",\"version\":2,\"headline\":\"Hello\"}";
    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    InFlightLimit inFlight;

    @MockitoBean
    IngestedArticleProducer producer;

    /** The final answer of a push answered from Kafka's acknowledgement: an async request, dispatched again. */
    private ResultActions answer(ResultActions started) throws Exception {
        return mvc.perform(asyncDispatch(started.andExpect(request().asyncStarted()).andReturn()));
    }

    private static RecordMetadata acknowledged() {
        return new RecordMetadata(new TopicPartition("articles.ingested", 0), 7, 0, 0, 0, 0);
    }

    @Test
    void acceptsAStoryOnlyAfterKafkaAcknowledged() throws Exception {
        given(producer.sendAllAsync(any(), any(), any())).willReturn(CompletableFuture.completedFuture(List.of(acknowledged())));

        answer(mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content(STORY)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.uri").value("urn:x:1"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(header().exists("traceparent"));
    }

    @Test
    void unknownKeyIs401ProblemAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer forged")
                        .contentType(MediaType.APPLICATION_JSON).content(STORY))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        verify(producer, never()).sendAllAsync(any(), any(), any());
    }

    @Test
    void malformedBodyIs400ProblemNamingWhereAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"uri\":\"urn:x:1\", \"headline\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("not valid JSON")))
                .andExpect(jsonPath("$.location").value(org.hamcrest.Matchers.startsWith("line 1")));
        verify(producer, never()).sendAllAsync(any(), any(), any());
    }

    @Test
    void missingFieldIs400ProblemWithItsPointer() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"headline\":\"h\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value("/uri"));
    }

    @Test
    void unsupportedMediaTypeIs415Problem() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.location").value("header Content-Type"));
    }

    @Test
    void bodyOverTheLimitIs413Problem() throws Exception {
        String big = "{\"uri\":\"urn:x:1\",\"headline\":\"" + "x".repeat(2048) + "\"}";
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        verify(producer, never()).sendAllAsync(any(), any(), any());
    }

    @Test
    void kafkaAwayIs503WithRetryAfter() throws Exception {
        given(producer.sendAllAsync(any(), any(), any()))
                .willReturn(CompletableFuture.failedFuture(new KafkaUnavailableException("timeout", null)));

        answer(mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content(STORY)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
    @Test
    void aRequestOverTheInFlightLimitIs429OverloadedAtOnceAndNothingIsSent() throws Exception {
        given(producer.sendAllAsync(any(), any(), any())).willReturn(CompletableFuture.completedFuture(List.of(acknowledged())));
        InFlightLimit.Permit first = inFlight.tryEnter();
        InFlightLimit.Permit second = inFlight.tryEnter();
        try {
            assertThat(inFlight.tryEnter()).isNull();
            mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                            .contentType(MediaType.APPLICATION_JSON).content(STORY))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.type").value("https://newsroom.example.org/problems/overloaded"))
                    .andExpect(jsonPath("$.title").value("Too busy to take the story now"))
                    .andExpect(jsonPath("$.status").value(429))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2 requests")));
            verify(producer, never()).sendAllAsync(any(), any(), any());
        } finally {
            first.close();
            second.close();
        }
        // the permits are back: the next request goes through, and gives its permit back once answered
        answer(mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content(STORY)))
                .andExpect(status().isAccepted());
        InFlightLimit.Permit again = inFlight.tryEnter();
        InFlightLimit.Permit andAgain = inFlight.tryEnter();
        assertThat(again).isNotNull();
        assertThat(andAgain).isNotNull();
        again.close();
        andAgain.close();
    }

    @Test
    void aPushHoldsItsInFlightPermitUntilKafkaAnsweredNotUntilItsAnswerIsWritten() throws Exception {
        CompletableFuture<List<RecordMetadata>> kafka = new CompletableFuture<>();
        given(producer.sendAllAsync(any(), any(), any())).willReturn(kafka);
        var started = mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content(STORY))
                .andExpect(request().asyncStarted());
        InFlightLimit.Permit other = inFlight.tryEnter();
        try {
            assertThat(inFlight.tryEnter()).as("the push waiting for Kafka holds the second permit").isNull();

            kafka.complete(List.of(acknowledged()));

            InFlightLimit.Permit freed = inFlight.tryEnter();
            assertThat(freed).as("given back on Kafka's answer, before the async dispatch").isNotNull();
            freed.close();
        } finally {
            other.close();
        }
        mvc.perform(asyncDispatch(started.andReturn())).andExpect(status().isAccepted());
        InFlightLimit.Permit first = inFlight.tryEnter();
        InFlightLimit.Permit second = inFlight.tryEnter();
        assertThat(second).as("closing at the end of the async cycle too gave back nothing twice").isNotNull();
        assertThat(inFlight.tryEnter()).isNull();
        first.close();
        second.close();
    }

    @Test
    void anotherAgencysUriIs403AndNothingIsSent() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"uri\":\"urn:x:other:story\",\"version\":2,\"headline\":\"Forged\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.uri").value("urn:x:other:story"));
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer other-secret")
                        .contentType(MediaType.APPLICATION_JSON).content(STORY))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"uri\":\"urn:newsroom:other:kill-it\",\"pubstatus\":\"canceled\"}"))
                .andExpect(status().isForbidden());
        verify(producer, never()).sendAllAsync(any(), any(), any());
    }

    @Test
    void aFeedAnswers202WithEveryItemsFate() throws Exception {
        given(producer.sendAllAsync(any(), any(), any())).willReturn(CompletableFuture.completedFuture(List.of(acknowledged(), acknowledged())));
        String feed = """
                <rss version="2.0"><channel><title>t</title>
                <item><title>One</title><guid>a-1</guid><pubDate>Sun, 02 Jan 2022 09:30:00 GMT</pubDate></item>
                <item><title>Two</title><guid>a-2</guid><pubDate>not a date</pubDate></item>
                <item><title>Three</title><guid>a-3</guid></item>
                </channel></rss>""";

        answer(mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType("application/rss+xml").content(feed)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.items").value(3))
                .andExpect(jsonPath("$.accepted[0].uri").value("urn:newsroom:demo:a-1"))
                .andExpect(jsonPath("$.accepted[1].index").value(2))
                .andExpect(jsonPath("$.accepted[1].warnings[0]").value(org.hamcrest.Matchers.containsString("no date")))
                .andExpect(jsonPath("$.rejected[0].index").value(1))
                .andExpect(jsonPath("$.rejected[0].id").value("a-2"))
                .andExpect(jsonPath("$.rejected[0].status").value(400))
                .andExpect(jsonPath("$.rejected[0].location").value("/rss/channel/item[2]/pubDate"));
    }

    @Test
    void aFeedWithNoAcceptableItemIs400ProblemListingThem() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType("application/atom+xml")
                        .content("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>x</id><updated>never</updated><title>t</title></entry></feed>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.rejected[0].location").value("/feed/entry/updated"));
        verify(producer, never()).sendAllAsync(any(), any(), any());
    }

    @Test
    void genericXmlIsSniffedByRootElementAndHttpCharsetDecodes() throws Exception {
        given(producer.sendAllAsync(any(), any(), any())).willReturn(CompletableFuture.completedFuture(List.of(acknowledged())));
        byte[] nitf = "<nitf><head><docdata><doc-id id-string=\"n-1\"/></docdata></head><body><body.head><hedline><hl1>سلام</hl1></hedline></body.head></body></nitf>"
                .getBytes(java.nio.charset.Charset.forName("windows-1256"));

        answer(mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType("text/xml; charset=windows-1256").content(nitf)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.uri").value("urn:newsroom:demo:n-1"));
        verify(producer).sendAllAsync(org.mockito.ArgumentMatchers.argThat(list -> list.get(0).article().headline().equals("سلام")
                && list.get(0).article().format().equals("nitf")), any(), any());
    }

    @Test
    void genericXmlWithAnUnknownRootIs415() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_XML).content("<html/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("root element")));
    }

    @Test
    void aNewsMessageWithOneForgedItemDeliversTheOthers() throws Exception {
        given(producer.sendAllAsync(any(), any(), any())).willReturn(CompletableFuture.completedFuture(List.of(acknowledged())));
        String message = """
                <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
                <newsItem guid="urn:x:mine" version="1"><contentMeta><headline>Mine</headline></contentMeta></newsItem>
                <newsItem guid="urn:x:other:theirs" version="1"><contentMeta><headline>Theirs</headline></contentMeta></newsItem>
                </itemSet></newsMessage>""";

        answer(mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType("application/vnd.iptc.g2.newsmessage+xml").content(message)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.accepted[0].uri").value("urn:x:mine"))
                .andExpect(jsonPath("$.rejected[0].status").value(403))
                .andExpect(jsonPath("$.rejected[0].uri").value("urn:x:other:theirs"));
    }

    @Test
    void malformedGenericXmlIs400NamingLineAndColumn() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.TEXT_XML).content("<nitf>\n<head></nitf>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value(org.hamcrest.Matchers.startsWith("line 2")));
    }
}
