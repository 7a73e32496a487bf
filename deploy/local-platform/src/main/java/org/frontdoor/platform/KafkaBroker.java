package org.frontdoor.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller combined) running in this JVM.
 * Its log lives in one directory and survives restarts: the outcomes-service rebuilds its read models by
 * replaying it.
 */
final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Formats {@code logDirectory} the first time, then starts the broker on {@code localhost:port}. */
    static KafkaBroker start(Path logDirectory, int port) {
        // A broker restarted on its own port (a test cutting the broker) finds that port free too: the controller's
        // must be another, or Kafka refuses two listeners on one port.
        int controllerPort = Ports.freePort();
        while (controllerPort == port) {
            controllerPort = Ports.freePort();
        }
        Map<String, Object> config = brokerConfig(logDirectory, port, controllerPort);
        formatIfNew(logDirectory, config);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            // e.g. the port is taken: release whatever half-started, so the caller can stop the rest cleanly
            IllegalStateException failure = new IllegalStateException("The Kafka broker did not start on localhost:"
                    + port + " (is the platform, or another Kafka broker, already running?)", e);
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException stopFailure) {
                failure.addSuppressed(stopFailure);
            }
            throw failure;
        }
        return new KafkaBroker(server, port);
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Controlled shutdown; returns once the broker has flushed and closed its log. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static Map<String, Object> brokerConfig(Path logDirectory, int port, int controllerPort) {
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                // Static voters: the controller port may change between runs without reformatting.
                Map.entry("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDirectory.toString()),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("num.partitions", "3"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "10"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "4"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                // One member per consumer group on this machine: no point waiting for others to join.
                Map.entry("group.initial.rebalance.delay.ms", "0"));
    }

    private static void formatIfNew(Path logDirectory, Map<String, Object> config) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            Path configFile = Files.createTempFile("frontdoor-kafka", ".properties");
            try {
                Properties properties = new Properties();
                properties.putAll(config);
                try (OutputStream out = Files.newOutputStream(configFile)) {
                    properties.store(out, "Front Door local platform broker");
                }
                String clusterId = Uuid.randomUuid().toString();
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                int exitCode = StorageTool.execute(
                        new String[] {"format", "--cluster-id", clusterId, "--config", configFile.toString()},
                        new PrintStream(output, true, StandardCharsets.UTF_8));
                if (exitCode != 0) {
                    throw new IllegalStateException("Formatting the Kafka log in " + logDirectory + " failed: "
                            + output.toString(StandardCharsets.UTF_8));
                }
                log.info("Formatted a new Kafka log in {} (cluster {})", logDirectory, clusterId);
            } finally {
                Files.deleteIfExists(configFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka log directory " + logDirectory, e);
        }
    }
}
