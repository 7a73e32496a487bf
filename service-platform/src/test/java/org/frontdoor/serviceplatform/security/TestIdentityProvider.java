package org.frontdoor.serviceplatform.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * An identity provider played by WireMock: its discovery document, its key set, and tokens signed with its keys, for
 * the audience {@link #AUDIENCE}, with the roles in the claim this provider was made with ({@code roles} unless
 * said otherwise).
 */
final class TestIdentityProvider {

    static final String AUDIENCE = "frontdoor-api";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final RSAKey key = newKey("front-door-1");
    private final RSAKey rotatedKey = newKey("front-door-2");

    private final String rolesClaim;

    TestIdentityProvider() {
        this("roles");
    }

    TestIdentityProvider(String rolesClaim) {
        this.rolesClaim = rolesClaim;
        server.start();
    }

    String issuer() {
        return server.baseUrl();
    }

    void up() {
        server.resetAll();
        server.stubFor(get("/.well-known/openid-configuration").willReturn(okJson("""
                {"issuer":"%s","jwks_uri":"%s/keys","subject_types_supported":["public"]}"""
                .formatted(issuer(), issuer()))));
        server.stubFor(get("/keys").willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
    }

    void down() {
        server.resetAll();
        server.stubFor(get("/.well-known/openid-configuration").willReturn(aResponse().withStatus(503)));
        server.stubFor(get("/keys").willReturn(aResponse().withStatus(503)));
    }

    void stop() {
        server.stop();
    }

    String token(String... roles) {
        return sign(key, List.of(AUDIENCE), rolesClaim, roles);
    }

    /** A token the provider issued for other applications (an empty list: no {@code aud} claim at all). */
    String tokenFor(List<String> audiences, String... roles) {
        return sign(key, audiences, rolesClaim, roles);
    }

    /** A token carrying its roles in the named claim, whatever claim this provider normally uses. */
    String tokenWithRolesIn(String claim, String... roles) {
        return sign(key, List.of(AUDIENCE), claim, roles);
    }

    /** Signed with a key the key set does not hold yet, so checking it needs the key set fetched again. */
    String tokenWithRotatedKey(String... roles) {
        return sign(rotatedKey, List.of(AUDIENCE), rolesClaim, roles);
    }

    private String sign(RSAKey signingKey, List<String> audiences, String claim, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("worker-1")
                .audience(audiences.isEmpty() ? null : audiences)
                .claim(claim, List.of(roles))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
