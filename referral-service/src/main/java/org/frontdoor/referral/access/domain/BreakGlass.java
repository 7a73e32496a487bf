package org.frontdoor.referral.access.domain;

import org.frontdoor.serviceplatform.PlainText;

/**
 * "Break glass": administration is not casework, so an administrator reads a child's record only when they say why,
 * in the request header {@value #HEADER}. The reason is written to the audit trail with the read and shown to
 * managers. It is plain text of 5 to 500 characters (no control characters), checked whenever the header is sent.
 */
public final class BreakGlass {

    public static final String HEADER = "X-Break-Glass-Reason";
    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 500;

    private BreakGlass() {
    }

    /**
     * @param header the header as sent, or {@code null} when not sent
     * @return the reason, stripped of surrounding white space, or {@code null} when no header was sent
     * @throws InvalidReason when the reason is too short, too long or not plain text
     */
    public static String reason(String header) {
        if (header == null) {
            return null;
        }
        if (PlainText.hasControlCharacters(header)) {
            throw invalid("must not contain control characters");
        }
        String reason = header.strip();
        if (reason.length() < MIN_LENGTH || reason.length() > MAX_LENGTH) {
            throw invalid("give the reason in " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return reason;
    }

    private static InvalidReason invalid(String message) {
        return new InvalidReason(message);
    }

    /** The header was sent but is not a reason: 400 naming the header, never echoing it; nothing is read. */
    public static class InvalidReason extends RuntimeException {

        private final String problem;

        public InvalidReason(String problem) {
            super("Invalid " + HEADER);
            this.problem = problem;
        }

        /** What is wrong with the header, in words that never quote it ({@code must be 5 to 500 characters}). */
        public String problem() {
            return problem;
        }
    }

    /** An administrator asked for a child's record without a reason: 403, and nothing is read. */
    public static class Required extends RuntimeException {

        public Required() {
            super("An administrator reads a child's record only by break glass: send " + HEADER
                    + " with the reason (" + MIN_LENGTH + "–" + MAX_LENGTH + " characters). The read is audited and"
                    + " shown to managers.");
        }
    }
}
