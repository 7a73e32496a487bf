package org.frontdoor.serviceplatform;

/**
 * The one rule for text the platform accepts from outside: no control characters, except the line breaks and tabs
 * that free text (a concern, a rationale) may carry. A NUL or a BEL in a child's name is never data; it is a
 * broken or hostile client, and it would travel on into letters, exports and other systems.
 */
public final class PlainText {

    private PlainText() {
    }

    /** @return true when {@code text} holds a C0 or C1 control character other than tab, line feed or carriage return */
    public static boolean hasControlCharacters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isRefused(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRefused(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
