package org.frontdoor.referral.intake.domain;

import java.util.List;

/**
 * An address: the lines as written and the postcode (normal form once accepted, see {@link Postcode}).
 *
 * @param postcode as written in a {@link NewReferral}; the normal form on a stored {@link Referral}
 */
public record PostalAddress(List<String> lines, String postcode) {

    public PostalAddress {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
