package org.newsroom.infra;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's {@code server.properties}: one node in KRaft combined mode (broker and controller), static quorum,
 * plaintext listeners on 127.0.0.1, replication factors of 1, and the limits the pipeline needs.
 *
 * @param brokerPort     the PLAINTEXT listener port clients use, 1–65535
 * @param controllerPort the CONTROLLER listener port, 1–65535
 * @param logDir         where the broker keeps its partitions and metadata log; absolute
 */
record KafkaConfig(int brokerPort, int controllerPort, Path logDir) {

    /**
     * The largest record batch the broker accepts, in bytes: 16 MiB, the pipeline's largest topic limit (an enriched
     * 2 MB story: the event contract's {@code Topics.MAX_MESSAGE_BYTES}).
     */
    static final int MESSAGE_MAX_BYTES = 16 * 1024 * 1024;

    private static final Pattern LISTENER = Pattern.compile("(PLAINTEXT|CONTROLLER)://[^:,]+:(\\d+)");

    /** log4j2 configuration for the broker JVM: INFO to standard output, which goes to the broker's log. */
    static final String LOG4J2_PROPERTIES = """
            status = warn
            appender.stdout.type = Console
            appender.stdout.name = STDOUT
            appender.stdout.layout.type = PatternLayout
            appender.stdout.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.stdout.ref = STDOUT
            logger.state-change.name = state.change.logger
            logger.state-change.level = WARN
            """;

    /** @return the file's text */
    String render() {
        return """
                # written by local-infra on every start
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=6
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                message.max.bytes=%4$d
                replica.fetch.max.bytes=%4$d
                """.formatted(brokerPort, controllerPort, escape(logDir.toString()), MESSAGE_MAX_BYTES);
    }

    /**
     * Reads the ports of a file this type rendered.
     *
     * @return the configuration, or empty if the file is missing or names no listener ports
     */
    static Optional<KafkaConfig> read(Path serverProperties) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(serverProperties, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        int broker = 0;
        int controller = 0;
        Matcher matcher = LISTENER.matcher(properties.getProperty("listeners", ""));
        while (matcher.find()) {
            int port = Integer.parseInt(matcher.group(2));
            if (matcher.group(1).equals("PLAINTEXT")) {
                broker = port;
            } else {
                controller = port;
            }
        }
        String logDir = properties.getProperty("log.dirs");
        if (broker == 0 || controller == 0 || logDir == null) {
            return Optional.empty();
        }
        return Optional.of(new KafkaConfig(broker, controller, Path.of(logDir)));
    }

    /** Escapes a value for a properties file (backslashes, as on Windows paths). */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
