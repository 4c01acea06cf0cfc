package org.newsroom.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

/**
 * The request body limit, the producer's {@code max.request.size} and the topic's {@code max.message.bytes} stay
 * consistent: a story at the body limit, decoded and re-encoded as JSON at the worst growth (a windows-1252 byte as 3
 * UTF-8 bytes), still fits a record, so the producer never meets {@code RecordTooLargeException}.
 */
class IngestLimitsTest {

    private static final int WORST_GROWTH = 3;

    @Test
    void aStoryAtTheBodyLimitFitsTheProducerAndTheTopic() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        var properties = yaml.getObject();
        long maxRequestSize = Long.parseLong(properties.getProperty("spring.kafka.producer.properties.max.request.size"));
        String bodyLimit = properties.getProperty("newsroom.ingest.http.max-body-size", "2MB");

        assertThat(maxRequestSize).isEqualTo(IngestTopics.MAX_MESSAGE_BYTES);
        assertThat((long) IngestTopics.MAX_RECORD_VALUE_BYTES).isGreaterThanOrEqualTo(
                WORST_GROWTH * DataSize.parse(bodyLimit).toBytes());
    }
}
