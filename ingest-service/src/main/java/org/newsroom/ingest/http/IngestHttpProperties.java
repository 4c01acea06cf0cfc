package org.newsroom.ingest.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Push API limits, prefix {@code newsroom.ingest.http}.
 *
 * @param maxBodySize largest request body accepted, larger ones get 413; default 2MB
 */
@Validated
@ConfigurationProperties("newsroom.ingest.http")
public record IngestHttpProperties(@DefaultValue("2MB") DataSize maxBodySize) {
}
