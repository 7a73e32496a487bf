package org.frontdoor.cases.earlyhelp.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 of a request's canonical JSON (properties and map entries sorted, instants normalised), so that a retry
 * with the same meaning has the same fingerprint; and the caller's {@code Idempotency-Key} built from it. The path
 * (e.g. the case id) is part of what is fingerprinted.
 */
public final class RequestFingerprint {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** @return the key, or {@code null} when the caller sent none */
    public static RequestKey key(String idempotencyKey, String caller, String path, Object request) {
        return idempotencyKey == null ? null : new RequestKey(caller, idempotencyKey, of(path, request));
    }

    static String of(String path, Object request) {
        byte[] canonical = (path + "\n" + CANONICAL.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private RequestFingerprint() {
    }
}
