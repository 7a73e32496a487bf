package org.frontdoor.gateway;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Stands in for the identity provider: signs tokens with a local RSA key, and gives the gateway a
 * decoder that trusts only that key and the configured issuer.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestTokens {

    static final String ISSUER = "http://localhost:9000";

    private static final RSAKey TRUSTED = newKey();
    private static final RSAKey UNTRUSTED = newKey();

    @Bean
    ReactiveJwtDecoder jwtDecoder() throws JOSEException {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(TRUSTED.toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    private static final AtomicInteger CALLERS = new AtomicInteger();

    /** A valid token for a new caller each time, so no test uses up another's rate allowance. */
    static String triageWorker() {
        return forCaller("triage-worker-" + CALLERS.incrementAndGet());
    }

    static String forCaller(String subject) {
        return sign(TRUSTED, ISSUER, subject, Instant.now().plusSeconds(1800));
    }

    static String signedByAnotherKey() {
        return sign(UNTRUSTED, ISSUER, "triage-worker", Instant.now().plusSeconds(1800));
    }

    static String fromAnotherIssuer() {
        return sign(TRUSTED, "http://elsewhere.example", "triage-worker", Instant.now().plusSeconds(1800));
    }

    static String expired() {
        return sign(TRUSTED, ISSUER, "triage-worker", Instant.now().minusSeconds(600));
    }

    private static String sign(RSAKey key, String issuer, String subject, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject)
                .issuedAt(expiresAt.minusSeconds(1800))
                .expiresAt(expiresAt)
                .claim("roles", List.of("TRIAGE_WORKER"))
                .build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(java.util.UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
