package org.frontdoor.serviceplatform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes a retry "the same request" for an {@code Idempotency-Key}, in every service: SHA-256 of the request's
 * canonical JSON (properties and map entries sorted, instants normalised; whitespace and the order the caller wrote
 * fields in ignored), and of the path it was sent to where the path names the thing changed (a case id). A key
 * reused with another fingerprint is refused, never answered with the first request's result.
 */
public final class RequestFingerprint {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private RequestFingerprint() {
    }

    public static String of(Object request) {
        return sha256(CANONICAL.writeValueAsString(request));
    }

    public static String of(String path, Object request) {
        return sha256(path + "\n" + CANONICAL.writeValueAsString(request));
    }

    private static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
