package org.frontdoor.referral.locality.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal form: upper case, one space before the inward code ({@code SY1 1AA}). Accepted: every
 * format Royal Mail issues (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA, with the letters each position
 * allows), the non-geographic {@code GIR 0AA}, and British Forces Post Office numbers ({@code BFPO 123}): a forces
 * family abroad is a real address, but it is in no locality, so the referral is flagged, not rejected.
 *
 * @param value    the normal form
 * @param district the outward code ({@code SY1}), what localities are configured by; {@code BFPO} for forces post
 */
public record Postcode(String value, String district) {

    private static final Pattern ROYAL_MAIL = Pattern.compile(
            "([A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]))([0-9][ABD-HJLNP-UW-Z]{2})");
    private static final Pattern BFPO = Pattern.compile("BFPO([0-9]{1,4})");

    public Postcode {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(district, "district");
    }

    /** The postcode as written (any case, any spacing), if it is a valid UK postcode. */
    public static Optional<Postcode> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String compact = written.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (compact.equals("GIR0AA")) {
            return Optional.of(new Postcode("GIR 0AA", "GIR"));
        }
        var bfpo = BFPO.matcher(compact);
        if (bfpo.matches()) {
            return Optional.of(new Postcode("BFPO " + bfpo.group(1), "BFPO"));
        }
        var royalMail = ROYAL_MAIL.matcher(compact);
        if (royalMail.matches()) {
            return Optional.of(new Postcode(royalMail.group(1) + " " + royalMail.group(2), royalMail.group(1)));
        }
        return Optional.empty();
    }

    /** Forces post: a valid address that no authority's locality covers. */
    public boolean isForcesPost() {
        return district.equals("BFPO");
    }
}
