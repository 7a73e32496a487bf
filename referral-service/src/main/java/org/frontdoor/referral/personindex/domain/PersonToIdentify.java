package org.frontdoor.referral.personindex.domain;

import java.util.Objects;

/**
 * Someone named on a referral, as the index should remember them: the match key and the details a triage worker needs
 * to judge a possible match (names as written, the postcode).
 */
public record PersonToIdentify(PersonKey key, String firstName, String lastName) {

    public PersonToIdentify {
        Objects.requireNonNull(key, "key");
    }
}
