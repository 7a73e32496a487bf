package org.frontdoor.contracts.cases;

import org.frontdoor.contracts.Require;

/** A person in an early help case: @param role {@code CHILD} or {@code PARENT} */
public record CaseMember(String personId, String role) {

    public CaseMember {
        Require.text(personId, "personId");
        Require.text(role, "role");
    }
}
