package org.frontdoor.platform;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the local platform keeps its data and which ports it uses.
 *
 * @param dataDirectory the Kafka log ({@code kafka/}) and the document store ({@code mongo/frontdoor.mv.db});
 *                      both survive a restart
 * @param ports         every listening port
 */
public record PlatformSettings(Path dataDirectory, Ports ports) {

    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data");

    public PlatformSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(ports, "ports");
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** {@code ./data} and the documented ports. */
    public static PlatformSettings defaults() {
        return new PlatformSettings(DEFAULT_DATA_DIRECTORY, Ports.standard());
    }

    public PlatformSettings withDataDirectory(Path directory) {
        return new PlatformSettings(directory, ports);
    }

    public PlatformSettings withPorts(Ports newPorts) {
        return new PlatformSettings(dataDirectory, newPorts);
    }

    Path kafkaLogDirectory() {
        return dataDirectory.resolve("kafka");
    }

    Path documentStoreFile() {
        return dataDirectory.resolve("mongo").resolve("frontdoor.mv.db");
    }
}
