package org.frontdoor.serviceplatform.notify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A GOV.UK Notify API key, {@code {key name}-{service id}-{secret}} (service id and secret are both UUIDs), and the
 * bearer token Notify wants on every request: a JWT signed with HS256 using the secret, {@code iss} = the service id,
 * {@code iat} = now in epoch seconds (Notify refuses tokens more than 30 seconds old, so one is made per request).
 */
final class NotifyApiKey {

    private static final int UUID_LENGTH = 36;
    private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();

    private final String serviceId;
    private final MACSigner signer;

    private NotifyApiKey(String serviceId, String secret) {
        this.serviceId = serviceId;
        try {
            // a UUID secret is 36 bytes, more than the 256 bits HS256 needs
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException tooShort) {
            throw new IllegalArgumentException("A GOV.UK Notify API key's secret is too short to sign with HS256");
        }
    }

    static NotifyApiKey parse(String key) {
        if (key == null || key.length() < 2 * UUID_LENGTH + 2) {
            throw new IllegalArgumentException("A GOV.UK Notify API key is {key name}-{service id}-{secret}");
        }
        int secretStart = key.length() - UUID_LENGTH;
        int serviceStart = secretStart - 1 - UUID_LENGTH;
        return new NotifyApiKey(key.substring(serviceStart, secretStart - 1), key.substring(secretStart));
    }

    String serviceId() {
        return serviceId;
    }

    String bearerToken(Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(serviceId)
                .issueTime(Date.from(now))
                .build();
        SignedJWT jwt = new SignedJWT(HEADER, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("The GOV.UK Notify token could not be signed with HS256", e);
        }
        return jwt.serialize();
    }
}
