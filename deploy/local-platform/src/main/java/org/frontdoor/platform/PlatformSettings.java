package org.frontdoor.platform;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the local platform keeps its data and which ports it uses.
 *
 * @param dataDirectory the Kafka log ({@code kafka/}) and the document store ({@code mongo/frontdoor.mv.db});
 *                      both survive a restart
 * @param ports         every listening port
 * @param demoData      after start-up, load a generated county year (ending yesterday) into the topics, once per
 *                      data directory ({@code --demo-data})
 */
public record PlatformSettings(Path dataDirectory, Ports ports, boolean demoData) {

    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data");

    public PlatformSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(ports, "ports");
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** Without demo data. */
    public PlatformSettings(Path dataDirectory, Ports ports) {
        this(dataDirectory, ports, false);
    }

    /** {@code ./data} and the documented ports. */
    public static PlatformSettings defaults() {
        return new PlatformSettings(DEFAULT_DATA_DIRECTORY, Ports.standard());
    }

    public PlatformSettings withDataDirectory(Path directory) {
        return new PlatformSettings(directory, ports, demoData);
    }

    public PlatformSettings withPorts(Ports newPorts) {
        return new PlatformSettings(dataDirectory, newPorts, demoData);
    }

    public PlatformSettings withDemoData(boolean load) {
        return new PlatformSettings(dataDirectory, ports, load);
    }

    Path kafkaLogDirectory() {
        return dataDirectory.resolve("kafka");
    }

    /** Written once the demo data has been loaded into this data directory's topics. */
    Path demoDataMarker() {
        return dataDirectory.resolve("demo-data.loaded");
    }

    Path documentStoreFile() {
        return dataDirectory.resolve("mongo").resolve("frontdoor.mv.db");
    }
}
