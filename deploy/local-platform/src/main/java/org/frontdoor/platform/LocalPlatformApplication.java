package org.frontdoor.platform;

import java.nio.file.Path;

/**
 * {@code java -jar deploy/local-platform/target/local-platform.jar [--data=DIR]}: starts the whole platform with
 * the documented ports and {@code ./data}, prints where everything is, and runs until Ctrl-C.
 */
public final class LocalPlatformApplication {

    private LocalPlatformApplication() {
    }

    public static void main(String[] args) throws InterruptedException {
        PlatformSettings settings = PlatformSettings.defaults();
        for (String argument : args) {
            if (argument.startsWith("--data=")) {
                settings = settings.withDataDirectory(Path.of(argument.substring("--data=".length())));
            } else {
                System.err.println("Unknown argument " + argument + " (the only option is --data=DIR)");
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
        platform.awaitStop();
    }
}
