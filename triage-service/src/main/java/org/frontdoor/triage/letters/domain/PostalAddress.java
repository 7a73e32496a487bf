package org.frontdoor.triage.letters.domain;

import java.util.List;

/** A postal address as the referrer gave it: the lines above the postcode, and the postcode. */
public record PostalAddress(List<String> lines, String postcode) {

    public PostalAddress {
        lines = lines == null ? List.of() : lines.stream().filter(line -> line != null && !line.isBlank())
                .map(String::strip).toList();
        postcode = postcode == null || postcode.isBlank() ? null : postcode.strip();
    }

    /** Royal Mail needs at least a line and a postcode (GOV.UK Notify: at least 3 address lines in all, the last a postcode). */
    public boolean isPostable() {
        return !lines.isEmpty() && postcode != null;
    }
}
