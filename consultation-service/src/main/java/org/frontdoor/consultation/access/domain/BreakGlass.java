package org.frontdoor.consultation.access.domain;

import org.frontdoor.serviceplatform.PlainText;

/**
 * An administrator's stated reason for reading a child's record. Administration is not casework: an administrator
 * reads a consultation only this way, and the reason is kept with the read in the audit trail, where managers see it.
 *
 * @param reason 5 to 500 characters of plain text (no control characters other than tab and line breaks)
 */
public record BreakGlass(String reason) {

    /** Where the reason travels; named in the answer when it is missing or not acceptable. */
    public static final String FIELD = "X-Break-Glass-Reason";
    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 500;

    public BreakGlass {
        if (reason == null || reason.strip().length() < MIN_LENGTH || reason.length() > MAX_LENGTH
                || PlainText.hasControlCharacters(reason)) {
            throw new InvalidReason();
        }
        reason = reason.strip();
    }

    /** @return the reason given, or null when none was */
    public static BreakGlass ofNullable(String reason) {
        return reason == null ? null : new BreakGlass(reason);
    }

    /** The header was sent but is not a reason: 400 naming the header ({@link #FIELD}), never echoing it. */
    public static class InvalidReason extends RuntimeException {

        public InvalidReason() {
            super("must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters of plain text saying why the record must be read");
        }
    }
}
