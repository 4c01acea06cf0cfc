package org.newsroom.publish.site;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The site preview pages, prefix {@code newsroom.publish.site}.
 *
 * @param sections the site's sections in menu order; default the seed site's: politics, business, technology,
 *                 life, opinion, sports
 * @param perSection articles listed per section on the front page; default 5
 */
@Validated
@ConfigurationProperties("newsroom.publish.site")
public record SitePreviewProperties(
        @DefaultValue({"politics", "business", "technology", "life", "opinion", "sports"}) @NotEmpty List<String> sections,
        @DefaultValue("5") int perSection) {
}
