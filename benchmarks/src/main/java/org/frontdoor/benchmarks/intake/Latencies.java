package org.frontdoor.benchmarks.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Times in milliseconds, and their percentiles by nearest rank. */
final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    synchronized void add(double value) {
        millis.add(value);
    }

    synchronized void addAll(Latencies other) {
        millis.addAll(other.values());
    }

    synchronized List<Double> values() {
        return new ArrayList<>(millis);
    }

    synchronized int count() {
        return millis.size();
    }

    /** Nearest rank: the smallest value with at least {@code p}% of the values at or below it; NaN when empty. */
    double percentile(double p) {
        List<Double> sorted = values();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    double max() {
        return values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    double mean() {
        return values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static Latencies of(Collection<Latencies> parts) {
        Latencies all = new Latencies();
        parts.forEach(all::addAll);
        return all;
    }
}
