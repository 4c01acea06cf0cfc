package org.newsroom.metrics.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.newsroom.metrics.PollMetrics;
import org.newsroom.metrics.ProcessingTimer;
import org.newsroom.metrics.StageMeters;

class PollMetricsInterceptorTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RecordingMetrics metrics = new RecordingMetrics(
            new StageMeters(registry, "enrich").processingTimer("one call"));
    private final PollMetricsInterceptor interceptor = new PollMetricsInterceptor(metrics);
    private final ConsumerRecords<Object, Object> poll = new ConsumerRecords<>(Map.of(
            new TopicPartition("articles.ingested", 0),
            List.of(new ConsumerRecord<>("articles.ingested", 0, 7, "urn:a", "{}"),
                    new ConsumerRecord<>("articles.ingested", 0, 8, "urn:b", "{}"))), Map.of());

    @Test
    void countsEveryRecordInAndTimesTheCall() {
        interceptor.intercept(poll, null);
        interceptor.success(poll, null);

        assertThat(metrics.consumed).containsExactly("urn:a", "urn:b");
        assertThat(metrics.failed).isEmpty();
        assertThat(registry.get("newsroom.processing").timer().count()).isEqualTo(1);
    }

    @Test
    void aFailedCallCountsEachRecordWithTheListenersOwnException() {
        IllegalStateException thrown = new IllegalStateException("index closed");

        interceptor.intercept(poll, null);
        interceptor.failure(poll, new RuntimeException("Listener failed", thrown), null);

        assertThat(metrics.failed).containsExactly("urn:a: index closed", "urn:b: index closed");
        assertThat(registry.get("newsroom.processing").timer().count()).isEqualTo(1);
    }

    @Test
    void anUnwrappedExceptionIsTheReasonItself() {
        interceptor.intercept(poll, null);
        interceptor.failure(poll, new IllegalArgumentException("not an article"), null);

        assertThat(metrics.failed).containsExactly("urn:a: not an article", "urn:b: not an article");
    }

    private static final class RecordingMetrics implements PollMetrics {

        private final ProcessingTimer processing;
        private final List<Object> consumed = new ArrayList<>();
        private final List<String> failed = new ArrayList<>();

        RecordingMetrics(ProcessingTimer processing) {
            this.processing = processing;
        }

        @Override
        public void consumed(ConsumerRecord<?, ?> record) {
            consumed.add(record.key());
        }

        @Override
        public ProcessingTimer processing() {
            return processing;
        }

        @Override
        public void failed(ConsumerRecord<?, ?> record, Throwable reason) {
            failed.add(record.key() + ": " + reason.getMessage());
        }
    }
}
