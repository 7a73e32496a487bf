package org.frontdoor.cases.earlyhelp.api;

import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.frontdoor.serviceplatform.idempotency.RequestFingerprint;

/**
 * The caller's {@code Idempotency-Key} as the case's {@link RequestKey}: who sent it, the key, and service-platform's
 * {@link RequestFingerprint} of the request and the path it was sent to (the path names the case changed).
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** @return the key, or {@code null} when the caller sent none */
    public static RequestKey requestKey(String idempotencyKey, String caller, String path, Object request) {
        return idempotencyKey == null ? null
                : new RequestKey(caller, idempotencyKey, RequestFingerprint.of(path, request));
    }
}
