package org.frontdoor.triage.access.domain;

import java.util.Set;

import org.frontdoor.serviceplatform.PlainText;

/**
 * Administration is not casework: an administrator (role {@code ADMIN}) without a casework role reads a child's
 * record only by "break glass", giving a reason (5–500 characters of plain text) that is audited with the read and
 * shown to managers. Anyone with a casework role for the record reads it as before; a reason they send is ignored.
 */
public final class BreakGlass {

    public static final String ADMIN = "ADMIN";
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 500;

    private BreakGlass() {
    }

    /** The caller reads this record only by break glass: an administrator with none of the record's casework roles. */
    public static boolean needed(Set<String> roles, Set<String> caseworkRoles) {
        return roles.contains(ADMIN) && roles.stream().noneMatch(caseworkRoles::contains);
    }

    public static boolean isValidReason(String reason) {
        if (reason == null || PlainText.hasControlCharacters(reason)) {
            return false;
        }
        int length = reason.strip().length();
        return length >= REASON_MIN && length <= REASON_MAX;
    }

    /** The reason to audit: the stated one when break glass is needed (and valid), else {@code null}. */
    public static String reasonToAudit(Set<String> roles, Set<String> caseworkRoles, String reason) {
        return needed(roles, caseworkRoles) && isValidReason(reason) ? reason.strip() : null;
    }
}
