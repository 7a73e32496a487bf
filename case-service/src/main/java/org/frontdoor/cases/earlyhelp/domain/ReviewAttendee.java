package org.frontdoor.cases.earlyhelp.domain;

import java.util.Objects;

/**
 * Someone who attended a plan review, by their part and agency: never a name.
 *
 * @param agency the agency a professional attended for; {@code null} for a family member
 */
public record ReviewAttendee(AttendeeRole role, Agency agency) {

    public ReviewAttendee {
        Objects.requireNonNull(role, "role");
    }
}
