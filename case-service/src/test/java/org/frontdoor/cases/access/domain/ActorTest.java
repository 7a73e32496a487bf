package org.frontdoor.cases.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aBreakGlassReasonIsFiveToFiveHundredCharacters() {
        Actor admin = Actor.of("admin-1", Role.ADMIN);

        assertThatThrownBy(() -> admin.breakingGlass("why ")).isInstanceOf(BreakGlass.InvalidReason.class);
        assertThatThrownBy(() -> admin.breakingGlass("x".repeat(501))).isInstanceOf(BreakGlass.InvalidReason.class);
        assertThat(admin.breakingGlass("SAR-1").statedBreakGlassReason()).contains("SAR-1");
    }
}
