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
import org.newsroom.ingest.agency.AgencyAuthenticator;
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
@Import({AgencyAuthenticator.class, WireParsers.class, NinjsParser.class, IngestProblems.class})
@EnableConfigurationProperties({IngestHttpProperties.class, org.newsroom.ingest.agency.AgencyProperties.class,
        org.newsroom.ingest.kafka.IngestTopicsProperties.class})
@TestPropertySource(properties = "newsroom.ingest.http.max-body-size=1KB")
class ArticleIngestControllerTest {

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
        given(producer.send(any(), any(), any())).willReturn(acknowledged());

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
        verify(producer, never()).send(any(), any(), any());
    }

    @Test
    void malformedBodyIs400ProblemNamingWhereAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"uri\":\"urn:x:1\", \"headline\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("not valid JSON")))
                .andExpect(jsonPath("$.location").value(org.hamcrest.Matchers.startsWith("line 1")));
        verify(producer, never()).send(any(), any(), any());
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
        verify(producer, never()).send(any(), any(), any());
    }

    @Test
    void kafkaAwayIs503WithRetryAfter() throws Exception {
        given(producer.send(any(), any(), any())).willThrow(new KafkaUnavailableException("timeout", null));

        mvc.perform(post("/api/v1/articles").header("Authorization", "Bearer demo-secret")
                        .contentType(MediaType.APPLICATION_JSON).content(STORY))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }
}
