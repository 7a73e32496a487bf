package org.frontdoor.referral.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.frontdoor.referral.locality.domain.AuthorityArea;
import org.frontdoor.referral.locality.domain.Locality;
import org.frontdoor.referral.locality.domain.Postcode;
import org.junit.jupiter.api.Test;

/** The shipped authority configurations, read the way the service reads them at start-up. */
class AuthorityConfigurationTest {

    @Test
    void shropshiresFrontDoorIsCompassWithLocalitiesByPostcodeDistrict() {
        AuthorityArea shropshire = AuthorityConfiguration.load("shropshire");
        assertThat(shropshire.frontDoorName()).isEqualTo("Compass");
        assertThat(localityOf(shropshire, "SY11 1AA")).isEqualTo("NORTH");   // Oswestry
        assertThat(localityOf(shropshire, "SY1 1AA")).isEqualTo("CENTRAL");  // Shrewsbury
        assertThat(localityOf(shropshire, "SY8 1AA")).isEqualTo("SOUTH");    // Ludlow
        assertThat(localityOf(shropshire, "TF1 1AA")).isNull();              // Telford & Wrekin: another authority
        assertThat(localityOf(shropshire, "CW1 2AB")).isNull();
    }

    @Test
    void cheshireEastsFrontDoorIsChecsWithItsOwnLocalities() {
        AuthorityArea cheshireEast = AuthorityConfiguration.load("cheshire-east");
        assertThat(cheshireEast.frontDoorName()).isEqualTo("CHECS");
        assertThat(localityOf(cheshireEast, "CW1 2AB")).isEqualTo("CREWE");
        assertThat(localityOf(cheshireEast, "SK11 6AA")).isEqualTo("MACCLESFIELD");
        assertThat(localityOf(cheshireEast, "SK9 1AA")).isEqualTo("WILMSLOW_KNUTSFORD");
        assertThat(localityOf(cheshireEast, "ST7 2AA")).isEqualTo("SANDBACH_MIDDLEWICH_ALSAGER");
        assertThat(localityOf(cheshireEast, "SY1 1AA")).isNull();
    }

    @Test
    void anUnknownAuthorityStopsTheStartUp() {
        assertThatThrownBy(() -> AuthorityConfiguration.load("devon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shropshire, cheshire-east");
        assertThatThrownBy(() -> AuthorityConfiguration.load("../secrets")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String localityOf(AuthorityArea area, String postcode) {
        return area.localityOf(Postcode.parse(postcode).orElseThrow()).map(Locality::code).orElse(null);
    }
}
