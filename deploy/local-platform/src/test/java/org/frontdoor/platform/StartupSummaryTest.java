package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StartupSummaryTest {

    private final Ports ports = new Ports(18080, 18081, 18082, 18083, 18084, 18085, 19000, 19092, 37017, 18090);
    private final RunningPlatform platform = new RunningPlatform(new PlatformSettings(Path.of("/tmp/fd"), ports),
            Endpoints.of(ports), null, null, Map.of(), List.of(PlatformApp.values()), Duration.ofMillis(12_345));

    @Test
    void summaryNamesEveryDemoUserWithItsRoleAndThePartnerClient() {
        String summary = StartupSummary.of(platform);

        assertThat(summary).contains("contact-officer", "triage-worker", "triage-manager", "consultant",
                        "practitioner", "performance-analyst", "admin", "partner-school")
                .contains("TRIAGE_MANAGER", "PARTNER_SYSTEM (partner_id ");
    }

    @Test
    void theStaffConsoleThroughTheGatewayIsTheFirstAddressPrinted() {
        String summary = StartupSummary.of(platform);

        assertThat(summary).containsPattern("(?s)^\\s*Front Door is running[^\\n]*\\n\\s*\\n\\s*Staff console\\s+"
                + "http://localhost:18080/ ");
        assertThat(summary.indexOf("http://localhost:18080/ ")).isLessThan(summary.indexOf("/api/"));
    }

    @Test
    void summaryGivesACopyableTokenCommandForThisPlatformsIssuer() {
        assertThat(StartupSummary.of(platform)).contains(
                "curl -s -u triage-worker:demo -d grant_type=client_credentials http://localhost:19000/oauth2/token");
    }

    @Test
    void summaryShowsTheGatewayTheApiDocsTheStartupTimeAndTheMemoryHeld() {
        assertThat(StartupSummary.of(platform))
                .contains("http://localhost:18080/api/", "http://localhost:18080/swagger-ui.html")
                .contains("Started in 12.3 s")
                .containsPattern("memory: (\\d+ MB|unknown) RSS, \\d+ MB heap used");
    }

    @Test
    void summarySaysWhichClassDataArchiveTheJvmWasGivenTheLastOneCounting() {
        assertThat(StartupSummary.classData(List.of("-Xmx1g", "-XX:SharedArchiveFile=old.jsa",
                "-XX:SharedArchiveFile=deploy/local-platform/target/platform/platform.jsa")))
                .isEqualTo("  Class data shared from deploy/local-platform/target/platform/platform.jsa\n");
    }

    @Test
    void summaryStartedWithoutAnArchiveGivesTheReadmesCommandThatHasOne() {
        assertThat(StartupSummary.classData(List.of("-Xmx1g")))
                .startsWith("  Started without a class-data archive")
                .contains("java -XX:SharedArchiveFile=deploy/local-platform/target/platform/platform.jsa -jar "
                        + "deploy/local-platform/target/platform/local-platform.jar");
    }
}
