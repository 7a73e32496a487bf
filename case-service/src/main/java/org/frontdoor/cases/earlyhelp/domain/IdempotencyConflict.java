package org.frontdoor.cases.earlyhelp.domain;

/** The caller used an {@code Idempotency-Key} again with a different request: nothing was stored. */
public class IdempotencyConflict extends RuntimeException {

    public IdempotencyConflict() {
        super("This Idempotency-Key was already used with a different request; use a new key for a new record");
    }
}
