package org.frontdoor.referral.locality.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;


/**
 * The authority whose front door this is, and its localities by postcode district. A postcode in no configured
 * district (another authority's, forces post) has no locality: the referral is flagged, never rejected.
 *
 * @param authority     the configuration's name ({@code shropshire}, {@code cheshire-east})
 * @param frontDoorName what the authority calls its front door ({@code Compass}, {@code CHECS})
 */
public record AuthorityArea(String authority, String frontDoorName, List<Locality> localities) {

    public AuthorityArea {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(frontDoorName, "frontDoorName");
        localities = List.copyOf(localities);
        Map<String, String> seen = new HashMap<>();
        for (Locality locality : localities) {
            for (String district : locality.districts()) {
                String normal = district.toUpperCase(Locale.ROOT);
                String earlier = seen.put(normal, locality.code());
                if (earlier != null) {
                    throw new IllegalArgumentException("Postcode district " + normal + " is configured for both "
                            + earlier + " and " + locality.code());
                }
            }
        }
    }

    /** The locality covering the postcode's district, if the authority covers it. */
    public Optional<Locality> localityOf(Postcode postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        return localities.stream()
                .filter(locality -> locality.districts().stream().anyMatch(postcode.district()::equalsIgnoreCase))
                .findFirst();
    }
}
