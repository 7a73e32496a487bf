package org.frontdoor.triage.letters.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A GOV.UK Notify API key, {@code {key name}-{service id}-{secret}} (service id and secret are both UUIDs), and the
 * bearer token Notify wants on every request: a JWT signed with HS256 using the secret, {@code iss} = the service id,
 * {@code iat} = now in epoch seconds (Notify refuses tokens more than 30 seconds old, so one is made per request).
 */
final class NotifyApiKey {

    private static final int UUID_LENGTH = 36;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String serviceId;
    private final byte[] secret;

    private NotifyApiKey(String serviceId, String secret) {
        this.serviceId = serviceId;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
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
        String header = BASE64URL.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = BASE64URL.encodeToString(("{\"iss\":\"" + serviceId + "\",\"iat\":" + now.getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + claims;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + BASE64URL.encodeToString(hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
