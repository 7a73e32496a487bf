package org.frontdoor.referral.locality.domain;

import java.util.List;
import java.util.Objects;

/**
 * One of the authority's localities (the areas its social care and early help work is allocated by).
 *
 * @param code      what referrals and events carry ({@code NORTH})
 * @param districts the postcode districts (outward codes, {@code SY1}) it covers
 */
public record Locality(String code, String name, List<String> districts) {

    public Locality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        districts = List.copyOf(districts);
    }
}
