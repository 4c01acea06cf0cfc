package org.newsroom.publish.console.backlog;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.newsroom.publish.console.ConsoleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Samples every consumer group of the cluster through the AdminClient (committed offsets, members, log start and end
 * offsets, read_committed), keeps a sliding window per group and partition, and judges it with {@link BurrowRules}.
 * Publishes {@code newsroom.consumer.lag{group, topic, partition}} and {@code newsroom.consumer.group.status{group}}.
 * {@link #sample()} runs on the console's scheduler; {@link #groups()} may be called from any thread.
 */
@Component
public class BacklogMonitor {

    private static final Logger log = LoggerFactory.getLogger(BacklogMonitor.class);
    private static final long ADMIN_TIMEOUT_MS = 10_000;

    private final Admin admin;
    private final ConsoleProperties properties;
    private final Map<String, Map<TopicPartition, PartitionWindow>> windows = new ConcurrentHashMap<>();
    private final MultiGauge lagGauge;
    private final MultiGauge statusGauge;
    private volatile List<GroupBacklog> latest = List.of();

    BacklogMonitor(Admin consoleAdmin, ConsoleProperties properties, MeterRegistry registry) {
        this.admin = consoleAdmin;
        this.properties = properties;
        this.lagGauge = MultiGauge.builder("newsroom.consumer.lag")
                .description("Records between a group's committed offset and the partition's end offset")
                .register(registry);
        this.statusGauge = MultiGauge.builder("newsroom.consumer.group.status")
                .description("Burrow-style backlog status: 0 OK, 1 WARN, 2 STALL, 3 STOP")
                .register(registry);
    }

    /** The groups as of the latest sample, by group id. */
    public List<GroupBacklog> groups() {
        return latest;
    }

    /** Takes one sample of every consumer group and re-evaluates them. Failures are logged, never thrown. */
    public void sample() {
        try {
            latest = sampleOnce(System.currentTimeMillis());
            publishGauges(latest);
        } catch (ExecutionException | TimeoutException e) {
            log.atWarn().addKeyValue("reason", String.valueOf(e.getMessage())).log("backlog sample failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<GroupBacklog> sampleOnce(long now) throws ExecutionException, InterruptedException, TimeoutException {
        Collection<GroupListing> listings = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                .get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        List<String> groupIds = listings.stream().map(GroupListing::groupId).sorted().toList();
        if (groupIds.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(groupIds).all()
                .get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<String, Map<TopicPartition, Long>> committedByGroup = new HashMap<>();
        Set<TopicPartition> partitions = new HashSet<>();
        for (String group : groupIds) {
            Map<TopicPartition, Long> committed = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            offsets.forEach((tp, offset) -> committed.put(tp, offset == null ? -1 : offset.offset()));
            ConsumerGroupDescription description = descriptions.get(group);
            if (description != null) {
                for (MemberDescription member : description.members()) {
                    member.assignment().topicPartitions().forEach(tp -> committed.putIfAbsent(tp, -1L));
                }
            }
            committedByGroup.put(group, committed);
            partitions.addAll(committed.keySet());
        }
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());

        List<GroupBacklog> result = new ArrayList<>();
        for (String group : groupIds) {
            ConsumerGroupDescription description = descriptions.get(group);
            int members = description == null ? 0 : description.members().size();
            String state = description == null ? "Unknown" : String.valueOf(description.groupState());
            Map<TopicPartition, PartitionWindow> groupWindows = windows.computeIfAbsent(group,
                    g -> new ConcurrentHashMap<>());
            List<PartitionBacklog> rows = new ArrayList<>();
            for (Map.Entry<TopicPartition, Long> entry : committedByGroup.get(group).entrySet()) {
                TopicPartition tp = entry.getKey();
                Long end = ends.get(tp);
                if (end == null) {
                    continue;
                }
                var sample = new OffsetSample(now, entry.getValue(), starts.getOrDefault(tp, 0L), end);
                PartitionWindow window = groupWindows.computeIfAbsent(tp,
                        key -> new PartitionWindow(properties.backlogWindow()));
                List<OffsetSample> samples;
                synchronized (window) {
                    window.add(sample);
                    samples = window.samples();
                }
                rows.add(new PartitionBacklog(tp.topic(), tp.partition(), sample.committed(), end, sample.lag(),
                        BurrowRules.evaluate(samples, members > 0)));
            }
            groupWindows.keySet().retainAll(committedByGroup.get(group).keySet());
            rows.sort(Comparator.comparing(PartitionBacklog::topic).thenComparingInt(PartitionBacklog::partition));
            result.add(new GroupBacklog(group, state, members, rows.stream().mapToLong(PartitionBacklog::lag).sum(),
                    BurrowRules.worst(rows.stream().map(PartitionBacklog::status).toList()), now, List.copyOf(rows)));
        }
        windows.keySet().retainAll(groupIds);
        return List.copyOf(result);
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), tp -> spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = admin
                .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        return answer.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private void publishGauges(List<GroupBacklog> groups) {
        List<MultiGauge.Row<?>> lagRows = new ArrayList<>();
        List<MultiGauge.Row<?>> statusRows = new ArrayList<>();
        for (GroupBacklog group : groups) {
            statusRows.add(MultiGauge.Row.of(Tags.of("group", group.group()), group.status().ordinal()));
            for (PartitionBacklog partition : group.partitions()) {
                lagRows.add(MultiGauge.Row.of(Tags.of("group", group.group(), "topic", partition.topic(),
                        "partition", Integer.toString(partition.partition())), partition.lag()));
            }
        }
        lagGauge.register(lagRows, true);
        statusGauge.register(statusRows, true);
    }
}
