package org.frontdoor.cases.earlyhelp.domain;

import java.util.Objects;

/**
 * Who is to carry out an action of the family plan.
 *
 * @param personId a pseudonymous id: a practitioner's identity-provider id, or a family member's person id
 * @param agency   the agency the practitioner acts for; {@code null} when a member of the family owns the action
 */
public record ActionOwner(String personId, Agency agency) {

    public ActionOwner {
        Objects.requireNonNull(personId, "personId");
    }
}
