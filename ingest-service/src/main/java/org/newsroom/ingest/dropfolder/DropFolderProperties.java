package org.newsroom.ingest.dropfolder;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Drop folders, prefix {@code newsroom.ingest.drop-folder}.
 *
 * @param enabled      whether folders are scanned; default false
 * @param root         the directory holding one folder per agency id ({@code <root>/<agency id>/}); default
 *                     {@code drop}, relative to the working directory; created when missing
 * @param scanInterval pause between scans; default 10 s
 * @param settleTime   how long a file's size and modification time must stay unchanged before it is read (so that a
 *                     file still being written is not read early); default 5 s
 * @param maxFileSize  larger files go to {@code failed/} unread beyond the limit; default 2MB, as the push API
 */
@Validated
@ConfigurationProperties("newsroom.ingest.drop-folder")
public record DropFolderProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("drop") Path root,
        @DefaultValue("10s") Duration scanInterval,
        @DefaultValue("5s") Duration settleTime,
        @DefaultValue("2MB") DataSize maxFileSize) {
}
