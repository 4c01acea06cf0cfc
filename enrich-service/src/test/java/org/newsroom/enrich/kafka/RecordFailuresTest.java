package org.newsroom.enrich.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordFailuresTest {

    private static ConsumerRecord<String, byte[]> at(int partition, long offset) {
        return new ConsumerRecord<>("articles.ingested", partition, offset, "urn:x:" + offset, new byte[0]);
    }

    @Test
    void countsEachRecordsFailuresUntilForgotten() {
        RecordFailures failures = new RecordFailures();
        assertThat(failures.failedAgain(at(0, 7))).isEqualTo(1);
        assertThat(failures.failedAgain(at(0, 7))).isEqualTo(2);
        assertThat(failures.failedAgain(at(1, 7))).isEqualTo(1);
        assertThat(failures.failedAgain(at(0, 8))).isEqualTo(1);

        failures.forget(at(0, 7));
        assertThat(failures.failedAgain(at(0, 7))).isEqualTo(1);
        assertThat(failures.failedAgain(at(1, 7))).isEqualTo(2);
    }
}
