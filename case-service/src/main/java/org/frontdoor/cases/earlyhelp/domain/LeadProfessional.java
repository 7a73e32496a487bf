package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The practitioner who leads the family's early help: coordinates the plan, the reviews and the closure.
 *
 * @param professionalId the lead professional's opaque identity-provider subject: a pseudonymous id, never a name
 */
public record LeadProfessional(String professionalId, Agency agency, Instant allocatedAt) {

    /** A pseudonymous id as the events' contract has it: 1 to 64 letters, digits, '.', '_', ':' or '-'. */
    public static final String ID_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    public static final String ID_RULE = "must be the practitioner's identity-provider id (1 to 64 letters, digits, "
            + "'.', '_', ':' or '-'), not their name or any other text";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    public LeadProfessional {
        if (!isProfessionalId(professionalId)) {
            throw new IllegalArgumentException("a lead professional's id " + ID_RULE);
        }
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(allocatedAt, "allocatedAt");
    }

    /** Whether {@code candidate} has the shape of a pseudonymous identity-provider id (and so no free text). */
    public static boolean isProfessionalId(String candidate) {
        return candidate != null && ID.matcher(candidate).matches();
    }

    public boolean is(String personId) {
        return professionalId.equals(personId);
    }
}
