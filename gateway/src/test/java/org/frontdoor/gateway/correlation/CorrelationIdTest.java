package org.frontdoor.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdTest {

    @Test
    void aWellFormedCallerIdIsKept() {
        assertThat(CorrelationId.keepOrCreate("school-mis.call_42")).isEqualTo("school-mis.call_42");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "line\nbreak", "<script>", "a-correlation-id-that-is-far-too-long-to-be-accepted-by-the-front-door-gateway"})
    void aMissingOrUnsafeCallerIdIsReplacedByANewUuid(String fromCaller) {
        String id = CorrelationId.keepOrCreate(fromCaller);

        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }
}
