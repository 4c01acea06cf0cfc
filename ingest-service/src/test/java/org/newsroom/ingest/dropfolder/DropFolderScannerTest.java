package org.newsroom.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.ingest.agency.AgencyProperties;
import org.newsroom.ingest.delivery.DocumentDelivery;
import org.newsroom.ingest.format.Fixtures;
import org.newsroom.ingest.format.WireParsersAccess;
import org.newsroom.ingest.format.feed.FeedParser;
import org.newsroom.ingest.format.newsmlg2.NewsMlG2Parser;
import org.newsroom.ingest.format.ninjs.NinjsParser;
import org.newsroom.ingest.format.nitf.NitfParser;
import org.newsroom.ingest.kafka.KafkaUnavailableException;
import org.springframework.util.unit.DataSize;

class DropFolderScannerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path root;

    private final DocumentDelivery delivery = mock(DocumentDelivery.class);
    private DropFolderScanner scanner;
    private Path inbox;

    @BeforeEach
    void setUp() throws Exception {
        var agencies = new AgencyProperties(List.of(new AgencyProperties.AgencyEntry("demo", "0".repeat(64), null, null)));
        scanner = new DropFolderScanner(new DropFolderProperties(true, root, Duration.ofSeconds(10), Duration.ofSeconds(5),
                DataSize.ofKilobytes(64)), agencies,
                WireParsersAccess.of(List.of(new NinjsParser(), new NewsMlG2Parser(), new NitfParser(), new FeedParser())),
                delivery, Clock.fixed(NOW, ZoneOffset.UTC));
        inbox = root.resolve("demo");
        Files.createDirectories(inbox);
        given(delivery.deliver(any(), any(), eq("drop-folder"), any(), any())).willAnswer(call -> {
            var document = (org.newsroom.ingest.format.WireDocument) call.getArgument(0);
            return new DocumentDelivery.Outcome(document.parsed().stream()
                    .map(p -> new DocumentDelivery.Accepted(p, null)).toList(),
                    document.rejected().stream().map(r -> new DocumentDelivery.Refused(r.index(), r.wireId(), null, 400,
                            r.error())).toList());
        });
    }

    private Path drop(String name, byte[] content, Instant modified) throws Exception {
        Path file = inbox.resolve(name);
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aSettledStoryIsIngestedAndMovedToProcessed() throws Exception {
        drop("story.xml", Fixtures.bytes("nitf/arabic-windows-1256.xml"), NOW.minusSeconds(60));

        scanner.scanOnce();
        verify(delivery, never()).deliver(any(), any(), any(), any(), any());
        scanner.scanOnce();

        assertThat(inbox.resolve("processed/story.xml")).exists();
        assertThat(inbox.resolve("story.xml")).doesNotExist();
        assertThat(inbox.resolve("processed/story.xml.error.json")).doesNotExist();
    }

    @Test
    void aFileStillBeingWrittenIsNotReadEarly() throws Exception {
        Path file = drop("growing.json", "{\"uri\":\"urn:x:1\"".getBytes(StandardCharsets.UTF_8), NOW.minusSeconds(60));
        scanner.scanOnce();
        Files.writeString(file, "{\"uri\":\"urn:x:1\",\"headline\":\"h\"}");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(1)));
        scanner.scanOnce();
        scanner.scanOnce();
        drop("upload.json.part", "{}".getBytes(StandardCharsets.UTF_8), NOW.minusSeconds(60));
        scanner.scanOnce();
        scanner.scanOnce();

        verify(delivery, never()).deliver(any(), any(), any(), any(), any());
        assertThat(file).exists();
        assertThat(inbox.resolve("upload.json.part")).exists();
    }

    @Test
    void aBrokenFileMovesToFailedWithAnErrorFileBeside() throws Exception {
        drop("broken.xml", "<nitf><head>".getBytes(StandardCharsets.UTF_8), NOW.minusSeconds(60));

        scanner.scanOnce();
        scanner.scanOnce();

        assertThat(inbox.resolve("failed/broken.xml")).exists();
        assertThat(Files.readString(inbox.resolve("failed/broken.xml.error.json")))
                .contains("not well-formed XML").contains("\"location\"");
    }

    @Test
    void aFeedWithOneBadItemIsProcessedWithTheRejectionBeside() throws Exception {
        drop("feed.rss", Fixtures.bytes("feed/arabic-windows-1256.rss"), NOW.minusSeconds(60));

        scanner.scanOnce();
        scanner.scanOnce();

        assertThat(inbox.resolve("processed/feed.rss")).exists();
        assertThat(Files.readString(inbox.resolve("processed/feed.rss.error.json")))
                .contains("qsar-2").contains("/rss/channel/item[2]/pubDate");
    }

    @Test
    void whileKafkaIsAwayTheFileStaysForTheNextScan() throws Exception {
        given(delivery.deliver(any(), any(), any(), any(), any())).willThrow(new KafkaUnavailableException("down", null));
        drop("story.json", "{\"uri\":\"urn:x:1\",\"headline\":\"h\"}".getBytes(StandardCharsets.UTF_8), NOW.minusSeconds(60));

        scanner.scanOnce();
        scanner.scanOnce();

        assertThat(inbox.resolve("story.json")).exists();
        assertThat(inbox.resolve("processed")).isEmptyDirectory();
        assertThat(inbox.resolve("failed")).isEmptyDirectory();
    }
}
