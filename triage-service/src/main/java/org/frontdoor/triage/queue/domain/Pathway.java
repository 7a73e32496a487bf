package org.frontdoor.triage.queue.domain;

/** The initial pathway the contact officer picked: request for early help, concern for welfare or safety, or consultation. */
public enum Pathway {
    EARLY_HELP,
    SOCIAL_CARE,
    CONSULTATION;

    public static Pathway of(String code) {
        try {
            return valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown pathway " + code);
        }
    }
}
