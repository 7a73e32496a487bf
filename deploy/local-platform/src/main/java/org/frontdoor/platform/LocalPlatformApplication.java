package org.frontdoor.platform;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.frontdoor.demodata.DemoDataPublisher;

/**
 * {@code java -jar deploy/local-platform/target/local-platform.jar [--data=DIR] [--port-base=N] [--demo-data]
 * [--stop-when-ready]}: starts the whole platform with the documented ports (or ten from {@code N}: gateway, the five
 * services, the identity provider, Kafka, the store, the staff console) and {@code ./data}, prints where everything
 * is, and runs until Ctrl-C. With {@code --demo-data} it then publishes a generated county year (ending yesterday) to
 * the topics, the first time only for this data directory, so the scorecard is not empty on a first run. With
 * {@code --stop-when-ready} it stops as soon as it is ready, as Ctrl-C would: the build's class-data training run
 * (deploy/local-platform/README.md, "The build's class-data archive"), and a smoke check of a data directory.
 */
public final class LocalPlatformApplication {

    private LocalPlatformApplication() {
    }

    private static final String USAGE = "The options are --data=DIR, --port-base=N, --demo-data, --stop-when-ready and --help";

    public static void main(String[] args) throws InterruptedException {
        PlatformSettings settings = PlatformSettings.defaults();
        boolean stopWhenReady = false;
        for (String argument : args) {
            if (argument.startsWith("--data=")) {
                settings = settings.withDataDirectory(Path.of(argument.substring("--data=".length())));
            } else if (argument.startsWith("--port-base=")) {
                settings = settings.withPorts(Ports.startingAt(Integer.parseInt(
                        argument.substring("--port-base=".length()))));
            } else if (argument.equals("--demo-data")) {
                settings = settings.withDemoData(true);
            } else if (argument.equals("--stop-when-ready")) {
                stopWhenReady = true;
            } else if (argument.equals("--help")) {
                System.out.println(USAGE + " (deploy/local-platform/README.md)");
                return;
            } else {
                System.err.println("Unknown argument " + argument + " (" + USAGE + ")");
                System.exit(2);
            }
        }
        RunningPlatform platform;
        try {
            platform = LocalPlatform.start(settings);
        } catch (Exception e) {
            e.printStackTrace();
            System.err.println("\nFront Door did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-shutdown"));
        System.out.println(StartupSummary.of(platform));
        if (settings.demoData()) {
            loadDemoData(platform);
        }
        if (stopWhenReady) {
            // as Ctrl-C: the shutdown hook closes the platform, and the JVM exits normally (which is when it writes a
            // class-data archive it was asked for)
            System.exit(0);
        }
        platform.awaitStop();
    }

    private static void loadDemoData(RunningPlatform platform) {
        Path marker = platform.settings().demoDataMarker();
        try {
            DemoDataLoad.loadOnce(marker, LocalDate.now(ZoneId.of("Europe/London")),
                            year -> DemoDataPublisher.publish(platform.kafkaBootstrapServers(), year))
                    .ifPresentOrElse(loaded -> System.out.println(loaded.summary()),
                            () -> System.out.println("Demo data: already loaded into this data directory ("
                                    + marker + "), not loaded again"));
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.err.println("Demo data: loading failed (" + e.getMessage() + "); the next start with --demo-data "
                    + "publishes the same year again, and the services ignore what they already have");
        }
    }
}
