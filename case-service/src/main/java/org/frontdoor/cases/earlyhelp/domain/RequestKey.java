package org.frontdoor.cases.earlyhelp.domain;

import java.util.Objects;

/**
 * A caller's {@code Idempotency-Key} on a creating request, kept with what it created, and the fingerprint of the
 * request it was first used with. Keys are scoped to the caller. A retry with the same key and the same request
 * answers with what was first created; the same key with a different request is refused.
 *
 * @param caller      the token subject that sent it
 * @param key         1 to 100 visible ASCII characters
 * @param requestHash hex SHA-256 of the request's canonical form
 */
public record RequestKey(String caller, String key, String requestHash) {

    public static final String HEADER = "Idempotency-Key";

    public RequestKey {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(requestHash, "requestHash");
        if (!isValid(key)) {
            throw new InvalidCaseChange(HEADER, "must be 1 to 100 visible ASCII characters");
        }
    }

    public static boolean isValid(String key) {
        return key != null && !key.isEmpty() && key.length() <= 100
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    public boolean sameKeyAs(RequestKey other) {
        return other != null && caller.equals(other.caller) && key.equals(other.key);
    }

    public boolean sameRequestAs(RequestKey other) {
        return requestHash.equals(other.requestHash);
    }
}
