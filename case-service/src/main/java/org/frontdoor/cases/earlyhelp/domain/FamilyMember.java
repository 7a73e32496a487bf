package org.frontdoor.cases.earlyhelp.domain;

import java.util.Objects;

/** A person in an early help case, by their pseudonymous person-index id. */
public record FamilyMember(String personId, MemberRole role) {

    public FamilyMember {
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException("a family member needs a person id");
        }
        Objects.requireNonNull(role, "role");
    }

    public static FamilyMember child(String personId) {
        return new FamilyMember(personId, MemberRole.CHILD);
    }

    public boolean isChild() {
        return role == MemberRole.CHILD;
    }
}
