package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPlatformStartFailureTest {

    @TempDir
    Path data;

    @Test
    void aStoreThatCannotStartLeavesNoIdentityProviderRunningBesideIt() throws IOException {
        Ports ports = Ports.free();
        try (ServerSocket taken = new ServerSocket(ports.mongo())) {
            assertThatThrownBy(() -> LocalPlatform.start(new PlatformSettings(data, ports)));
        }

        // The identity provider had started beside the store: it was waited for and stopped, not left to finish
        // starting on its own and keep its port.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(thread -> thread.getName().equals("platform-start-identity")));
        assertThat(isFree(ports.identity())).as("the identity provider's port").isTrue();
    }

    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
