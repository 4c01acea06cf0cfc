package org.newsroom.ingest.dropfolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsroom.events.ArticleCodec;
import org.newsroom.events.TraceParent;
import org.newsroom.ingest.agency.Agency;
import org.newsroom.ingest.agency.AgencyProperties;
import org.newsroom.ingest.delivery.DocumentDelivery;
import org.newsroom.ingest.format.UnsupportedWireFormatException;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireParsers;
import org.newsroom.ingest.kafka.ArticleTooLargeException;
import org.newsroom.ingest.kafka.KafkaUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans each agency's drop folder. A file is read once its size and modification time were the same at the previous
 * scan and it is older than {@code settle-time}; names starting with {@code .} or ending {@code .tmp}, {@code .part},
 * {@code .partial} or {@code .filepart} (the write-then-rename convention) are never read. After reading, the file moves
 * to {@code processed/} (every item accepted; with {@code <name>.error.json} beside when some items were refused) or
 * to {@code failed/} with {@code <name>.error.json}; while Kafka is away it stays where it is for the next scan.
 * Not thread-safe: one scan at a time.
 */
public class DropFolderScanner {

    private static final Logger log = LoggerFactory.getLogger(DropFolderScanner.class);
    private static final List<String> PARTIAL_SUFFIXES = List.of(".tmp", ".part", ".partial", ".filepart");

    private final DropFolderProperties properties;
    private final AgencyProperties agencies;
    private final WireParsers parsers;
    private final DocumentDelivery delivery;
    private final Clock clock;
    private final Map<Path, Snapshot> seen = new HashMap<>();

    /** @param clock the time source for the settle check and receipt times */
    public DropFolderScanner(DropFolderProperties properties, AgencyProperties agencies, WireParsers parsers,
            DocumentDelivery delivery, Clock clock) {
        this.properties = properties;
        this.agencies = agencies;
        this.parsers = parsers;
        this.delivery = delivery;
        this.clock = clock;
    }

    private record Snapshot(long size, long modifiedMs) {
    }

    /** One scan of every agency's folder; never throws for one bad file. */
    public void scanOnce() {
        for (var entry : agencies.agencies()) {
            Agency agency = entry.agency();
            Path folder = properties.root().resolve(agency.id());
            try {
                Files.createDirectories(folder.resolve("processed"));
                Files.createDirectories(folder.resolve("failed"));
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
                    for (Path file : files) {
                        if (isSettled(file)) {
                            ingest(file, agency);
                        }
                    }
                }
            } catch (IOException e) {
                log.atError().addKeyValue("folder", folder.toString()).addKeyValue("error", e.toString())
                        .log("drop folder unreadable");
            }
        }
    }

    private boolean isSettled(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || PARTIAL_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return false;
        }
        Snapshot now = new Snapshot(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        Snapshot before = seen.put(file, now);
        return now.equals(before) && clock.millis() - now.modifiedMs() >= properties.settleTime().toMillis();
    }

    private void ingest(Path file, Agency agency) throws IOException {
        Instant receivedAt = clock.instant();
        String trace = TraceParent.generate();
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("file", file.getFileName().toString());
        error.put("received_at", receivedAt.toString());
        Path target;
        try {
            byte[] content = read(file);
            WireDocument document = parsers.forDelivery(contentType(file, content), content, null)
                    .read(content, new WireContext(agency.id(), agency.namespace(), receivedAt));
            DocumentDelivery.Outcome outcome = delivery.deliver(document, agency, "drop-folder", receivedAt, trace);
            error.put("accepted", outcome.accepted().stream().map(a -> a.item().article().uri()).toList());
            if (!outcome.refused().isEmpty()) {
                error.put("rejected", outcome.refused().stream().map(DropFolderScanner::describe).toList());
            }
            target = outcome.accepted().isEmpty() ? file.resolveSibling("failed") : file.resolveSibling("processed");
        } catch (KafkaUnavailableException e) {
            log.atWarn().addKeyValue("file", file.toString()).addKeyValue("detail", e.getMessage())
                    .log("drop file kept for the next scan: Kafka unavailable");
            return;
        } catch (WireFormatException e) {
            error.put("detail", e.getMessage());
            error.put("location", e.location());
            target = file.resolveSibling("failed");
        } catch (UnsupportedWireFormatException | ArticleTooLargeException | FileTooLargeException e) {
            error.put("detail", e.getMessage());
            target = file.resolveSibling("failed");
        }
        Path moved = move(file, target);
        if (error.containsKey("detail") || error.containsKey("rejected")) {
            Files.write(moved.resolveSibling(moved.getFileName() + ".error.json"),
                    ArticleCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(error));
        }
        seen.remove(file);
        log.atInfo().addKeyValue("file", file.toString()).addKeyValue("moved_to", moved.toString())
                .addKeyValue("agency", agency.id()).addKeyValue("trace_id", TraceParent.traceId(trace))
                .log("drop file ingested");
    }

    private static Map<String, Object> describe(DocumentDelivery.Refused refused) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("index", refused.index());
        item.put("id", refused.wireId());
        item.put("uri", refused.uri());
        item.put("status", refused.status());
        if (refused.cause() instanceof WireFormatException wire) {
            item.put("location", wire.location());
        }
        item.put("detail", refused.cause().getMessage());
        return item;
    }

    private byte[] read(Path file) throws IOException {
        long max = properties.maxFileSize().toBytes();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new FileTooLargeException(max);
            }
            return bytes;
        }
    }

    private static String contentType(Path file, byte[] content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return "application/json";
        }
        for (byte b : content) {
            if (!Character.isWhitespace(b)) {
                return b == '{' ? "application/json" : "application/xml";
            }
        }
        return "application/xml";
    }

    private static Path move(Path file, Path directory) throws IOException {
        Path target = directory.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = directory.resolve(System.currentTimeMillis() + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A drop file over {@code max-file-size}. */
    static final class FileTooLargeException extends RuntimeException {
        FileTooLargeException(long limit) {
            super("file exceeds the limit of " + limit + " bytes");
        }
    }

    /** Forgets files that disappeared (moved away by someone else), so the map does not grow. */
    void forgetMissing() {
        List<Path> gone = new ArrayList<>();
        for (Path path : seen.keySet()) {
            if (!Files.exists(path)) {
                gone.add(path);
            }
        }
        gone.forEach(seen::remove);
    }
}
