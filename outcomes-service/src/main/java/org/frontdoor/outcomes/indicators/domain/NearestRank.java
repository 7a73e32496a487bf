package org.frontdoor.outcomes.indicators.domain;

import java.util.List;
import java.util.Optional;

/**
 * Percentiles by nearest rank on sorted values: P(p) = x[⌈p·n/100⌉], 1-based. For an even n the
 * median is therefore the lower of the two middle values.
 */
public final class NearestRank {

    public static <T> Optional<T> percentile(List<T> sorted, int p) {
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("percentile must be 1 to 100, was " + p);
        }
        int n = sorted.size();
        if (n == 0) {
            return Optional.empty();
        }
        int rank = (p * n + 99) / 100;
        return Optional.of(sorted.get(rank - 1));
    }

    private NearestRank() {
    }
}
