package org.frontdoor.cases.access.domain;

/**
 * Break glass: an administrator reads a child's record only with a stated reason. Administration is not casework, so
 * {@code ADMIN} alone opens no case; with a reason (5 to 500 characters, in the request header {@link #HEADER}) the
 * read is allowed, audited with the reason, and shown to managers in the list of break-glass reads.
 */
public final class BreakGlass {

    public static final String HEADER = "X-Break-Glass-Reason";
    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 500;
    public static final String RULE = "must be the reason for breaking glass: " + MIN_LENGTH + " to " + MAX_LENGTH
            + " characters of plain text";

    static void requireReason(String reason) {
        if (!isReason(reason)) {
            throw new InvalidReason();
        }
    }

    /** A reason is 5 to 500 characters, not all blank; control characters are refused where it is read. */
    public static boolean isReason(String reason) {
        return reason != null && reason.strip().length() >= MIN_LENGTH && reason.length() <= MAX_LENGTH;
    }

    private BreakGlass() {
    }

    /** The header was sent but is not a reason ({@link #RULE}): 400 naming the header, never echoing it. */
    public static class InvalidReason extends RuntimeException {

        public InvalidReason() {
            super(RULE);
        }
    }
}
