package org.frontdoor.serviceplatform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.frontdoor.testkit.time.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token that passed is not checked again until it expires (at most five minutes); one that failed always is. */
class CheckedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private final MovableClock clock = new MovableClock(NOW);
    private final List<String> checks = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    /** Stands in for the issuer's checks: counts each, refuses what {@link #refused} names or what has expired. */
    private final JwtDecoder issuer = token -> {
        checks.add(token);
        if (refused.contains(token)) {
            throw new BadJwtException("refused");
        }
        try {
            JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
            if (!clock.instant().isBefore(claims.getExpirationTime().toInstant())) {
                throw new BadJwtException("expired");
            }
            return Jwt.withTokenValue(token).header("alg", "HS256").subject(claims.getSubject())
                    .issuedAt(claims.getIssueTime().toInstant()).expiresAt(claims.getExpirationTime().toInstant())
                    .build();
        } catch (java.text.ParseException e) {
            throw new BadJwtException("not a JWT", e);
        }
    };
    private final IssuerJwtDecoder decoder = new IssuerJwtDecoder(issuer, clock);

    @Test
    void aTokenThatPassedIsCheckedOnceWhileItIsInDate() {
        String token = token("contact-officer", Duration.ofMinutes(2));

        assertThat(decoder.decode(token).getSubject()).isEqualTo("contact-officer");
        clock.advance(Duration.ofSeconds(119));
        assertThat(decoder.decode(token).getSubject()).isEqualTo("contact-officer");

        assertThat(checks).hasSize(1);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndRefused() {
        String token = token("contact-officer", Duration.ofMinutes(2));
        decoder.decode(token);

        clock.advance(Duration.ofMinutes(2));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasSize(2);
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterFiveMinutes() {
        String token = token("partner-school", Duration.ofHours(1));
        decoder.decode(token);
        clock.advance(CheckedTokens.LONGEST.minusSeconds(1));
        decoder.decode(token);
        assertThat(checks).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        decoder.decode(token);

        assertThat(checks).hasSize(2);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        String token = token("contact-officer", Duration.ofMinutes(2));
        refused.add(token);

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);

        assertThat(checks).hasSize(2);
    }

    @Test
    void aTokenDifferingByOneCharacterIsCheckedAfresh() {
        String token = token("contact-officer", Duration.ofMinutes(2));
        decoder.decode(token);
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        refused.add(tampered);

        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThat(checks).containsExactly(token, tampered);
    }

    @Test
    void somethingThatIsNotAJwtIsRefusedWithoutAskingTheIssuer() {
        assertThatThrownBy(() -> decoder.decode("not-a-token")).isInstanceOf(BadJwtException.class);
        assertThat(checks).isEmpty();
    }

    private String token(String subject, Duration lifetime) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                    .subject(subject).issueTime(java.util.Date.from(clock.instant()))
                    .expirationTime(java.util.Date.from(clock.instant().plus(lifetime))).build());
            jwt.sign(new MACSigner("a-test-secret-of-at-least-thirty-two-bytes!".getBytes()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
