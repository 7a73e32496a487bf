package org.frontdoor.outcomes.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestRankTest {

    @Test
    void medianOfAnEvenCountIsTheLowerMiddleValue() {
        assertThat(NearestRank.percentile(List.of(1, 2, 3, 4), 50)).contains(2);
        assertThat(NearestRank.percentile(List.of(10, 20, 30, 40, 50, 60), 50)).contains(30);
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(NearestRank.percentile(List.of(1, 2, 3, 4, 5), 50)).contains(3);
    }

    @Test
    void p90TakesTheValueAtTheCeilingRank() {
        // ⌈90·4/100⌉ = ⌈3.6⌉ = 4; ⌈90·10/100⌉ = 9; ⌈90·11/100⌉ = ⌈9.9⌉ = 10
        assertThat(NearestRank.percentile(List.of(1, 2, 3, 4), 90)).contains(4);
        assertThat(NearestRank.percentile(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).contains(9);
        assertThat(NearestRank.percentile(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90)).contains(10);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        assertThat(NearestRank.percentile(List.of(7), 50)).contains(7);
        assertThat(NearestRank.percentile(List.of(7), 90)).contains(7);
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThat(NearestRank.percentile(List.of(), 50)).isEmpty();
    }

    @Test
    void percentileOutsideOneToHundredIsRejected() {
        assertThatThrownBy(() -> NearestRank.percentile(List.of(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
