package org.frontdoor.outcomes.indicators.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.workingdays.WorkingDays;

/**
 * The durations of a cohort, as elapsed real hours and as working days, summarised by nearest-rank
 * median and 90th percentile (each list sorted on its own).
 */
final class DurationSummary {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final WorkingDays workingDays;
    /** Elapsed times in nanoseconds (a long holds ±292 years) and working days, sorted as primitives when asked. */
    private long[] elapsedNanos = new long[16];
    private long[] workingDaysTaken = new long[16];
    private int n;
    private boolean sorted = true;

    DurationSummary(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    void add(Instant start, Instant end) {
        add(Duration.between(start, end), workingDays.workingDaysBetween(start, end));
    }

    /** A duration already worked out (elapsed, and in working days as {@link WorkingDays#workingDaysBetween}). */
    void add(Duration elapsedTime, long workingDays) {
        if (n == elapsedNanos.length) {
            elapsedNanos = Arrays.copyOf(elapsedNanos, n * 2);
            workingDaysTaken = Arrays.copyOf(workingDaysTaken, n * 2);
        }
        elapsedNanos[n] = elapsedTime.toNanos();
        workingDaysTaken[n] = workingDays;
        n++;
        sorted = false;
    }

    int n() {
        return n;
    }

    Optional<BigDecimal> medianHours() {
        sort();
        return percentile(elapsedNanos, 50).map(nanos -> hours(Duration.ofNanos(nanos)));
    }

    /** n, median and p90 in hours (2 dp) and in working days; null where the cohort is empty. */
    void putInto(Map<String, Object> extra) {
        sort();
        extra.put("n", n);
        extra.put("median_hours", percentile(elapsedNanos, 50).map(nanos -> hours(Duration.ofNanos(nanos))).orElse(null));
        extra.put("p90_hours", percentile(elapsedNanos, 90).map(nanos -> hours(Duration.ofNanos(nanos))).orElse(null));
        extra.put("median_working_days", percentile(workingDaysTaken, 50).orElse(null));
        extra.put("p90_working_days", percentile(workingDaysTaken, 90).orElse(null));
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(elapsedNanos, 0, n);
            Arrays.sort(workingDaysTaken, 0, n);
            sorted = true;
        }
    }

    /** {@link NearestRank#percentile} over the first n values, sorted. */
    private Optional<Long> percentile(long[] values, int p) {
        if (n == 0) {
            return Optional.empty();
        }
        int rank = (p * n + 99) / 100;
        return Optional.of(values[rank - 1]);
    }

    /** Elapsed real hours (a London day with a clock change has 23 or 25), rounded half-up to 2 dp. */
    static BigDecimal hours(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        return seconds.divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

}
