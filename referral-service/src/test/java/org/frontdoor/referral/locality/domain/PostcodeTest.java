package org.frontdoor.referral.locality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({
            "SY1 1AA, SY1 1AA, SY1",     // A9 9AA
            "sy11 2ab, SY11 2AB, SY11",  // A99 9AA, lower case
            "M1 1AE, M1 1AE, M1",
            "B33 8TH, B33 8TH, B33",
            "CR2 6XH, CR2 6XH, CR2",     // AA9 9AA
            "DN55 1PT, DN55 1PT, DN55",  // AA99 9AA
            "W1A 0AX, W1A 0AX, W1A",     // A9A 9AA
            "EC1A 1BB, EC1A 1BB, EC1A",  // AA9A 9AA
            "cw12AB, CW1 2AB, CW1",      // no space
            "' SK9  5AF ', SK9 5AF, SK9"})
    void everyRoyalMailFormatIsAcceptedInItsNormalForm(String written, String normal, String district) {
        Postcode postcode = Postcode.parse(written).orElseThrow();
        assertThat(postcode.value()).isEqualTo(normal);
        assertThat(postcode.district()).isEqualTo(district);
        assertThat(postcode.isForcesPost()).isFalse();
    }

    @Test
    void theNonGeographicGir0AAIsAccepted() {
        assertThat(Postcode.parse("gir0aa")).map(Postcode::value).contains("GIR 0AA");
    }

    @Test
    void forcesPostIsAcceptedAsAnAddressButIsInNoLocality() {
        Postcode bfpo = Postcode.parse("bfpo 123").orElseThrow();
        assertThat(bfpo.value()).isEqualTo("BFPO 123");
        assertThat(bfpo.isForcesPost()).isTrue();
        assertThat(Postcode.parse("BFPO12345")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SY1", "SY1 1", "1SY 1AA", "QY1 1AA", "SY1 1CA", "SY1 1AI", "VX1 1AA", "SY1 1AAA", "", "SY1-1AA"})
    void anythingElseIsNotAPostcode(String written) {
        assertThat(Postcode.parse(written)).isEmpty();
    }
}
