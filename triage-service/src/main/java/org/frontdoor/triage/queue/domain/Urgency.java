package org.frontdoor.triage.queue.domain;

/** How soon the contact officer judged the referral must be looked at; declared in queue order (most urgent first). */
public enum Urgency {
    IMMEDIATE_RISK,
    PRIORITY,
    ROUTINE;

    public static Urgency of(String code) {
        try {
            return valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown urgency " + code);
        }
    }
}
