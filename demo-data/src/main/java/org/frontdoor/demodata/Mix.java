package org.frontdoor.demodata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A weighted mix of codes, e.g. the routes triage gives a social care contact. Weights need not add up to 100.
 *
 * @param <T> the code
 */
final class Mix<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    static <T> Mix<T> of(T value, double weight) {
        return new Mix<T>().or(value, weight);
    }

    Mix<T> or(T value, double weight) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight of " + value + " must be positive");
        }
        total += weight;
        values.add(value);
        cumulative.add(total);
        return this;
    }

    T pick(Random random) {
        double point = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            if (point < cumulative.get(i)) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
