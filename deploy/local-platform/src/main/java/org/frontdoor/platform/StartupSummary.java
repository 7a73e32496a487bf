package org.frontdoor.platform;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.frontdoor.identity.directory.DemoDirectory;
import org.frontdoor.identity.directory.DemoPrincipal;

/** What the launcher prints once everything is ready: where to go, who to be, and what it cost to start. */
final class StartupSummary {

    private StartupSummary() {
    }

    static String of(RunningPlatform platform) {
        Endpoints endpoints = platform.endpoints();
        StringBuilder text = new StringBuilder();
        text.append('\n')
                .append("  Front Door is running (local platform, one JVM)\n")
                .append('\n')
                .append("  Staff console  ").append(endpoints.consoleUrl())
                .append("   (sign in as a demo person below, password '").append(DemoDirectory.DEMO_SECRET)
                .append("')\n")
                .append("  Gateway        ").append(endpoints.gatewayUrl()).append("/api/...\n")
                .append("  API docs       ").append(endpoints.apiDocsUrl()).append('\n')
                .append("  Token issuer   ").append(endpoints.issuerUrl()).append('\n');
        for (PlatformApp app : platform.apps()) {
            if (app.isService() || app == PlatformApp.STAFF_CONSOLE) {
                text.append(String.format(Locale.ROOT, "  %-22s %s%n", app.configName(), endpoints.urlOf(app)));
            }
        }
        text.append("  Kafka          ").append(endpoints.kafkaBootstrapServers()).append('\n')
                .append("  MongoDB wire   ").append(endpoints.mongoUri()).append('\n')
                .append("  Data           ").append(platform.settings().dataDirectory()).append('\n')
                .append('\n')
                .append("  Demo users (local only; secret and password '").append(DemoDirectory.DEMO_SECRET)
                .append("'):\n");
        for (DemoPrincipal principal : DemoDirectory.principals()) {
            text.append(String.format(Locale.ROOT, "    %-22s %s%s%n", principal.id(), principal.role(),
                    principal.partnerId().map(partner -> " (partner_id " + partner + ")").orElse("")));
        }
        text.append('\n')
                .append("  Get a token:\n")
                .append("    curl -s -u triage-worker:").append(DemoDirectory.DEMO_SECRET)
                .append(" -d grant_type=client_credentials ").append(endpoints.tokenUrl()).append('\n')
                .append('\n')
                .append(String.format(Locale.ROOT, "  Started in %.1f s; memory: %s RSS, %d MB heap used%n",
                        platform.startupTime().toMillis() / 1000.0,
                        residentSetSize().map(kb -> (kb / 1024) + " MB").orElse("unknown"),
                        heapUsedBytes() / (1024 * 1024)))
                .append(classData(ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append("  Press Ctrl-C to stop (data is kept for the next start).\n");
        return text.toString();
    }

    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";

    /**
     * Which class-data archive this JVM was given (the README's command gives it the one the build trained; the last
     * option counts, as for the JVM), or, without one, the command that has it: a start without takes about a third
     * longer.
     */
    static String classData(List<String> jvmArguments) {
        return jvmArguments.stream().filter(argument -> argument.startsWith(ARCHIVE_OPTION)).reduce((a, b) -> b)
                .map(argument -> "  Class data shared from " + argument.substring(ARCHIVE_OPTION.length()) + "\n")
                .orElse("  Started without a class-data archive: the README's command (java -XX:SharedArchiveFile="
                        + "deploy/local-platform/target/platform/platform.jsa -jar deploy/local-platform/target/"
                        + "platform/local-platform.jar) starts about a third sooner.\n");
    }

    /** The JVM's resident set size in kB, from {@code /proc/self/status} (Linux only). */
    static Optional<Long> residentSetSize() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .filter(digits -> !digits.isEmpty())
                    .map(Long::parseLong)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static long heapUsedBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
