package org.frontdoor.contracts.cases;

import org.frontdoor.contracts.Require;

/**
 * Someone who attended a plan review, by codes only.
 *
 * @param role   e.g. {@code PARENT_OR_CARER}, {@code CHILD_OR_YOUNG_PERSON}, {@code LEAD_PROFESSIONAL},
 *               {@code PRACTITIONER}
 * @param agency the agency a professional attended for ({@code SCHOOL}, {@code HEALTH}, ...), or {@code null} for a
 *               family member
 */
public record ReviewAttendee(String role, String agency) {

    public ReviewAttendee {
        Require.text(role, "role");
    }
}
