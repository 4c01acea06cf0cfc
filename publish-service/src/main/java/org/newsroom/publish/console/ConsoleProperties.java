package org.newsroom.publish.console;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The editors' console, prefix {@code newsroom.publish.console}.
 *
 * @param users                 who may log in; a user needs the role {@code EDITOR} for the console
 * @param backlogSampleInterval how often consumer groups are sampled; default 10 s
 * @param backlogWindow         samples per partition that the backlog status is judged on; default 10 (≥ 2)
 * @param history               how far back throughput, agencies and the story index reach, read from the topics at
 *                              start; default 24 h
 * @param storyIndexSize        stories (URIs) whose positions in the topics are remembered for tracing; default 100000
 * @param deadLetterLimit       dead letters listed per partition of a DLT topic, newest; default 100
 * @param replayAllLimit        dead letters replayed by one "replay all"; default 1000
 * @param auditTopic            where console actions are recorded; default {@code console.audit}
 * @param idleFactor            an agency is idle when quiet for more than this many times its usual gap; default 4
 * @param idleMinimum           but never before this much quiet; default 30 min
 * @param idleMinStories        stories an agency must have sent within {@code history} to be judged; default 5
 * @param sections              the sections an editor may choose in the review queue; default the site's six
 *                              ({@code politics, business, technology, life, opinion, sports}), as enrich's
 *                              {@code newsroom.enrich.section.sections}
 */
@Validated
@ConfigurationProperties("newsroom.publish.console")
public record ConsoleProperties(
        @DefaultValue @Valid List<User> users,
        @DefaultValue("10s") Duration backlogSampleInterval,
        @DefaultValue("10") @Min(2) int backlogWindow,
        @DefaultValue("24h") Duration history,
        @DefaultValue("100000") @Min(1) int storyIndexSize,
        @DefaultValue("100") @Min(1) int deadLetterLimit,
        @DefaultValue("1000") @Min(1) int replayAllLimit,
        @DefaultValue("console.audit") @NotBlank String auditTopic,
        @DefaultValue("4") @Min(1) int idleFactor,
        @DefaultValue("30m") Duration idleMinimum,
        @DefaultValue("5") @Min(1) int idleMinStories,
        @DefaultValue({"politics", "business", "technology", "life", "opinion", "sports"}) @NotEmpty
        List<String> sections) {

    /**
     * A console user.
     *
     * @param name     login name
     * @param password the password in Spring Security's storage format: {@code {bcrypt}$2a$…} (or {@code {noop}…} in
     *                 tests only)
     * @param roles    roles without the {@code ROLE_} prefix, e.g. {@code EDITOR}
     */
    public record User(@NotBlank String name, @NotBlank String password, @NotEmpty List<String> roles) {
    }
}
