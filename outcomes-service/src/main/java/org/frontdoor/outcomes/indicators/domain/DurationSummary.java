package org.frontdoor.outcomes.indicators.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private final List<Duration> elapsed = new ArrayList<>();
    private final List<Long> workingDaysTaken = new ArrayList<>();

    DurationSummary(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    void add(Instant start, Instant end) {
        elapsed.add(Duration.between(start, end));
        workingDaysTaken.add(workingDays.workingDaysBetween(start, end));
    }

    /** A duration already worked out (elapsed, and in working days as {@link WorkingDays#workingDaysBetween}). */
    void add(Duration elapsedTime, long workingDays) {
        elapsed.add(elapsedTime);
        workingDaysTaken.add(workingDays);
    }

    int n() {
        return elapsed.size();
    }

    Optional<BigDecimal> medianHours() {
        return NearestRank.percentile(sorted(elapsed), 50).map(DurationSummary::hours);
    }

    /** n, median and p90 in hours (2 dp) and in working days; null where the cohort is empty. */
    void putInto(Map<String, Object> extra) {
        List<Duration> hours = sorted(elapsed);
        List<Long> days = sorted(workingDaysTaken);
        extra.put("n", hours.size());
        extra.put("median_hours", NearestRank.percentile(hours, 50).map(DurationSummary::hours).orElse(null));
        extra.put("p90_hours", NearestRank.percentile(hours, 90).map(DurationSummary::hours).orElse(null));
        extra.put("median_working_days", NearestRank.percentile(days, 50).orElse(null));
        extra.put("p90_working_days", NearestRank.percentile(days, 90).orElse(null));
    }

    /** Elapsed real hours (a London day with a clock change has 23 or 25), rounded half-up to 2 dp. */
    static BigDecimal hours(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        return seconds.divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    private static <T extends Comparable<? super T>> List<T> sorted(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }
}
