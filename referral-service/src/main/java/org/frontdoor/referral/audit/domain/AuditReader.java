package org.frontdoor.referral.audit.domain;

import java.util.List;
import java.util.Objects;

/** Who reads the audit: the token's {@code sub} and role names. */
public record AuditReader(String subject, List<String> roles) {

    public AuditReader {
        Objects.requireNonNull(subject, "subject");
        roles = List.copyOf(roles);
    }

    boolean has(String role) {
        return roles.contains(role);
    }
}
