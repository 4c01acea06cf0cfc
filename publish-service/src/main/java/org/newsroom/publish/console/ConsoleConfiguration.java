package org.newsroom.publish.console;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsroom.publish.console.backlog.BacklogMonitor;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The console's Kafka clients: one AdminClient, consumers without a group (assigned partitions, no commits, so the
 * console never shows up as a consumer group itself), the audit topic, and the backlog sampling schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ConsoleConfiguration {

    @Bean
    SchedulingConfigurer backlogSampling(BacklogMonitor monitor, ConsoleProperties properties) {
        return (ScheduledTaskRegistrar registrar) -> registrar.addFixedDelayTask(monitor::sample,
                properties.backlogSampleInterval());
    }

    @Bean(destroyMethod = "close")
    Admin consoleAdmin(KafkaAdmin kafkaAdmin) {
        return Admin.create(kafkaAdmin.getConfigurationProperties());
    }

    @Bean
    ConsoleConsumers consoleConsumers(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        return clientId -> {
            Map<String, Object> copy = new HashMap<>(config);
            copy.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
            return new KafkaConsumer<>(copy, new StringDeserializer(), new ByteArrayDeserializer());
        };
    }

    @Bean
    NewTopic consoleAuditTopic(ConsoleProperties properties) {
        return TopicBuilder.name(properties.auditTopic())
                .partitions(1)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }
}
