package org.newsroom.ingest.http;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.newsroom.ingest.agency.AgencyAuthenticator;
import org.newsroom.ingest.agency.UriOwnership;
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

@WebMvcTest(ArticleIngestController.class)
@Import({AgencyAuthenticator.class, UriOwnership.class, AgencyRateLimiter.class, WireParsers.class, NinjsParser.class,
        NewsMlG2Parser.class, NitfParser.class, FeedParser.class, IngestProblems.class})
@EnableConfigurationProperties({IngestHttpProperties.class, org.newsroom.ingest.agency.AgencyProperties.class,
        org.newsroom.ingest.kafka.IngestTopicsProperties.class, RateLimitProperties.class})
@TestPropertySource(properties = {
        "newsroom.ingest.http.max-body-size=1KB",
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

    @MockitoBean
    IngestedArticleProducer producer;

    private static RecordMetadata acknowledged() {
        return new RecordMetadata(new TopicPartition("articles.ingested", 0), 7, 0, 0, 0, 0);
    }

    @Test
    void acceptsAStoryOnlyAfterKafkaAcknowledged() throws Exception {
        given(producer.sendAll(any(), any(), any())).willReturn(List.of(acknowledged()));

        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content(STORY))
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
        verify(producer, never()).sendAll(any(), any(), any());
    }

    @Test
    void malformedBodyIs400ProblemNamingWhereAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"uri\":\"urn:x:1\", \"headline\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("not valid JSON")))
                .andExpect(jsonPath("$.location").value(org.hamcrest.Matchers.startsWith("line 1")));
        verify(producer, never()).sendAll(any(), any(), any());
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
        verify(producer, never()).sendAll(any(), any(), any());
    }

    @Test
    void kafkaAwayIs503WithRetryAfter() throws Exception {
        given(producer.sendAll(any(), any(), any())).willThrow(new KafkaUnavailableException("timeout", null));

        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content(STORY))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
}
