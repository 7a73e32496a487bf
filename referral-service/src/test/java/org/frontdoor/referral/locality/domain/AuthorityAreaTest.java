package org.frontdoor.referral.locality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuthorityAreaTest {

    private final AuthorityArea area = new AuthorityArea("test", "Front Door", List.of(
            new Locality("NORTH", "North", List.of("SY4", "SY11")),
            new Locality("CENTRAL", "Central", List.of("SY1"))));

    @Test
    void theLocalityIsTheOneCoveringThePostcodesDistrict() {
        assertThat(area.localityOf(Postcode.parse("SY11 2AB").orElseThrow())).map(Locality::code).contains("NORTH");
        assertThat(area.localityOf(Postcode.parse("SY1 1AA").orElseThrow())).map(Locality::code).contains("CENTRAL");
    }

    @Test
    void aDistrictIsMatchedWholeNotByItsPrefix() {
        // SY1 must not claim SY11, nor SY11 claim SY1
        assertThat(area.localityOf(Postcode.parse("SY11 1AA").orElseThrow())).map(Locality::code).contains("NORTH");
        assertThat(area.localityOf(Postcode.parse("SY10 1AA").orElseThrow())).isEmpty();
    }

    @Test
    void aPostcodeOutsideTheAreaOrForcesPostOrNoneHasNoLocality() {
        assertThat(area.localityOf(Postcode.parse("TF1 1AA").orElseThrow())).isEmpty();
        assertThat(area.localityOf(Postcode.parse("BFPO 1").orElseThrow())).isEmpty();
        assertThat(area.localityOf(null)).isEmpty();
    }

    @Test
    void aDistrictConfiguredForTwoLocalitiesIsRefused() {
        assertThatThrownBy(() -> new AuthorityArea("bad", "X", List.of(
                new Locality("A", "A", List.of("SY1")), new Locality("B", "B", List.of("sy1")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SY1");
    }
}
