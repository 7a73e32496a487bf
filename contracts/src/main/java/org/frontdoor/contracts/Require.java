package org.frontdoor.contracts;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Guards in the event records, so a payload missing a required field cannot be read (it goes to the dead-letter topic). */
public final class Require {

    public static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    public static String text(String value, String field) {
        if (present(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    public static <T> List<T> list(List<T> values, String field) {
        return List.copyOf(present(values, field));
    }

    public static <T> List<T> nonEmpty(List<T> values, String field) {
        List<T> copy = list(values, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return copy;
    }

    public static <K, V> Map<K, V> map(Map<K, V> values, String field) {
        return Map.copyOf(present(values, field));
    }

    private Require() {
    }
}
