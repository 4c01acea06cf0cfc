package org.newsroom.ingest.poll;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Feed polling, prefix {@code newsroom.ingest.poll}.
 *
 * @param enabled     whether feeds are polled; default false
 * @param interval    pause between two polls of every feed; default 5 minutes
 * @param timeout     connect and read timeout of one fetch; default 30 s
 * @param maxBodySize larger answers are refused; default 2MB, as the push API
 * @param memory      how many item fingerprints are remembered per feed, to recognise unchanged items; default 10000
 * @param feeds       the feeds; default none
 */
@Validated
@ConfigurationProperties("newsroom.ingest.poll")
public record FeedPollProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("5m") Duration interval,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("2MB") DataSize maxBodySize,
        @DefaultValue("10000") @Min(1) int memory,
        @DefaultValue @Valid List<Feed> feeds) {

    /**
     * One feed.
     *
     * @param url    the feed URL (RSS, Atom, or any format the push API reads)
     * @param agency the id of the configured agency whose stories it carries (namespace, ownership)
     */
    public record Feed(@NotNull URI url, @NotBlank String agency) {
    }
}
