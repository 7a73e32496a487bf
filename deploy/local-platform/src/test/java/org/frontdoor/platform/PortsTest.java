package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void defaultsAreTheDocumentedPortsAndTheDataDirectoryBesideTheCommand() {
        PlatformSettings defaults = PlatformSettings.defaults();

        assertThat(defaults.ports()).isEqualTo(new Ports(8080, 8081, 8082, 8083, 8084, 8085, 9000, 9092, 27017, 8090));
        assertThat(defaults.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(defaults.documentStoreFile()).endsWithRaw(Path.of("data", "mongo", "frontdoor.mv.db"));
        assertThat(defaults.kafkaLogDirectory()).endsWithRaw(Path.of("data", "kafka"));
    }

    @Test
    void twoPartsOfThePlatformCannotShareAPort() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ports(8080, 8081, 8082, 8083, 8084, 8085, 9000, 9092, 27017, 8080))
                .withMessageContaining("8080");
    }

    /** Held open until all ten are chosen: never the same port twice (one at a time, the OS sometimes gave one twice). */
    @Test
    void freePortsAreTenDifferentPortsEveryTime() {
        for (int i = 0; i < 200; i++) {
            int[] ports = Ports.freePorts(10);
            assertThat(ports).hasSize(10).doesNotHaveDuplicates().doesNotContain(0);
        }
    }

    @Test
    void aPortMustBeARealTcpPort() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ports(0, 8081, 8082, 8083, 8084, 8085, 9000, 9092, 27017, 8090));
    }
}
