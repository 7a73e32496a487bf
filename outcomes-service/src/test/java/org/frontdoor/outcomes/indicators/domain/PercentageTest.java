package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void roundsHalfUpToOneDecimalPlace() {
        assertThat(Percentage.of(1, 16)).isEqualByComparingTo("6.3"); // 6.25: half-even would give 6.2
        assertThat(Percentage.of(3, 16)).isEqualByComparingTo("18.8"); // 18.75
        assertThat(Percentage.of(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Percentage.of(1, 3)).isEqualByComparingTo("33.3");
    }

    @Test
    void keepsOneDecimalPlaceForWholeNumbers() {
        assertThat(Percentage.of(1, 2)).isEqualTo(new BigDecimal("50.0"));
        assertThat(Percentage.of(4, 4)).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void hasNoValueWhenTheDenominatorIsZero() {
        assertThat(Percentage.of(0, 0)).isNull();
    }
}
