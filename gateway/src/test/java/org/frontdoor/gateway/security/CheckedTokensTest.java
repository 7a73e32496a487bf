package org.frontdoor.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The gateway checks a token once while it is in date (at most five minutes), and a refused token every time. */
class CheckedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final List<String> checks = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final List<String> expiring = new ArrayList<>();

    /** Stands in for Boot's decoder: counts its checks; a token named "<subject>:<seconds left at NOW>". */
    private final ReactiveJwtDecoder issuer = token -> Mono.defer(() -> {
        checks.add(token);
        Instant expiresAt = NOW.plusSeconds(Long.parseLong(token.substring(token.indexOf(':') + 1)));
        if (refused.contains(token) || !now.get().isBefore(expiresAt)) {
            return Mono.error(new BadJwtException("refused"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token.substring(0,
                token.indexOf(':'))).issuedAt(NOW).expiresAt(expiresAt).build());
    });
    private final CheckedTokens gateway = new CheckedTokens(issuer, clock);

    @Test
    void aTokenThatPassedIsCheckedOnceWhileInDate() {
        StepVerifier.create(gateway.decode("contact-officer:120")).expectNextCount(1).verifyComplete();
        now.set(NOW.plusSeconds(119));
        StepVerifier.create(gateway.decode("contact-officer:120")).expectNextCount(1).verifyComplete();

        assertThat(checks).hasSize(1);
    }

    @Test
    void onceExpiredItIsCheckedAgainAndRefused() {
        StepVerifier.create(gateway.decode("contact-officer:120")).expectNextCount(1).verifyComplete();
        now.set(NOW.plusSeconds(120));

        StepVerifier.create(gateway.decode("contact-officer:120")).expectError(BadJwtException.class).verify();
        assertThat(checks).hasSize(2);
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterFiveMinutes() {
        gateway.decode("partner-school:3600").block();
        now.set(NOW.plus(CheckedTokens.LONGEST).minusSeconds(1));
        gateway.decode("partner-school:3600").block();
        assertThat(checks).hasSize(1);

        now.set(NOW.plus(CheckedTokens.LONGEST));
        gateway.decode("partner-school:3600").block();

        assertThat(checks).hasSize(2);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        refused.add("contact-officer:120");

        StepVerifier.create(gateway.decode("contact-officer:120")).expectError(BadJwtException.class).verify();
        StepVerifier.create(gateway.decode("contact-officer:120")).expectError(BadJwtException.class).verify();

        assertThat(checks).hasSize(2);
    }
}
